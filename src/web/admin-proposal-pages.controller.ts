import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AnyOrganizer, EditionPermission } from '../common/access/access.decorators';
import { PROPOSAL_PARAM } from '../common/access/permission-target';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SendBackRequest } from '../delegation/dto/proposal.dto';
import { ProposalsService } from '../delegation/proposals.service';
import { EditionsService } from '../editions/editions.service';
import { asApiRequest } from './form-validation';
import { PageController } from './page-controller.decorator';
import { Form, formRefusal, text } from './page-forms';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

const NOTICES = new Set(['accepted', 'returned']);

/** The organizers' review of what the hosts of delegated sub-forums propose: accept (into the draft) or send back with a comment. */
@PageController('admin/proposals')
export class AdminProposalPagesController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly editions: EditionsService,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {}

  @Get()
  @AnyOrganizer()
  async queue(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const query = request.query as Form;
    const notice = typeof query.notice === 'string' && NOTICES.has(query.notice) ? page.t(`pc.${query.notice}`) : null;
    await this.render(page, viewer, Number(query.edition) || null, { notice }, 200);
  }

  @Get(':id/photo')
  @EditionPermission('view', PROPOSAL_PARAM)
  async photo(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const photo = await this.proposals.photo(id);
    await reply.type(photo.type).header('Cache-Control', 'private, max-age=300').header('X-Content-Type-Options', 'nosniff').send(photo.body);
  }

  @Post(':id/accept')
  @EditionPermission('edit_schedule', PROPOSAL_PARAM)
  async accept(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const edition = Number(text(body?.edition)) || null;
    try {
      await this.proposals.accept(id, actor);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, actor, edition, { error: refusal.message }, refusal.status);
    }
    await page.redirect(`/admin/proposals?notice=accepted${edition ? `&edition=${edition}` : ''}`);
  }

  @Post(':id/send-back')
  @EditionPermission('edit_schedule', PROPOSAL_PARAM)
  async sendBack(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const edition = Number(text(body?.edition)) || null;
    const comment = text(body?.comment);
    const { errors } = await asApiRequest(SendBackRequest, { comment });
    if (errors.comment) return this.render(page, actor, edition, { commentFor: id, comment, commentError: page.t('pc.commentRequired') }, 400);
    try {
      await this.proposals.sendBack(id, comment.trim(), actor);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.render(page, actor, edition, { error: refusal.message }, refusal.status);
    }
    await page.redirect(`/admin/proposals?notice=returned${edition ? `&edition=${edition}` : ''}`);
  }

  /** Only the editions the viewer may see are in the queue (organizer roles per edition narrow it). */
  private async render(page: Page, viewer: AuthenticatedAccount, edition: number | null, extra: Form, status: number): Promise<void> {
    const editions = await this.editions.listFor(viewer);
    const visible = editions.map((e) => e.id);
    const chosen = edition && visible.includes(edition) ? edition : null;
    const proposals = await this.proposals.queue(chosen ? [chosen] : visible);
    await page.render(
      'admin-proposals.hbs',
      page.t('pc.proposals'),
      { proposals, editions: editions.map((e) => ({ id: e.id, title: e.titleZh, titleEn: e.titleEn, selected: e.id === chosen })), edition: chosen, ...extra },
      { form: true, status },
    );
  }
}
