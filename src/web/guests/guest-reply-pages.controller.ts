import { Body, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toZonedIso } from '../../common/zoned-dates';
import { GuestReplyRequest, GuestReplyViewDto } from '../../guests/dto/guest-reply.dto';
import { GuestRepliesService } from '../../guests/guest-replies.service';
import { asApiRequest } from '../form-validation';
import { type FieldErrors, fieldErrors, type Form, formRefusal, text } from '../page-forms';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';

const REPLY_FIELDS = ['reply', 'deputyName', 'deputyTitle', 'deputyPhone'] as const;
type Typed = Record<(typeof REPLY_FIELDS)[number], string>;

/**
 * The guest's own page, which the invitation's e-mail and SMS link to (`/g/{code}?token=…`):
 * the invitation, the reply so far, and the form to attend, decline or send a deputy, posted to
 * the same service as `PUT /api/guest-replies/{code}`. The token stays in the address, so the
 * language switch and a refused form keep working; an unknown code or a wrong token is a 404 page.
 */
@PageController('g')
export class GuestReplyPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly replies: GuestRepliesService,
  ) {}

  @Get(':code')
  async show(@Param('code') code: string, @Query('token') token: unknown, @Query('done') done: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const view = await this.find(page, code, token);
    if (!view) return;
    await this.render(page, view, String(token), { notice: done === 'replied' ? page.t('gp.replied') : null });
  }

  @Post(':code')
  async reply(@Param('code') code: string, @Query('token') token: unknown, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const view = await this.find(page, code, token);
    if (!view) return;
    const typed = Object.fromEntries(REPLY_FIELDS.map((f) => [f, text(body?.[f]).trim()])) as Typed;
    // A deputy's fields go only with a deputy: an attend or decline keeps none of them.
    const fields = typed.reply === 'deputy' ? typed : { reply: typed.reply };
    const { request: answer, errors } = await asApiRequest(GuestReplyRequest, fields);
    if (Object.keys(errors).length) {
      const words = fieldErrors(errors, page);
      if (words.reply) words.reply = page.t('gp.chooseReply');
      return this.render(page, view, String(token), { typed, errors: words }, 400);
    }
    try {
      await this.replies.reply(code, String(token), answer);
    } catch (error) {
      const refused = formRefusal(error, page);
      return this.render(page, view, String(token), { typed, errors: refused.errors, message: refused.message }, refused.status);
    }
    const url = new URL(`/g/${code}`, 'http://page.invalid');
    url.searchParams.set('token', String(token));
    url.searchParams.set('done', 'replied');
    return page.redirect(`${url.pathname}${url.search}`);
  }

  /** The invitation, or the guest's 404 page (unknown code and wrong token alike). */
  private async find(page: Page, code: string, token: unknown): Promise<GuestReplyViewDto | null> {
    try {
      return await this.replies.view(code, typeof token === 'string' ? token : undefined);
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
      await page.render('error.hbs', page.t('gp.notFoundTitle'), { status: 404, text: page.t('gp.notFound') }, { status: 404, personal: true });
      return null;
    }
  }

  private async render(page: Page, view: GuestReplyViewDto, token: string, state: { typed?: Typed; errors?: FieldErrors; message?: string | null; notice?: string | null }, status = 200): Promise<void> {
    const edition = page.pick(view.editionTitle, view.editionTitleEn);
    const typed: Typed = state.typed ?? {
      reply: view.reply === 'pending' ? '' : view.reply,
      deputyName: view.deputy.name ?? '',
      deputyTitle: view.deputy.title ?? '',
      deputyPhone: view.deputy.phone ?? '',
    };
    const base = `/g/${encodeURIComponent(view.code)}?token=${encodeURIComponent(token)}`;
    await page.render(
      'guests/guest-reply.hbs',
      page.t('gp.title', { edition }),
      {
        view,
        edition,
        state: view.reply === 'deputy' ? page.t('gp.state.deputy', { name: view.deputy.name ?? '' }) : page.t(`gp.state.${view.reply}`),
        deputyState: view.reply === 'deputy' && view.deputy.state !== 'none' ? page.t(`gp.deputy.${view.deputy.state}`) : null,
        deputyWaiting: view.reply === 'deputy' && view.deputy.state === 'requested',
        repliedAt: view.repliedAt ? toZonedIso(new Date(view.repliedAt), view.timeZone) : null,
        action: base,
        travelUrl: `/g/${encodeURIComponent(view.code)}/travel?token=${encodeURIComponent(token)}`,
        typed,
        errors: state.errors ?? {},
        message: state.message ?? null,
        notice: state.notice ?? null,
      },
      { form: true, personal: true, status },
    );
  }
}
