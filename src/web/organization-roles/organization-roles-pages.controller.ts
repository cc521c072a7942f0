import { Body, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { EditionPermission } from '../../common/access/access.decorators';
import { SESSION_PARAM } from '../../common/access/permission-target';
import { errorBody } from '../../common/filters/api-exception.filter';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { CreateOrganizationRequest } from '../../organizations/dto/organization-write.dto';
import { OrganizationEditingService } from '../../organizations/organization-editing.service';
import { ORGANIZATION_ROLE_LABELS, ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { OrganizationsService } from '../../organizations/organizations.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { RoleHolders, RoleHolderTargets } from './role-holders';

type Form = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isRole = (value: unknown): value is OrganizationRole => (ORGANIZATION_ROLES as readonly unknown[]).includes(value);
const NOTICES = new Set(['added', 'created', 'moved', 'removed']);

/** What the editor shows besides the holders: the search, its results, the new-body form and any refusal. */
interface EditorState {
  q?: string;
  addError?: { organizationId: number; role: string; printedName: string; text: string };
  create?: { name: string; shortName: string; aliases: string; role: string; errors: Record<string, unknown> };
  orderError?: string;
  notice?: string | null;
}

/**
 * The organizers' editor of organizations in roles: an edition's guides, hosts, organizers…
 * and a session's hosts, in printed order. Without script, up/down buttons reorder; with it,
 * role-order.js drags (and posts the whole order to …/order). Every write goes through
 * RoleHolders, i.e. the services the API uses.
 */
@PageController('admin')
export class OrganizationRolesPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly targets: RoleHolderTargets,
    private readonly organizations: OrganizationsService,
    private readonly organizationEditing: OrganizationEditingService,
  ) {}

  @Get('editions/:id/roles')
  @EditionPermission('edit_schedule')
  async editionRoles(@Param('id', EditionIdPipe) id: number, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { page, target } = await this.open(request, reply, (viewer) => this.targets.edition(id, viewer));
    await this.show(page, target, { q: text(query.q), notice: this.notice(page, query) }, 200);
  }

  @Get('sessions/:id/roles')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async sessionRoles(@Param('id', IdParamPipe) id: number, @Query() query: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { page, target } = await this.open(request, reply, (viewer) => this.targets.session(id, viewer));
    await this.show(page, target, { q: text(query.q), notice: this.notice(page, query) }, 200);
  }

  @Post('editions/:id/roles')
  @EditionPermission('edit_schedule')
  async addToEdition(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.add(await this.open(request, reply, (viewer) => this.targets.edition(id, viewer)), body);
  }

  @Post('sessions/:id/roles')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async addToSession(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.add(await this.open(request, reply, (viewer) => this.targets.session(id, viewer)), body);
  }

  @Post('editions/:id/roles/create')
  @EditionPermission('edit_schedule')
  async createForEdition(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.create(await this.open(request, reply, (viewer) => this.targets.edition(id, viewer)), body);
  }

  @Post('sessions/:id/roles/create')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async createForSession(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.create(await this.open(request, reply, (viewer) => this.targets.session(id, viewer)), body);
  }

  @Post('editions/:id/roles/move')
  @EditionPermission('edit_schedule')
  async moveInEdition(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.move(await this.open(request, reply, (viewer) => this.targets.edition(id, viewer)), body);
  }

  @Post('sessions/:id/roles/move')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async moveInSession(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.move(await this.open(request, reply, (viewer) => this.targets.session(id, viewer)), body);
  }

  @Post('editions/:id/roles/order')
  @EditionPermission('edit_schedule')
  async orderInEdition(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.order(await this.open(request, reply, (viewer) => this.targets.edition(id, viewer)), body);
  }

  @Post('sessions/:id/roles/order')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async orderInSession(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.order(await this.open(request, reply, (viewer) => this.targets.session(id, viewer)), body);
  }

  @Post('editions/:id/roles/remove')
  @EditionPermission('edit_schedule')
  async removeFromEdition(@Param('id', EditionIdPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.remove(await this.open(request, reply, (viewer) => this.targets.edition(id, viewer)), body);
  }

  @Post('sessions/:id/roles/remove')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  async removeFromSession(@Param('id', IdParamPipe) id: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.remove(await this.open(request, reply, (viewer) => this.targets.session(id, viewer)), body);
  }

  private async open(request: FastifyRequest, reply: FastifyReply, load: (viewer: AuthenticatedAccount) => Promise<RoleHolders>) {
    const viewer = await this.signInCookie.require(request, 'organizer');
    return { page: this.pages.page(request, reply), target: await load(viewer), viewer };
  }

  private notice(page: Page, query: Form): string | null {
    const done = text(query.done);
    return NOTICES.has(done) ? page.t(`roleNotice.${done}`, { name: text(query.name) }) : null;
  }

  private done(page: Page, target: RoleHolders, what: string, name = ''): Promise<void> {
    const params = new URLSearchParams({ done: what, ...(name ? { name } : {}) });
    return page.redirect(`${target.path}?${params.toString()}`);
  }

  private async add({ page, target, viewer }: Opened, body: Form): Promise<void> {
    const organizationId = Number(body.organizationId);
    const role = body.role;
    const printedName = text(body.printedName).trim();
    const q = text(body.q);
    const refuse = (status: number, message: unknown) =>
      this.show(page, target, { q, addError: { organizationId, role: text(role), printedName, text: String(message) } }, status);
    if (!isRole(role)) return refuse(400, page.t('error.chooseRole'));
    try {
      await target.add(organizationId, role, printedName || null, viewer);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const answer = errorBody(error, page.lang);
      return refuse(error.getStatus(), answer.errors?.role ?? answer.errors?.organizationId ?? answer.message);
    }
    const added = (await target.holders()).find((h) => h.organizationId === organizationId && h.role === role);
    return this.done(page, target, 'added', added?.name);
  }

  private async create({ page, target, viewer }: Opened, body: Form): Promise<void> {
    const typed = { name: text(body.name), shortName: text(body.shortName), aliases: text(body.aliases), role: text(body.role) };
    const aliases = typed.aliases.split(/[,，、;；]/).map((a) => a.trim()).filter(Boolean);
    const { request, errors } = await asApiRequest(CreateOrganizationRequest, {
      name: typed.name.trim(),
      ...(typed.shortName.trim() ? { shortName: typed.shortName.trim() } : {}),
      ...(aliases.length ? { aliases } : {}),
    });
    const fieldErrors: Record<string, unknown> = { ...errors };
    for (const key of Object.keys(fieldErrors)) if (key.startsWith('aliases')) fieldErrors.aliases = fieldErrors[key];
    if (!isRole(typed.role)) fieldErrors.role = page.t('error.chooseRole');
    const refuse = (status: number) => this.show(page, target, { create: { ...typed, errors: fieldErrors } }, status);
    if (Object.keys(fieldErrors).length > 0) return refuse(400);
    let created;
    try {
      created = await this.organizationEditing.create(request, viewer);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      // A look-alike of an existing body's name: the message names it, beside the name typed.
      const answer = errorBody(error, page.lang);
      fieldErrors.name = answer.errors?.name ?? answer.message;
      return refuse(error.getStatus());
    }
    try {
      await target.add(created.id, typed.role as OrganizationRole, null, viewer);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      fieldErrors.role = errorBody(error, page.lang).message;
      return refuse(error.getStatus());
    }
    return this.done(page, target, 'created', created.name);
  }

  private async move({ page, target, viewer }: Opened, body: Form): Promise<void> {
    const holders = await target.holders();
    const moving = holders.find((h) => h.key === text(body.key));
    if (!moving) return this.show(page, target, { orderError: page.t('notFoundText') }, 404);
    const keys = holders.filter((h) => h.role === moving.role).map((h) => h.key);
    const from = keys.indexOf(moving.key);
    const to = text(body.direction) === 'up' ? from - 1 : from + 1;
    if (to >= 0 && to < keys.length) {
      [keys[from], keys[to]] = [keys[to], keys[from]];
      await target.reorder(moving.role, keys, viewer);
    }
    return this.done(page, target, 'moved');
  }

  /** The drag script's whole order of one role; a stale page (someone changed the list) is refused and shown anew. */
  private async order({ page, target, viewer }: Opened, body: Form): Promise<void> {
    const role = body.role;
    const keys = text(body.order).split(',').filter(Boolean);
    if (!isRole(role)) return this.show(page, target, { orderError: page.t('error.chooseRole') }, 400);
    try {
      await target.reorder(role, keys, viewer);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.show(page, target, { orderError: errorBody(error, page.lang).message }, error.getStatus());
    }
    return this.done(page, target, 'moved');
  }

  /** Asks once, saying what will go; the confirmation's own POST removes. */
  private async remove({ page, target, viewer }: Opened, body: Form): Promise<void> {
    const holder = (await target.holders()).find((h) => h.key === text(body.key));
    if (!holder) return this.show(page, target, { orderError: page.t('notFoundText') }, 404);
    if (text(body.confirm) !== 'yes') {
      const role = ORGANIZATION_ROLE_LABELS[holder.role][page.lang];
      return page.render(
        'confirm-action.hbs',
        page.t('confirmTitle'),
        {
          question: page.t('confirmRemoveRole', { name: holder.name, role }),
          action: `${target.path}/remove`,
          fields: [{ name: 'key', value: holder.key }],
          confirmLabel: page.t('removeRole'),
          cancelHref: target.path,
        },
        { form: true },
      );
    }
    await target.remove(holder.key, viewer);
    return this.done(page, target, 'removed', holder.name);
  }

  private async show(page: Page, target: RoleHolders, state: EditorState, status: number): Promise<void> {
    const holders = await target.holders();
    const q = (state.q ?? '').trim().slice(0, 100);
    const found = q ? (await this.organizations.search({ q, offset: 0, limit: 20 })).items : [];
    const addError = state.addError;
    const title = page.pick(target.title, target.titleEn);
    await page.render(
      'organization-roles.hbs',
      page.t('organizationRolesOf', { title }),
      {
        target,
        edition: { id: target.editionId },
        pageHeading: page.t('organizationRolesOf', { title }),
        groups: ORGANIZATION_ROLES.map((role) => {
          const items = holders.filter((h) => h.role === role);
          return { role, items: items.map((h, i) => ({ ...h, first: i === 0, last: i === items.length - 1 })) };
        }),
        q,
        searched: q !== '',
        results: found.map((o) => {
          const refused = addError?.organizationId === o.id ? addError : undefined;
          return { ...o, aliasList: o.aliases.join('、'), error: refused?.text ?? null, chosenRole: refused?.role ?? 'host', printedName: refused?.printedName ?? '' };
        }),
        roleOptions: ORGANIZATION_ROLES,
        create: state.create ?? { name: q, shortName: '', aliases: '', role: 'host', errors: {} },
        createOpen: !!state.create || (q !== '' && found.length === 0),
        orderError: state.orderError ?? null,
        notice: state.notice ?? null,
      },
      { status, form: true },
    );
  }
}

type Opened = { page: Page; target: RoleHolders; viewer: AuthenticatedAccount };

/** A refusal the page shows beside the form (4xx); anything else is the page filter's. */
function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}
