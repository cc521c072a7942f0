import { Body, Get, HttpException, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inApiLanguage, type Worded } from '../common/http/worded-error';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import { toZonedIso } from '../common/zoned-dates';
import type { EditionDetailDto } from '../editions/dto/edition.dto';
import { EditionsService } from '../editions/editions.service';
import { PrivacyNoticesService } from '../editions/privacy-notices.service';
import { ResendLinkRequest } from '../registrations/dto/resend-link.dto';
import { LinkResendService, RESEND_ACCEPTED } from '../registrations/link-resend.service';
import { asApiRequest } from './form-validation';
import type { FieldErrors } from './registration-form';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';

type Form = Record<string, unknown>;

/** A notice's text as paragraphs: blank lines separate them, as the organizer wrote it. */
const paragraphs = (text: string | null) => (text ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');

/** The privacy notice an edition's forms link to, and the form that sends one's registration link again. */
@PageController()
export class PrivacyAndLinkPagesController {
  constructor(
    private readonly editions: EditionsService,
    private readonly notices: PrivacyNoticesService,
    private readonly resend: LinkResendService,
    private readonly pages: PageRenderer,
  ) {}

  /** Chinese first, the text of record; a reader of English gets the English text first when there is one, then the Chinese. */
  @Get('e/:slug/privacy')
  async privacy(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const notice = await this.notices.current({ slug });
    const english = page.lang === 'en' && notice.textEn !== null;
    await page.render('privacy.hbs', page.t('privacyNotice'), {
      edition,
      notice,
      updatedDay: notice.updatedAt ? toZonedIso(new Date(notice.updatedAt), edition.timeZone).slice(0, 10) : null,
      textLang: english ? 'en' : 'zh-CN',
      paragraphs: paragraphs(english ? notice.textEn : notice.text),
      otherLang: english ? 'zh-CN' : 'en',
      otherHeading: english ? '中文版本（以此为准）' : 'English',
      otherParagraphs: paragraphs(english ? notice.text : notice.textEn),
    });
  }

  @Get('e/:slug/resend')
  async resendForm(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const sent = (request.query as Form).sent === '1';
    await this.render(page, edition, {}, {}, sent ? RESEND_ACCEPTED[page.lang] : null, 200);
  }

  /** Known address or not, the same redirect to the same words; asked too often, the form again with a 429. */
  @Post('e/:slug/resend')
  async resendLink(@Param('slug', SlugParamPipe) slug: string, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const email = typeof body?.email === 'string' ? body.email : '';
    const { request: asked, errors } = await asApiRequest(ResendLinkRequest, { email });
    if (Object.keys(errors).length > 0) return this.render(page, edition, { email }, { email: page.t('error.resendEmail') }, null, 400);
    try {
      await this.resend.request({ slug }, { channel: 'email', address: asked.email }, request.ip, page.lang);
    } catch (error) {
      if (!(error instanceof HttpException) || error.getStatus() !== 429) throw error;
      const refusal = error.getResponse() as { message: Worded; retryAfter?: number };
      if (typeof refusal.retryAfter === 'number') void reply.header('Retry-After', String(refusal.retryAfter));
      return this.render(page, edition, { email }, { general: String(inApiLanguage(refusal.message, page.lang)) }, null, 429);
    }
    return page.redirect(`/e/${encodeURIComponent(slug)}/resend?sent=1`);
  }

  private async render(page: Page, edition: EditionDetailDto, values: { email?: string }, errors: FieldErrors, sent: string | null, status: number): Promise<void> {
    await page.render('resend.hbs', page.t('resendTitle', { title: page.pick(edition.title, edition.titleEn) }), { edition, values, errors, sent }, { status, form: !sent, personal: status !== 200 });
  }
}
