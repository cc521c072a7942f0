import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyOrganizer, BrandPermission, EditionPermission } from '../../common/access/access.decorators';
import { EDITION_PARAM } from '../../common/access/permission-target';
import { fieldLabel } from '../../common/i18n/field-labels';
import { EditionDetailDto } from '../../editions/dto/edition.dto';
import { CloneEditionRequest, UpdateEditionRequest } from '../../editions/dto/edition-write.dto';
import { SetPrivacyNoticeRequest } from '../../editions/dto/privacy-notice.dto';
import { EditionCloningService } from '../../editions/edition-cloning.service';
import { EditionEditingService } from '../../editions/edition-editing.service';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionsService } from '../../editions/editions.service';
import { PrivacyNoticesService } from '../../editions/privacy-notices.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { ConsoleEditions } from './console-editions';
import { errorList, FieldErrors, fieldErrors, refusal, settingsRequest, settingsValues, text, typedValues } from './edition-form';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = { saved: 'edition.saved', created: 'edition.created', notice: 'edition.noticeSaved', cloned: 'edition.cloned' };

/**
 * The console's editions: a brand's editions by year, an edition's settings (details, status, registration, privacy notice), cloning it to next year and
 * deleting a draft. Each form calls the API's own service and, refused, shows what was typed
 * with the message beside the field.
 */
@PageController('admin')
export class ConsoleEditionsController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly editions: EditionsService,
    private readonly editing: EditionEditingService,
    private readonly cloning: EditionCloningService,
    private readonly notices: PrivacyNoticesService,
    private readonly view: ConsoleEditions,
  ) {}

  @Get('brands/:slug')
  @AnyOrganizer()
  async brand(@Param('slug') slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const brand = await this.view.brand(slug, request.account!);
    await page.render('console/brand.hbs', page.t('shell.brandEditions', { brand: page.pick(brand.nameZh, brand.nameEn) }), { brand, consoleSection: 'editions' });
  }

  @Get('editions/:id/settings')
  @EditionPermission('edit_edition')
  async settings(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    const key = NOTICES[text((request.query as Form).notice)];
    const notice = key ? page.t(key, { year: text((request.query as Form).year) }) : null;
    await this.renderSettings(page, edition, settingsValues(edition), {}, null, { notice }, 200);
  }

  @Post('editions/:id/settings')
  @EditionPermission('edit_edition')
  async saveSettings(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    const { values, request: plain } = settingsRequest(body, edition.timeZone);
    const { request: update, errors } = await asApiRequest(UpdateEditionRequest, plain);
    if (Object.keys(errors).length > 0) return this.renderSettings(page, edition, values, fieldErrors(errors, page.lang), null, {}, 400);
    try {
      await this.editing.update(id, update, request.account!);
      return page.redirect(`/admin/editions/${id}/settings?notice=saved`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return this.renderSettings(page, edition, values, refused.errors, refused.message, {}, 409);
    }
  }

  @Post('editions/:id/privacy-notice')
  @EditionPermission('edit_edition')
  async saveNotice(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    const typed = typedValues(body, ['version', 'text', 'textEn']);
    const { request: notice, errors } = await asApiRequest(SetPrivacyNoticeRequest, { version: typed.version.trim(), text: typed.text, textEn: typed.textEn.trim() === '' ? null : typed.textEn });
    const again = (noticeErrors: FieldErrors, message: string | null, status: number) =>
      this.renderSettings(page, edition, settingsValues(edition), {}, null, { noticeValues: typed, noticeErrors, noticeMessage: message }, status);
    if (Object.keys(errors).length > 0) return again(fieldErrors(errors, page.lang), null, 400);
    try {
      await this.notices.set(id, notice, request.account!);
      return page.redirect(`/admin/editions/${id}/settings?notice=notice`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return again(refused.errors, refused.message, 409);
    }
  }

  @Get('editions/:id/clone')
  @BrandPermission('edit_edition', EDITION_PARAM)
  async cloneForm(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    // An edition without dates yet (a date to be announced) offers none for its clone.
    const start = edition.startDate;
    await this.renderClone(page, edition, { year: String(edition.year + 1), startDate: start ? `${Number(start.slice(0, 4)) + 1}${start.slice(4)}` : '' }, {}, null, 200);
  }

  @Post('editions/:id/clone')
  @BrandPermission('edit_edition', EDITION_PARAM)
  async clone(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    const values = typedValues(body, ['year', 'startDate']);
    const { request: clone, errors } = await asApiRequest(CloneEditionRequest, { year: /^\d{1,4}$/.test(values.year.trim()) ? Number(values.year.trim()) : values.year, startDate: values.startDate.trim() });
    if (Object.keys(errors).length > 0) return this.renderClone(page, edition, values, fieldErrors(errors, page.lang), null, 400);
    try {
      const created = await this.cloning.clone(id, clone, request.account!);
      return page.redirect(`/admin/editions/${created.id}/settings?notice=cloned&year=${created.year}`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return this.renderClone(page, edition, values, refused.errors, refused.message, 409);
    }
  }

  /** Asks once, saying what will go; only a draft can be deleted (a published edition is cancelled instead). */
  @Get('editions/:id/delete')
  @EditionPermission('edit_edition')
  async confirmDelete(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    await this.renderDelete(page, edition, null, 200);
  }

  @Post('editions/:id/delete')
  @EditionPermission('edit_edition')
  async remove(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ id }, request.account);
    if (edition.status !== 'draft') return this.renderDelete(page, edition, null, 409);
    try {
      await this.editing.remove(id, request.account!);
      return page.redirect(`/admin?deleted=${encodeURIComponent(edition.slug)}`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return this.renderDelete(page, edition, refused.message, 409);
    }
  }

  private async renderSettings(page: Page, edition: EditionDetailDto, values: Record<string, string>, errors: FieldErrors, message: string | null, extra: Record<string, unknown>, status: number): Promise<void> {
    const notice = await this.notices.current({ id: edition.id }, page.request.account);
    const noticeValues = (extra.noticeValues as Record<string, string> | undefined) ?? { version: notice.isDefault ? '' : notice.version, text: notice.isDefault ? '' : notice.text, textEn: notice.isDefault ? '' : (notice.textEn ?? '') };
    await page.render(
      'console/edition-settings.hbs',
      page.t('edition.editTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        section: 'settings',
        consoleSection: 'editions',
        values,
        errors,
        message,
        errorList: errorList(errors, (f) => this.label(page, f)),
        statuses: ['draft', 'published', 'cancelled'].map((s) => ({ value: s, selected: values.status === s })),
        confirmationEmail: values.registrationConfirmation === 'email',
        registeredCount: edition.registrationSettings?.registeredCount ?? 0,
        currentNotice: notice,
        ...extra,
        noticeValues,
      },
      { status, form: true },
    );
  }

  private async renderClone(page: Page, edition: EditionDetailDto, values: Record<string, string>, errors: FieldErrors, message: string | null, status: number): Promise<void> {
    await page.render(
      'console/edition-clone.hbs',
      page.t('edition.cloneTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      { edition, section: 'settings', consoleSection: 'editions', values, errors, message, errorList: errorList(errors, (f) => this.label(page, f)) },
      { status, form: true },
    );
  }

  private async renderDelete(page: Page, edition: EditionDetailDto, message: string | null, status: number): Promise<void> {
    await page.render(
      'console/edition-delete.hbs',
      page.t('edition.deleteTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      { edition, section: 'settings', consoleSection: 'editions', deletable: edition.status === 'draft', statusLabel: page.t(`editionStatus.${edition.status}`), message },
      { status, form: true },
    );
  }

  private label(page: Page, field: string): string {
    const key = `edition.${field === 'registrationCapacity' ? 'capacity' : field === 'registrationOpensAt' ? 'opensAt' : field === 'registrationClosesAt' ? 'closesAt' : field === 'registrationConfirmation' ? 'confirmation' : field === 'confirmationWindowMinutes' ? 'confirmationWindow' : field === 'requiresApproval' ? 'requiresApproval' : field}`;
    const own = page.t(key);
    return own === key ? fieldLabel(field).in(page.lang) : own;
  }
}
