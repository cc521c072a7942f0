import { Body, ConflictException, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { errorBody } from '../../common/filters/api-exception.filter';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionsService } from '../../editions/editions.service';
import type { ChangelogDto } from '../../releases/dto/release.dto';
import { PublishReleaseRequest } from '../../releases/dto/release.dto';
import { ReleasesService } from '../../releases/releases.service';
import { asApiRequest, maxLengthOf } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { textOf } from '../program-forms/console-fields';

const CHANGE_GROUPS: (keyof ChangelogDto)[] = ['added', 'cancelled', 'restored', 'moved', 'retitled', 'speakersChanged', 'hostsChanged', 'detailsChanged'];
const NOTE_MAX = maxLengthOf(PublishReleaseRequest, 'note');

/** The changelog as the page lists it: by kind of change, each entry with its before → after. */
const grouped = (changelog: ChangelogDto) => CHANGE_GROUPS.filter((g) => changelog[g].length > 0).map((g) => ({ key: `change.${g}`, entries: changelog[g] }));

/** Releases: what the next version would tell the public and their calendars, publishing it with a note, every version's diff. */
@PageController('admin')
export class ReleasePagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly editions: EditionsService,
    private readonly releases: ReleasesService,
  ) {}

  @Get('editions/:id/releases')
  @EditionPermission('view')
  async page(@Param('id', EditionIdPipe) id: number, @Query('published') published: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const version = Number(textOf(published));
    const notice = Number.isInteger(version) && version > 0 ? page.t('notice.published', { version }) : null;
    await this.render(page, id, viewer, { notice }, 200);
  }

  @Post('editions/:id/releases/publish')
  @EditionPermission('edit_schedule')
  async publish(@Param('id', EditionIdPipe) id: number, @Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = textOf(body?.note);
    const { request: release, errors } = await asApiRequest(PublishReleaseRequest, typed.trim() === '' ? {} : { note: typed.trim() });
    if (errors.note) return this.render(page, id, actor, { note: typed, noteError: page.t('error.note', { max: NOTE_MAX }) }, 400);
    try {
      const published = await this.releases.publish(id, release.note ?? null, actor);
      return page.redirect(`/admin/editions/${id}/releases?published=${published.version}`);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.render(page, id, actor, { note: typed, formError: errorBody(error, page.lang).message }, 409);
    }
  }

  private async render(page: Page, id: number, viewer: AuthenticatedAccount, extra: Record<string, unknown>, status: number) {
    const edition = await this.editions.findOne({ id }, viewer);
    const [preview, history] = await Promise.all([this.releases.preview(id), this.releases.list(id)]);
    await page.render(
      'board/releases.hbs',
      page.t('console.releasesTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        section: 'releases',
        preview: { ...preview, changes: grouped(preview.changelog) },
        publishable: preview.errors.length === 0 && !preview.unchanged,
        history: history.map((r) => ({ ...r, changes: grouped(r.changelog) })),
        noteMax: NOTE_MAX,
        ...extra,
      },
      { status, form: true },
    );
  }
}
