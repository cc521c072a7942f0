import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GlobalPermission } from '../common/access/access.decorators';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { MergePreviewDto, MergePreviewQuery } from './dto/merge-preview.dto';
import { OrganizationMergePreviewService } from './organization-merge-preview.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationMergePreviewController {
  constructor(private readonly previews: OrganizationMergePreviewService) {}

  @Get(':id/merge-preview')
  // Merging shared bodies is a whole-installation edit, as the merge itself is.
  @GlobalPermission('edit_schedule')
  @ApiOperation({ summary: 'What merging duplicateId into this organization would move (roles, aliases, partner accounts, speakers, grants); writes nothing' })
  @ApiOkResponse({ type: MergePreviewDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  preview(@Param('id', IdParamPipe) id: number, @Query() query: MergePreviewQuery, @CurrentAccount() viewer: AuthenticatedAccount): Promise<MergePreviewDto> {
    return this.previews.preview(id, query.duplicateId, viewer);
  }
}
