import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AnyOrganizer, EditionPermission } from '../common/access/access.decorators';
import { GATE_PARAM } from '../common/access/permission-target';
import { localize } from '../common/i18n/local-text';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { CheckInLive } from '../check-in/check-in-live';
import { CheckInService } from '../check-in/check-in.service';
import { CreateGateRequest, ScanRequest, SyncRequest } from '../check-in/dto/check-in.dto';
import { GatesService } from '../check-in/gates.service';
import { EditionIdPipe } from '../editions/edition-id.pipe';
import { EditionsService } from '../editions/editions.service';
import { asApiRequest } from './form-validation';
import { SCANNER_WORDS } from './i18n/check-in-messages';
import { PageController } from './page-controller.decorator';
import { Page, PageRenderer } from './page-renderer';
import { SignInCookie } from './sign-in-cookie';

type Form = Record<string, unknown>;

/** jsQR decodes camera frames where the browser has no BarcodeDetector; served from our own origin (CSP). */
const JSQR = readFileSync(require.resolve('jsqr/dist/jsQR.js'));
const SERVICE_WORKER = readFileSync(join(__dirname, 'assets', 'check-in-sw.js'));

/**
 * Door check-in for staff: an edition's gates, the scanner (camera, USB scanner or typed code;
 * offline with a signed snapshot and a queue), the supervisor's view and the big screen. The
 * scanner's JSON calls come here with the page's sign-in cookie and CSRF token, and reach the
 * same services as the API's check-in routes.
 */
@PageController('check-in')
export class CheckInPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly gates: GatesService,
    private readonly checkIn: CheckInService,
    private readonly live: CheckInLive,
    private readonly editions: EditionsService,
  ) {}

  /** The signed-in organizer the console's guard let through (it checked the route's declared capability). */
  private staff(request: FastifyRequest): Promise<AuthenticatedAccount> {
    return this.signInCookie.require(request, 'organizer');
  }

  /** Where the installed app starts: the editions, each with its gates. */
  @AnyOrganizer()
  @Get()
  async home(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.staff(request);
    const page = this.pages.page(request, reply);
    const editions = (await this.editions.listFor(viewer)).map((e) => ({ id: e.id, title: page.pick(e.titleZh, e.titleEn), startDate: e.startDate }));
    await page.render('check-in-home.hbs', page.t('checkInTitle'), { editions });
  }

  @EditionPermission('check_in')
  @Get('editions/:id')
  async gatesPage(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.staff(request);
    await this.renderGates(this.pages.page(request, reply), editionId, {}, 200);
  }

  @EditionPermission('edit_edition')
  @Post('editions/:id/gates')
  async addGate(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.staff(request);
    const page = this.pages.page(request, reply);
    const chosen = ([] as unknown[]).concat(body?.sessionIds ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const zone = typeof body?.zone === 'string' && body.zone.trim() ? body.zone.trim() : null;
    const { request: gate, errors } = await asApiRequest(CreateGateRequest, { name: typeof body?.name === 'string' ? body.name.trim() : '', sessionIds: chosen.length ? chosen : null, zone });
    if (Object.keys(errors).length) return this.renderGates(page, editionId, { nameError: page.t('error.gateName'), typedName: body?.name }, 400);
    await this.gates.create(editionId, gate, actor);
    return page.redirect(`/check-in/editions/${editionId}`);
  }

  private async renderGates(page: Page, editionId: number, extra: Form, status: number): Promise<void> {
    const [edition, gates, sessions] = await Promise.all([this.gates.edition(editionId), this.gates.gates(editionId), this.gates.sessionsOf(editionId)]);
    const titles = new Map(sessions.map((s) => [s.id, page.pick(s.titleZh, s.titleEn)]));
    const title = page.pick(edition.titleZh, edition.titleEn);
    await page.render(
      'check-in-gates.hbs',
      `${page.t('checkInTitle')} · ${title}`,
      {
        edition: { id: editionId, title },
        gates: gates.map((g) => ({ ...g, admits: g.sessionIds ? g.sessionIds.map((id) => titles.get(id) ?? String(id)).join('、') : page.t('checkInWholeEdition') })),
        sessions: sessions.map((s) => ({ id: s.id, title: titles.get(s.id) })),
        ...extra,
      },
      { status, form: true },
    );
  }

  @EditionPermission('check_in', GATE_PARAM)
  @Get('gates/:gateId')
  async scanner(@Param('gateId', IdParamPipe) gateId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.staff(request);
    const page = this.pages.page(request, reply);
    const gate = await this.checkIn.requireGate(gateId);
    const edition = await this.gates.edition(gate.editionId);
    const sessions = gate.sessionIds ? (await this.gates.sessionsOf(gate.editionId)).filter((s) => gate.sessionIds!.includes(s.id)) : [];
    const words = scannerWords(page);
    await page.render(
      'check-in-scanner.hbs',
      `${gate.name} · ${page.t('checkInTitle')}`,
      {
        gate,
        edition: { id: edition.id, title: page.pick(edition.titleZh, edition.titleEn) },
        admits: sessions.length ? sessions.map((s) => page.pick(s.titleZh, s.titleEn)).join('、') : page.t('checkInWholeEdition'),
        wordsJson: JSON.stringify(words).replace(/</g, '\\u003c'),
      },
      { personal: true },
    );
  }

  @EditionPermission('check_in', GATE_PARAM)
  @Get('gates/:gateId/snapshot')
  async snapshot(@Param('gateId', IdParamPipe) gateId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.staff(request);
    await reply.header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(await this.gates.snapshot(gateId));
  }

  @EditionPermission('check_in', GATE_PARAM)
  @Post('gates/:gateId/scans')
  async scan(@Param('gateId', IdParamPipe) gateId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const staff = await this.staff(request);
    const page = this.pages.page(request, reply);
    const { request: scan, errors } = await asApiRequest(ScanRequest, body ?? {});
    if (Object.keys(errors).length) return this.json(reply, 400, localize({ errors }, page.lang));
    return this.json(reply, 200, localize(await this.checkIn.scan(gateId, scan, staff), page.lang));
  }

  @EditionPermission('check_in', GATE_PARAM)
  @Post('gates/:gateId/sync')
  async sync(@Param('gateId', IdParamPipe) gateId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const staff = await this.staff(request);
    const page = this.pages.page(request, reply);
    const { request: batch, errors } = await asApiRequest(SyncRequest, body ?? {});
    if (Object.keys(errors).length) return this.json(reply, 400, localize({ errors }, page.lang));
    return this.json(reply, 200, localize({ answers: await this.checkIn.sync(gateId, batch.deviceId, batch.scans, staff) }, page.lang));
  }

  @EditionPermission('view')
  @Get('editions/:id/supervisor')
  async supervisor(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.renderLive('check-in-supervisor.hbs', 'supervisorTitle', editionId, request, reply);
  }

  @EditionPermission('view')
  @Get('editions/:id/screen')
  async screen(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.renderLive('check-in-screen.hbs', 'screenTitle', editionId, request, reply);
  }

  private async renderLive(template: string, titleKey: string, editionId: number, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.staff(request);
    const page = this.pages.page(request, reply);
    const edition = await this.gates.edition(editionId);
    const counts = await this.live.counts(editionId, page.lang);
    const words = scannerWords(page);
    await page.render(template, page.t(titleKey, { title: page.pick(edition.titleZh, edition.titleEn) }), {
      edition: { id: editionId, title: page.pick(edition.titleZh, edition.titleEn) },
      counts,
      wordsJson: JSON.stringify(words).replace(/</g, '\\u003c'),
    });
  }

  @EditionPermission('view')
  @Get('editions/:id/live')
  async stream(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.staff(request);
    await this.live.stream(editionId, this.pages.page(request, reply).lang, request, reply);
  }

  /** The service worker, from the scope it serves (/check-in/): it keeps the scanner usable offline. */
  @Get('sw.js')
  async serviceWorker(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('Cache-Control', 'no-cache').type('text/javascript; charset=utf-8').send(SERVICE_WORKER);
  }

  @Get('jsqr.js')
  async jsqr(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('Cache-Control', 'public, max-age=86400').type('text/javascript; charset=utf-8').send(JSQR);
  }

  @Get('manifest.webmanifest')
  async manifest(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await reply
      .header('Cache-Control', 'public, max-age=3600')
      .type('application/manifest+json; charset=utf-8')
      .send({
        name: `${page.t('siteName')} · ${page.t('checkInTitle')}`,
        short_name: page.t('checkInTitle'),
        start_url: '/check-in/',
        scope: '/check-in/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#a61b1b',
        lang: page.lang === 'en' ? 'en' : 'zh-CN',
        icons: [{ src: '/assets/icon.png', sizes: '256x256', type: 'image/png' }],
      });
  }

  private async json(reply: FastifyReply, status: number, body: unknown): Promise<void> {
    await reply.status(status).header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(body);
  }
}

/** The scripts' words with their placeholders kept (`{n}`), for the script to fill in. */
function scannerWords(page: Page): Record<string, string> {
  const kept = Object.fromEntries(['n', 'at', 'gate', 'by', 'reason'].map((name) => [name, `{${name}}`]));
  return Object.fromEntries(SCANNER_WORDS.map((key) => [key, page.t(key, kept)]));
}
