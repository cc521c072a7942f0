import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../common/dto/api-error.dto';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import { BrandsService } from './brands.service';
import { BrandDto } from './dto/brand.dto';

@ApiTags('brands')
@Controller('brands')
export class BrandsController {
  constructor(private readonly brandsService: BrandsService) {}

  @Get()
  @ApiOperation({ summary: 'The brand conference series, each with its public editions, newest first' })
  @ApiOkResponse({ type: [BrandDto] })
  findAll(): Promise<BrandDto[]> {
    return this.brandsService.findAll();
  }

  @Get(':slug')
  @ApiOperation({ summary: 'One brand with its public editions' })
  @ApiParam({ name: 'slug', example: 'integrity' })
  @ApiOkResponse({ type: BrandDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  findOne(@Param('slug', SlugParamPipe) slug: string): Promise<BrandDto> {
    return this.brandsService.findBySlug(slug);
  }
}
