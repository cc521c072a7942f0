import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { GUEST_PARAM } from '../../common/access/permission-target';
import { localize } from '../../common/i18n/local-text';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { toZonedIso } from '../../common/zoned-dates';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { type Edition, EditionStore } from '../../editions/edition.store';
import type { ImportPreviewDto } from '../../guests/dto/guest-import.dto';
import { GuestImportService } from '../../guests/guest-import.service';
import { GuestInvitationsService } from '../../guests/guest-invitations.service';
import { GUEST_CATEGORIES, GUEST_CATEGORY, GUEST_REPLIES, GUEST_REPLY } from '../../guests/guest-kinds';
import { GuestsService } from '../../guests/guests.service';
import { chosenFile } from '../multipart-forms';
import { type Form, formRefusal, text } from '../page-forms';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { guestRow } from './guest-console-view';

/**
 * The console's guest work besides the list: importing a spreadsheet (upload → the row-by-row
 * preview → confirm; nothing is written before the confirmation), deciding on deputies (换人),
 * and the dashboard of replies per session and category.
 */
@PageController('admin')
export class GuestWorkPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly guests: GuestsService,
    private readonly imports: GuestImportService,
    private readonly invitations: GuestInvitationsService,
    private readonly editions: EditionStore,
  ) {}

  @Get('editions/:id/guests/import')
  @EditionPermission('manage_registrations')
  async importForm(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderUpload(page, editionId, null);
  }

  @Post('editions/:id/guests/import')
  @EditionPermission('manage_registrations')
  async upload(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const file = chosenFile(body?.file);
    if (!file || file.bytes.length === 0) return this.renderUpload(page, editionId, page.t('gc.fileRequired'), 400);
    if (file.truncated) return this.renderUpload(page, editionId, page.t('gc.fileTooLarge'), 413);
    try {
      const preview = await this.imports.preview(editionId, file.bytes, file.filename || 'guests', request.account!);
      return page.redirect(`/admin/editions/${editionId}/guests/import/${preview.id}`);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.renderUpload(page, editionId, refused.errors.file ?? refused.message, refused.status);
    }
  }

  @Get('editions/:id/guests/import/:importId')
  @EditionPermission('manage_registrations')
  async preview(@Param('id', EditionIdPipe) editionId: number, @Param('importId', IdParamPipe) importId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderPreview(page, editionId, await this.imports.get(importId, editionId), null);
  }

  @Post('editions/:id/guests/import/:importId/confirm')
  @EditionPermission('manage_registrations')
  async confirm(@Param('id', EditionIdPipe) editionId: number, @Param('importId', IdParamPipe) importId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    try {
      const done = await this.imports.confirm(importId, request.account!, editionId);
      return page.redirect(`/admin/editions/${editionId}/guests?done=imported&created=${done.created}&updated=${done.updated}&unchanged=${done.unchanged}`);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.renderPreview(page, editionId, await this.imports.get(importId, editionId), refused.message, refused.status);
    }
  }

  @Get('editions/:id/guests/deputies')
  @EditionPermission('manage_registrations')
  async deputies(@Param('id', EditionIdPipe) editionId: number, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderDeputies(page, editionId, await this.decisionNotice(page, editionId, query ?? {}), null);
  }

  @Post('guests/:id/deputy-decision')
  @EditionPermission('manage_registrations', GUEST_PARAM)
  async decide(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const guest = await this.guests.get(id);
    const approve = text(body?.approve) === 'true';
    try {
      await this.invitations.decideDeputy(id, approve, request.account!);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.renderDeputies(page, guest.editionId, null, refused.message, refused.status);
    }
    return page.redirect(`/admin/editions/${guest.editionId}/guests/deputies?done=${approve ? 'approved' : 'refused'}&guest=${id}`);
  }

  @Get('editions/:id/guests/replies')
  @EditionPermission('view')
  async replies(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.require(editionId);
    const [rows, guests] = await Promise.all([this.invitations.summary(editionId), this.guests.list(editionId)]);
    // Each guest once, whatever they are invited to: the line the per-session table cannot give.
    const overall = GUEST_CATEGORIES.map((category) => {
      const of = guests.filter((g) => g.category === category);
      return { label: GUEST_CATEGORY.labels[category][page.lang], counts: GUEST_REPLIES.map((r) => of.filter((g) => g.reply === r).length), total: of.length };
    }).filter((r) => r.total > 0);
    await page.render(
      'guests/guest-replies.hbs',
      page.t('gc.repliesTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        ...editionModel(edition),
        sub: 'replies',
        replyHeads: GUEST_REPLIES.map((r) => GUEST_REPLY.labels[r][page.lang]),
        rows: localize(rows, page.lang),
        overall,
        totals: { counts: GUEST_REPLIES.map((r) => guests.filter((g) => g.reply === r).length), total: guests.length },
      },
      {},
    );
  }

  private async decisionNotice(page: Page, editionId: number, query: Form): Promise<string | null> {
    if (query.done !== 'approved' && query.done !== 'refused') return null;
    const id = Number(text(query.guest));
    if (!Number.isInteger(id) || id < 1) return null;
    const guest = (await this.guests.list(editionId, { reply: 'deputy' })).find((g) => g.id === id);
    return guest ? page.t(`gc.${query.done}`, { deputy: guest.deputy.name ?? '', guest: guest.name }) : null;
  }

  private async renderUpload(page: Page, editionId: number, error: string | null, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    await page.render('guests/guest-import.hbs', page.t('gc.importTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }), { ...editionModel(edition), sub: 'import', error }, { form: true, status });
  }

  private async renderPreview(page: Page, editionId: number, preview: ImportPreviewDto, message: string | null, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    await page.render(
      'guests/guest-import-preview.hbs',
      page.t('gc.previewTitle', { file: preview.fileName }),
      {
        ...editionModel(edition),
        sub: 'import',
        preview: localize(preview, page.lang),
        confirmedAt: preview.confirmedAt ? toZonedIso(new Date(preview.confirmedAt), edition.timeZone) : null,
        canConfirm: !preview.confirmedAt && preview.errorCount === 0,
        message,
      },
      { form: true, status },
    );
  }

  private async renderDeputies(page: Page, editionId: number, notice: string | null, message: string | null, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const deputies = await this.guests.list(editionId, { reply: 'deputy' });
    await page.render(
      'guests/guest-deputies.hbs',
      page.t('gc.deputiesTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        ...editionModel(edition),
        sub: 'deputies',
        waiting: deputies.filter((g) => g.deputy.state === 'requested').map((g) => guestRow(g, page.lang)),
        decided: deputies.filter((g) => g.deputy.state === 'approved' || g.deputy.state === 'refused').map((g) => guestRow(g, page.lang)),
        notice,
        message,
      },
      { form: true, status },
    );
  }
}

function editionModel(edition: Edition) {
  return { edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn }, section: 'guests' };
}
