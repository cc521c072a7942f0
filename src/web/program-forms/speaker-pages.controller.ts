import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnywherePermission } from '../../common/access/access.decorators';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { CreateSpeakerRequest, SpeakerQuery, UpdateSpeakerRequest } from '../../speakers/dto/speaker.dto';
import { SpeakersService } from '../../speakers/speakers.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { FieldSpec, FormErrors, formRows, FormValues, optionalText, refusal, textOf } from './console-fields';
import { CONSOLE_TEXT } from './console-text';

type Form = Record<string, unknown>;
const NOTICES = new Set(['speakerCreated', 'speakerSaved', 'speakerDeleted']);
const SEARCH_LIMIT = 50;

const SPEAKER_FIELDS: FieldSpec[][] = [
  [
    { name: 'name', type: 'text', required: true, maxlength: 100, label: CONSOLE_TEXT.speakerName() },
    { name: 'nameEn', type: 'text', maxlength: 200, label: CONSOLE_TEXT.speakerNameEn() },
  ],
  [
    { name: 'title', type: 'text', maxlength: 200, label: CONSOLE_TEXT.speakerTitle() },
    { name: 'titleEn', type: 'text', maxlength: 200, label: CONSOLE_TEXT.speakerTitleEn() },
  ],
  [
    { name: 'affiliation', type: 'text', maxlength: 200 },
    { name: 'affiliationEn', type: 'text', maxlength: 300 },
  ],
  [
    { name: 'bio', type: 'textarea', maxlength: 20_000 },
    { name: 'bioEn', type: 'textarea', maxlength: 20_000 },
  ],
];
const KEYS = ['name', 'nameEn', 'title', 'titleEn', 'affiliation', 'affiliationEn', 'bio', 'bioEn'];
const typedSpeaker = (body: Form): FormValues => Object.fromEntries(KEYS.map((k) => [k, textOf(body?.[k])]));
const speakerRequest = (typed: FormValues) => Object.fromEntries(KEYS.map((k) => [k, k === 'name' ? typed.name : optionalText(typed[k])]));

/** Speakers of every edition and brand: search, a new one, a speaker's form with all their sessions and the ones that overlap. */
@PageController('admin')
export class SpeakerPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly speakers: SpeakersService,
  ) {}

  @Get('speakers')
  @AnywherePermission('view')
  async search(@Query('q') q: unknown, @Query('notice') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const query = textOf(q).trim().slice(0, 100);
    const found = await this.speakers.search({ q: query || undefined, offset: 0, limit: SEARCH_LIMIT } as SpeakerQuery);
    const key = typeof notice === 'string' && NOTICES.has(notice) ? `console.notice.${notice}` : null;
    await page.render('board/speakers.hbs', page.t('console.speakers'), { query, speakers: found.items, total: found.total, more: found.total > found.items.length, notice: key ? page.t(key) : null });
  }

  @Get('speakers/new')
  @AnywherePermission('edit_schedule')
  async newForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    await this.renderForm(this.pages.page(request, reply), null, {}, {}, null, 200);
  }

  @Post('speakers')
  @AnywherePermission('edit_schedule')
  async create(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = typedSpeaker(body);
    const { request: create, errors } = await asApiRequest(CreateSpeakerRequest, speakerRequest(typed));
    if (Object.keys(errors).length > 0) return this.renderForm(page, null, typed, errors, page.t('console.checkFields'), 400);
    const speaker = await this.speakers.create(create, actor);
    await page.redirect(`/admin/speakers/${speaker.id}?notice=speakerCreated`);
  }

  @Get('speakers/:id')
  @AnywherePermission('view')
  async editForm(@Param('id', IdParamPipe) id: number, @Query('notice') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const s = await this.speakers.findOne(id);
    const values = Object.fromEntries(KEYS.map((k) => [k, (s[k as keyof typeof s] as string | null) ?? '']));
    const key = typeof notice === 'string' && NOTICES.has(notice) ? `console.notice.${notice}` : null;
    await this.renderForm(page, id, values, {}, null, 200, key ? page.t(key) : null);
  }

  @Post('speakers/:id')
  @AnywherePermission('edit_schedule')
  async update(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = typedSpeaker(body);
    const { request: update, errors } = await asApiRequest(UpdateSpeakerRequest, speakerRequest(typed));
    if (Object.keys(errors).length > 0) return this.renderForm(page, id, typed, errors, page.t('console.checkFields'), 400);
    await this.speakers.update(id, update, actor);
    await page.redirect(`/admin/speakers/${id}?notice=speakerSaved`);
  }

  @Post('speakers/:id/delete')
  @AnywherePermission('edit_schedule')
  async remove(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    try {
      await this.speakers.remove(id, actor);
      return page.redirect('/admin/speakers?notice=speakerDeleted');
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      const s = await this.speakers.findOne(id);
      await this.renderForm(page, id, Object.fromEntries(KEYS.map((k) => [k, (s[k as keyof typeof s] as string | null) ?? ''])), {}, refused.message, 409);
    }
  }

  private async renderForm(page: Page, id: number | null, values: FormValues, errors: FormErrors, formError: string | null, status: number, notice: string | null = null) {
    const appearances = id === null ? [] : await this.speakers.appearancesOf(id);
    const titles = new Map(appearances.map((a) => [a.sessionId, page.pick(a.title, a.titleEn)]));
    await page.render(
      'board/speaker-form.hbs',
      id === null ? page.t('console.newSpeaker') : values.name,
      {
        speakerId: id,
        heading: id === null ? page.t('console.newSpeaker') : values.name,
        action: id === null ? '/admin/speakers' : `/admin/speakers/${id}`,
        rows: formRows(SPEAKER_FIELDS, values, errors),
        formError,
        notice,
        appearances: appearances.map((a) => ({ ...a, overlaps: a.overlapsWith.map((o) => titles.get(o)) })),
        overlapCount: appearances.filter((a) => a.overlapsWith.length > 0).length,
      },
      { status, form: true },
    );
  }
}
