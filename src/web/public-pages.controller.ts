import { Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import { ORGANIZATION_ROLES } from '../organizations/organization-role';
import { ProgramSessionDto } from '../releases/dto/program.dto';
import { BrandsService } from '../brands/brands.service';
import { EditionsService } from '../editions/editions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { federationForums } from './federation-forums';
import { ReleasesService } from '../releases/releases.service';
import { editionLinks, editionShareText, sessionCalendarUrl, sessionShareText } from './edition-view';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';
import { programGrid } from './program-grid';
import { canRegister } from './registration-form';

const sessionHref = (slug: string) => (s: ProgramSessionDto) => ({ ...s, href: `/e/${slug}/sessions/${s.id}` });

/** What anybody may read: the brands, one brand's editions, an edition with its published program, one session; each with its link preview. */
@PageController()
export class PublicPagesController {
  constructor(
    private readonly brands: BrandsService,
    private readonly editions: EditionsService,
    private readonly releases: ReleasesService,
    private readonly registrations: RegistrationsService,
    private readonly organizations: OrganizationsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const all = await this.brands.findAll();
    const brands = all.filter((b) => b.runBy === 'federation');
    const forums = federationForums(all.filter((b) => b.runBy === 'others'), await this.organizations.federation());
    const names = brands.map((b) => page.pick(b.name, b.nameEn)).join(page.lang === 'en' ? ', ' : '、');
    await page.render('home.hbs', page.t('brands'), { brands, forums }, {
      share: { title: `${page.t('siteName')} · ${page.t('siteTagline')}`, description: page.t('shareHome', { tagline: page.t('siteTagline'), brands: names }), path: '/' },
    });
  }

  @Get('b/:slug')
  async brand(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const brand = await this.brands.findBySlug(slug);
    const title = page.pick(brand.name, brand.nameEn);
    const description = brand.description ? page.pick(brand.description, brand.descriptionEn) : page.t('shareEditionCount', { n: brand.editions.length });
    // An event others run lists, under each edition, what the federation held in it.
    const forums = brand.runBy === 'others' ? federationForums([brand], await this.organizations.federation())[0] : null;
    await page.render('brand.hbs', title, { brand, forums }, { share: { title, description, path: `/b/${brand.slug}` } });
  }

  @Get('e/:slug')
  async edition(@Param('slug', SlugParamPipe) slug: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const program = await this.releases.program({ slug });
    const withHref = sessionHref(slug);
    const days = program.days.map((day) => {
      const sessions = day.sessions.map(withHref);
      return { date: day.date, sessions, grid: programGrid(sessions) };
    });
    const title = page.pick(edition.title, edition.titleEn);
    await page.render('edition.hbs', title, {
      edition,
      roles: ORGANIZATION_ROLES.filter((role) => edition.roles[role]).map((role) => ({ role, holders: edition.roles[role] })),
      published: program.status === 'published',
      release: program.release,
      days,
      // Days hold only sessions with a time: without any, the page says the program is still to come.
      timed: days.length > 0,
      unscheduled: program.unscheduled.map(withHref),
      links: editionLinks(edition.links, page.lang),
      canRegister: await canRegister(this.registrations, edition),
    }, { share: { title, description: editionShareText(edition, page.lang), path: `/e/${edition.slug}` } });
  }

  @Get('e/:slug/sessions/:id')
  async session(
    @Param('slug', SlugParamPipe) slug: string,
    @Param('id', IdParamPipe) id: number,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const page = this.pages.page(request, reply);
    const edition = await this.editions.findOne({ slug });
    const program = await this.releases.program({ slug });
    const session = [...program.days.flatMap((d) => d.sessions), ...program.unscheduled].find((s) => s.id === id);
    if (!session) throw new NotFoundException(`No published session ${id} in ${slug}`);
    const roleOrder = ['moderator', 'speaker', 'guest'];
    const title = page.pick(session.title, session.titleEn);
    await page.render('session.hbs', title, {
      edition,
      session,
      speakers: [...session.speakers].sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.displayOrder - b.displayOrder),
      calendar: sessionCalendarUrl(edition.links, id, page.lang),
      canRegister: session.status !== 'cancelled' && (await canRegister(this.registrations, edition, id)),
    }, { share: { title: `${title} · ${page.pick(edition.title, edition.titleEn)}`, description: sessionShareText(session, edition, page.lang), path: `/e/${edition.slug}/sessions/${id}` } });
  }
}
