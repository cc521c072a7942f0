import { Body, ConflictException, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { Edition } from '../editions/entities/edition.entity';
import { AccountSession } from './account-session';
import { adminEditionModel } from './admin-edition';
import { DomainServices } from './domain-services';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';

type Form = Record<string, unknown>;

/** Organizers: sign in, every edition (drafts too), and one edition's schedule, releases and registrations. */
@PageController('admin')
export class AdminPagesController {
  constructor(
    private readonly services: DomainServices,
    private readonly pages: PageRenderer,
    private readonly session: AccountSession,
    private readonly dataSource: DataSource,
  ) {}

  @Get('sign-in')
  async signInForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await page.render('sign-in.hbs', page.t('adminSignIn'), { action: '/admin/sign-in', email: '', error: null }, { form: true });
  }

  @Post('sign-in')
  async signIn(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const outcome = await this.session.signIn(request, reply, body ?? {}, 'organizer');
    if (outcome.ok) return page.redirect('/admin');
    const email = typeof body?.email === 'string' ? body.email : '';
    await page.render('sign-in.hbs', page.t('adminSignIn'), { action: '/admin/sign-in', email, error: page.t(outcome.messageKey, outcome.values) }, { form: true, status: 401 });
  }

  @Post('sign-out')
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.session.signOut(reply);
    await this.pages.page(request, reply).redirect('/admin/sign-in');
  }

  @Get()
  async editions(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.session.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const editions = await this.dataSource.manager.find(Edition, { relations: { brand: true }, order: { startDate: 'DESC', id: 'DESC' } });
    await page.render('admin-editions.hbs', page.t('adminTitle'), { editions });
  }

  @Get('editions/:id')
  async edition(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.session.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const published = Number((request.query as Form).published);
    const model = await adminEditionModel(this.services, id, viewer);
    const notice = Number.isInteger(published) && published > 0 ? page.t('notice.published', { version: published }) : null;
    await page.render('admin-edition.hbs', page.pick(model.edition.title, model.edition.titleEn), { ...model, notice });
  }

  @Post('editions/:id/releases')
  async publish(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.session.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const note = typeof body?.note === 'string' && body.note.trim() !== '' ? body.note.trim().slice(0, 2000) : null;
    try {
      const release = await this.services.releases.publish(id, note, actor);
      return page.redirect(`/admin/editions/${id}?published=${release.version}`);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      // The schedule has errors: show them on the page, where they are highlighted.
      const model = await adminEditionModel(this.services, id, actor);
      await page.render('admin-edition.hbs', page.pick(model.edition.title, model.edition.titleEn), { ...model, publishError: page.t('publishFailed', { detail: error.message }) }, { status: 409 });
    }
  }
}
