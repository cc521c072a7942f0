import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ProposeDescriptionRequest, ProposeGuestRequest, ProposeSpeakerRequest } from '../delegation/dto/proposal.dto';
import { ProposalsService } from '../delegation/proposals.service';
import { EditionIdPipe } from '../editions/edition-id.pipe';
import { CoHostDirectory } from '../partners/co-host-directory';
import { XLSX_TYPE } from '../partners/partner-directory.controller';
import { PartnersService } from '../partners/partners.service';
import { asApiRequest } from './form-validation';
import { chosenFile } from './multipart-forms';
import { PageController } from './page-controller.decorator';
import { fieldErrors, Form, formRefusal, text, textOrNull } from './page-forms';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

/**
 * A partner's sub-forums: one hosted session with its counts and (when granted) attendees, its
 * proposals when delegated, and an edition's co-host directory. Everything is looked up by the
 * partner's organization: another body's session, proposal or edition is a 404 page.
 */
@PageController('partner')
export class PartnerForumPagesController {
  constructor(
    private readonly partners: PartnersService,
    private readonly proposals: ProposalsService,
    private readonly directory: CoHostDirectory,
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
  ) {}

  @Get('forums/:id')
  async session(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const sent = (request.query as Form).notice === 'sent';
    await this.renderSession(page, account, id, { notice: sent ? page.t('pp.proposalSent') : null }, 200);
  }

  @Post('forums/:id/speakers')
  async proposeSpeaker(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const typed = { name: text(body?.name).trim(), nameEn: textOrNull(body?.nameEn), title: textOrNull(body?.title), affiliation: textOrNull(body?.affiliation), bio: textOrNull(body?.bio) };
    const { request: proposal, errors } = await asApiRequest(ProposeSpeakerRequest, typed);
    const photo = chosenFile(body?.photo);
    const pageErrors = fieldErrors(errors, page);
    if (photo?.truncated) pageErrors.photo = page.t('pp.photoTooLarge');
    if (Object.keys(pageErrors).length > 0) return this.renderSession(page, account, id, { speaker: typed, speakerErrors: pageErrors }, 400);
    try {
      await this.proposals.proposeSpeaker(account.organizationId!, id, proposal, photo?.bytes ?? null, account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.renderSession(page, account, id, { speaker: typed, speakerErrors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect(`/partner/forums/${id}?notice=sent`);
  }

  @Post('forums/:id/guests')
  async proposeGuest(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const typed = { name: text(body?.name).trim(), organization: textOrNull(body?.organization), title: textOrNull(body?.title), phone: textOrNull(body?.phone), email: textOrNull(body?.email) };
    const { request: proposal, errors } = await asApiRequest(ProposeGuestRequest, typed);
    if (Object.keys(errors).length > 0) return this.renderSession(page, account, id, { guest: typed, guestErrors: fieldErrors(errors, page) }, 400);
    try {
      await this.proposals.proposeGuest(account.organizationId!, id, proposal, account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.renderSession(page, account, id, { guest: typed, guestErrors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect(`/partner/forums/${id}?notice=sent`);
  }

  @Post('forums/:id/description')
  async proposeDescription(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const typed = { description: text(body?.description).trim(), descriptionEn: textOrNull(body?.descriptionEn) };
    const { request: proposal, errors } = await asApiRequest(ProposeDescriptionRequest, typed);
    if (Object.keys(errors).length > 0) return this.renderSession(page, account, id, { about: typed, aboutErrors: fieldErrors(errors, page) }, 400);
    try {
      await this.proposals.proposeDescription(account.organizationId!, id, proposal, account);
    } catch (error) {
      const refusal = formRefusal(error, page);
      return this.renderSession(page, account, id, { about: typed, aboutErrors: refusal.errors, error: refusal.message }, refusal.status);
    }
    await page.redirect(`/partner/forums/${id}?notice=sent`);
  }

  @Get('proposal-photos/:id')
  async photo(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const photo = await this.proposals.ownPhoto(account.organizationId!, id);
    await reply.type(photo.type).header('Cache-Control', 'private, max-age=300').header('X-Content-Type-Options', 'nosniff').send(photo.body);
  }

  @Get('co-hosts/:id')
  async directoryPage(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const directory = await this.directory.forPartner(account.organizationId!, id);
    await page.render('partner-directory.hbs', `${page.t('pp.directory')} · ${page.pick(directory.edition.title, directory.edition.titleEn)}`, { directory, nav: 'home' });
  }

  @Get('co-hosts/:id/export.xlsx')
  async directoryWorkbook(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const account = await this.signInCookie.require(request, 'partner');
    const page = this.pages.page(request, reply);
    const directory = await this.directory.forPartner(account.organizationId!, id);
    const body = await this.directory.workbook(directory, page.lang);
    await reply.type(XLSX_TYPE).header('Content-Disposition', `attachment; filename="co-hosts-${directory.edition.slug}.xlsx"`).header('Cache-Control', 'private, no-store').send(body);
  }

  private async renderSession(page: Page, account: AuthenticatedAccount, sessionId: number, extra: Form, status: number): Promise<void> {
    const organizationId = account.organizationId!;
    // Found by a query naming the organization: another body's session is a 404 here, before anything else is read.
    const session = await this.partners.session(organizationId, sessionId);
    const [delegated, proposals] = await Promise.all([this.proposals.isDelegatedTo(organizationId, sessionId), this.proposals.ownProposals(organizationId, sessionId)]);
    await page.render(
      'partner-session.hbs',
      session.title,
      { session, delegated, proposals, nav: 'home', speaker: {}, about: {}, guest: {}, speakerErrors: {}, aboutErrors: {}, guestErrors: {}, ...extra },
      { form: delegated, status, personal: session.attendeeListGranted },
    );
  }
}
