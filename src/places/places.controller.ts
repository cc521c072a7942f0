import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Public } from '../common/access/access.decorators';
import { PlaceReference, ProvinceSuggestion } from './place-reference.service';

export class PlaceQuery {
  @ApiPropertyOptional({ example: '西安', description: 'Part of a province or city name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}

export class ProvinceSuggestionDto implements ProvinceSuggestion {
  @ApiProperty({ example: '陕西省' }) province: string;
  @ApiProperty({ type: [String], example: ['西安市', '咸阳市'] }) cities: string[];
}

@ApiTags('places')
@Controller('places')
export class PlacesController {
  constructor(private readonly places: PlaceReference) {}

  @Get('provinces')
  @Public()
  @ApiOperation({ summary: 'The provinces and their cities that edition forms suggest (the reference list of document 002)' })
  @ApiOkResponse({ type: [ProvinceSuggestionDto] })
  provinces(@Query() query: PlaceQuery): ProvinceSuggestionDto[] {
    return this.places.suggestions(query.q);
  }
}
