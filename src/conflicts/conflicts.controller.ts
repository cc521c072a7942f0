import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EditionPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { ConflictsService } from './conflicts.service';
import { EditionConflictsDto } from './dto/conflict.dto';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

@ApiTags('scheduling')
@Controller('editions')
export class ConflictsController {
  constructor(private readonly conflictsService: ConflictsService) {}

  @Get(':id/conflicts')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Schedule errors (room double-booked, outside the edition, …) and warnings (speaker or host in two places)' })
  @ApiOkResponse({ type: EditionConflictsDto })
  @ApiNotFoundResponse({ type: ApiError })
  forEdition(@Param('id', EditionIdPipe) id: number): Promise<EditionConflictsDto> {
    return this.conflictsService.forEdition(id);
  }
}
