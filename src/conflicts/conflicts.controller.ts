import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganizerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ConflictsService } from './conflicts.service';
import { EditionConflictsDto } from './dto/conflict.dto';

@ApiTags('scheduling')
@Controller('editions')
export class ConflictsController {
  constructor(private readonly conflictsService: ConflictsService) {}

  @Get(':id/conflicts')
  @OrganizerOnly()
  @ApiOperation({ summary: 'Schedule errors (room double-booked, outside the edition, …) and warnings (speaker or host in two places)' })
  @ApiOkResponse({ type: EditionConflictsDto })
  @ApiNotFoundResponse({ type: ApiError })
  forEdition(@Param('id', IdParamPipe) id: number): Promise<EditionConflictsDto> {
    return this.conflictsService.forEdition(id);
  }
}
