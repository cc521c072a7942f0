import { Body, Get, HttpException, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { GlobalPermission } from '../../common/access/access.decorators';
import { errorBody } from '../../common/filters/api-exception.filter';
import type { OrganizationDto } from '../../organizations/dto/organization.dto';
import { OrganizationEditingService } from '../../organizations/organization-editing.service';
import { OrganizationMergePreviewService } from '../../organizations/organization-merge-preview.service';
import { OrganizationsService } from '../../organizations/organizations.service';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';

type Form = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** One side of the merge as typed: found, to be chosen among several, or refused. */
interface Pick {
  typed: string;
  organization: OrganizationDto | null;
  candidates: OrganizationDto[];
  error: string | null;
}

/**
 * Merging two organizations that are one body. The organizer names both (any name, alias or
 * id), sees what would move (OrganizationMergePreviewService) and confirms; the merge is the
 * API's own (OrganizationEditingService.merge). The preview is the one confirmation step.
 */
@PageController('admin/organizations')
export class OrganizationMergePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly organizations: OrganizationsService,
    private readonly previews: OrganizationMergePreviewService,
    private readonly editing: OrganizationEditingService,
  ) {}

  @Get('merge')
  @GlobalPermission('edit_schedule')
  async form(@Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const asked = 'kept' in query || 'duplicate' in query;
    if (!asked) return this.show(page, { notice: text(query.done) === 'merged' ? page.t('roleNotice.merged', { name: text(query.name) }) : null }, 200);
    const kept = await this.pick(page, viewer, text(query.kept), text(query.keptId));
    const duplicate = await this.pick(page, viewer, text(query.duplicate), text(query.duplicateId));
    if (!kept.organization || !duplicate.organization) return this.show(page, { kept, duplicate }, 400);
    try {
      const preview = await this.previews.preview(kept.organization.id, duplicate.organization.id, viewer);
      return this.show(page, { kept, duplicate, preview }, 200);
    } catch (error) {
      if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
      const answer = errorBody(error, page.lang);
      duplicate.error = String(answer.errors?.duplicateId ?? answer.message);
      return this.show(page, { kept, duplicate }, error.getStatus());
    }
  }

  @Post('merge')
  @GlobalPermission('edit_schedule')
  async merge(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const keptId = Number(body.keptId);
    const duplicateId = Number(body.duplicateId);
    const preview = await this.previews.preview(keptId, duplicateId, actor);
    await this.editing.merge(keptId, duplicateId, actor);
    return page.redirect(`/admin/organizations/merge?${new URLSearchParams({ done: 'merged', name: preview.duplicate.name }).toString()}`);
  }

  /** An id (typed, or chosen among candidates), else the one organization whose name or alias is (or alone contains) the text. */
  private async pick(page: Page, viewer: AuthenticatedAccount, typed: string, chosenId: string): Promise<Pick> {
    const result: Pick = { typed, organization: null, candidates: [], error: null };
    const id = /^\d{1,9}$/.test(chosenId) ? Number(chosenId) : /^#?\d{1,9}$/.test(typed) ? Number(typed.replace('#', '')) : null;
    if (id !== null) {
      try {
        return { ...result, organization: await this.organizations.findOne(id, viewer) };
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
        return { ...result, error: page.t('error.noOrganizationMatches', { q: typed || chosenId }) };
      }
    }
    if (typed === '') return { ...result, error: page.t('error.enterOrganization') };
    const { items } = await this.organizations.search({ q: typed.slice(0, 100), offset: 0, limit: 20 });
    const exact = items.filter((o) => [o.name, o.shortName, o.nameEn, ...o.aliases].includes(typed));
    if (exact.length === 1) return { ...result, organization: exact[0] };
    if (items.length === 1) return { ...result, organization: items[0] };
    if (items.length === 0) return { ...result, error: page.t('error.noOrganizationMatches', { q: typed }) };
    return { ...result, candidates: items, error: page.t('error.pickOrganization') };
  }

  private async show(page: Page, model: { kept?: Pick; duplicate?: Pick; preview?: unknown; notice?: string | null }, status: number): Promise<void> {
    const side = (p: Pick | undefined) => p ?? { typed: '', organization: null, candidates: [], error: null };
    await page.render('organization-merge.hbs', page.t('mergeOrganizations'), { kept: side(model.kept), duplicate: side(model.duplicate), preview: model.preview ?? null, notice: model.notice ?? null }, { status, form: true });
  }
}
