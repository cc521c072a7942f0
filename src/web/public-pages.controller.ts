import { Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import { ORGANIZATION_ROLES } from '../organizations/organization-role';
import { ProgramSessionDto } from '../releases/dto/program.dto';
import { BrandsService } from '../brands/brands.service';
import { EditionsService } from '../editions/editions.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { ReleasesService } from '../releases/releases.service';
import { editionLinks, sessionCalendarUrl } from './edition-view';
import { PageController } from './page-controller.decorator';
import { PageRenderer } from './page-renderer';
import { programGrid } from './program-grid';
import { canRegister } from './registration-form';

const sessionHref = (slug: string) => (s: ProgramSessionDto) => ({ ...s, href: `/e/${slug}/sessions/${s.id}` });

/** What anybody may read: the brands, an edition with its published program, one session. */
@PageController()
export class PublicPagesController {
  constructor(
    private readonly brands: BrandsService,
    private readonly editions: EditionsService,
    private readonly releases: ReleasesService,
    private readonly registrations: RegistrationsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const brands = await this.brands.findAll();
    await page.render('home.hbs', page.t('brands'), { brands });
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
    await page.render('edition.hbs', page.pick(edition.title, edition.titleEn), {
      edition,
      roles: ORGANIZATION_ROLES.filter((role) => edition.roles[role]).map((role) => ({ role, holders: edition.roles[role] })),
      published: program.status === 'published',
      release: program.release,
      days,
      unscheduled: program.unscheduled.map(withHref),
      links: editionLinks(edition.links, page.lang),
      canRegister: await canRegister(this.registrations, edition, program),
    });
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
    await page.render('session.hbs', page.pick(session.title, session.titleEn), {
      edition,
      session,
      speakers: [...session.speakers].sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.displayOrder - b.displayOrder),
      calendar: sessionCalendarUrl(edition.links, id, page.lang),
      canRegister: session.status !== 'cancelled' && (await canRegister(this.registrations, edition, program, id)),
    });
  }
}
