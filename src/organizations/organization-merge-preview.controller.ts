import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganizerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { MergePreviewDto, MergePreviewQuery } from './dto/merge-preview.dto';
import { OrganizationMergePreviewService } from './organization-merge-preview.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationMergePreviewController {
  constructor(private readonly previews: OrganizationMergePreviewService) {}

  @Get(':id/merge-preview')
  @OrganizerOnly()
  @ApiOperation({ summary: 'What merging duplicateId into this organization would move (roles, aliases, partner accounts, speakers, grants); writes nothing' })
  @ApiOkResponse({ type: MergePreviewDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  preview(@Param('id', IdParamPipe) id: number, @Query() query: MergePreviewQuery): Promise<MergePreviewDto> {
    return this.previews.preview(id, query.duplicateId);
  }
}
