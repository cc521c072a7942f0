import { Body, ConflictException, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AnyOrganizer, EditionPermission } from '../common/access/access.decorators';
import { errorBody } from '../common/filters/api-exception.filter';
import { EditionIdPipe } from '../editions/edition-id.pipe';
import { EditionsService } from '../editions/editions.service';
import { PublishReleaseRequest } from '../releases/dto/release.dto';
import { ReleasesService } from '../releases/releases.service';
import { AccountSecurityService } from '../auth/account-security.service';
import { AccountPagesController } from './account-pages';
import { AdminEditionView } from './admin-edition';
import { asApiRequest, maxLengthOf } from './form-validation';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

type Form = Record<string, unknown>;

const NOTE_MAX = maxLengthOf(PublishReleaseRequest, 'note');

/** Organizers: sign in (and their account's password and sign-ins), every edition (drafts too), and one edition's schedule, releases and registrations. */
@PageController('admin')
export class AdminPagesController extends AccountPagesController {
  constructor(
    pages: PageRenderer,
    signInCookie: SignInCookie,
    private readonly editions: EditionsService,
    private readonly releases: ReleasesService,
    private readonly editionView: AdminEditionView,
    protected readonly security: AccountSecurityService,
  ) {
    super(pages, signInCookie, 'organizer', { path: '/admin', titleKey: 'adminSignIn' });
  }

  @Get()
  @AnyOrganizer()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    await page.render('admin-editions.hbs', page.t('adminTitle'), { editions: await this.editions.listFor(viewer) });
  }

  @Get('editions/:id')
  @EditionPermission('view')
  async edition(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const published = Number((request.query as Form).published);
    const notice = Number.isInteger(published) && published > 0 ? page.t('notice.published', { version: published }) : null;
    await this.renderEdition(page, id, viewer, { notice }, 200);
  }

  @Post('editions/:id/releases')
  @EditionPermission('edit_schedule')
  async publish(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = typeof body?.note === 'string' ? body.note : '';
    // An empty field is no note; anything else is the API's to accept or refuse, never cut short here.
    const { request: release, errors } = await asApiRequest(PublishReleaseRequest, typed.trim() === '' ? {} : { note: typed.trim() });
    if (errors.note) {
      return this.renderEdition(page, id, actor, { note: typed, noteError: page.t('error.note', { max: NOTE_MAX }) }, 400);
    }
    try {
      const published = await this.releases.publish(id, release.note ?? null, actor);
      return page.redirect(`/admin/editions/${id}?published=${published.version}`);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      // The schedule has errors, or nothing changed: say so on the page, where errors are highlighted.
      await this.renderEdition(page, id, actor, { note: typed, publishError: page.t('publishFailed', { detail: errorBody(error, page.lang).message }) }, 409);
    }
  }

  private async renderEdition(page: Page, id: number, viewer: AuthenticatedAccount, extra: Record<string, unknown>, status: number): Promise<void> {
    const model = await this.editionView.model(id, viewer);
    await page.render('admin-edition.hbs', page.pick(model.edition.title, model.edition.titleEn), { ...model, noteMax: NOTE_MAX, ...extra }, { status });
  }
}
