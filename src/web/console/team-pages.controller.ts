import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { AnywherePermission } from '../../common/access/access.decorators';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { AddTeamMemberRequest, PutTeamGrantRequest, TeamGrantDto } from '../../teams/dto/team.dto';
import { allows } from '../../teams/permissions';
import { TeamService } from '../../teams/team.service';
import { capabilitiesOf, TEAM_ROLE_LABELS, TEAM_ROLES, TeamRole } from '../../teams/team-role';
import { BrandsService } from '../../brands/brands.service';
import { EditionsService } from '../../editions/editions.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { FieldErrors, fieldErrors, refusal, typedValues } from './edition-form';

type Form = Record<string, unknown>;

const NOTICES: Record<string, string> = { added: 'team.added', assigned: 'team.assigned', removed: 'team.removed' };

/** `all`, `brand:integrity` or `edition:7` (the scope select) as the API's request fields. */
function scopeFields(scope: string): { brand?: string; editionId?: number | string } {
  if (scope.startsWith('brand:')) return { brand: scope.slice(6) };
  if (scope.startsWith('edition:')) return { editionId: /^\d{1,10}$/.test(scope.slice(8)) ? Number(scope.slice(8)) : scope.slice(8) };
  return {};
}

/**
 * The team page: organizer accounts and their roles within the scopes the reader owns, adding a
 * member, giving and removing roles. Which scopes the reader may touch is TeamService's to
 * decide (as for the API); the page offers only those.
 */
@PageController('admin')
export class TeamPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly team: TeamService,
    private readonly brands: BrandsService,
    private readonly editions: EditionsService,
  ) {}

  @Get('team')
  @AnywherePermission('manage_team')
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const key = NOTICES[String((request.query as Form).notice ?? '')];
    const email = String((request.query as Form).email ?? '');
    await this.render(page, request.account!, { notice: key ? page.t(key, { email }) : null }, 200);
  }

  @Post('team/members')
  @AnywherePermission('manage_team')
  async addMember(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = typedValues(body, ['email', 'displayName', 'password', 'role', 'scope']);
    const { request: add, errors } = await asApiRequest(AddTeamMemberRequest, {
      email: typed.email,
      password: typed.password,
      role: typed.role,
      ...(typed.displayName.trim() === '' ? {} : { displayName: typed.displayName.trim() }),
      ...scopeFields(typed.scope),
    });
    const again = (errs: FieldErrors, message: string | null, status: number) => this.render(page, request.account!, { add: { ...typed, password: '' }, addErrors: errs, addMessage: message }, status);
    if (Object.keys(errors).length > 0) return again(fieldErrors(errors, page.lang), null, 400);
    try {
      await this.team.addMember(add, request.account!);
      return page.redirect(`/admin/team?notice=added&email=${encodeURIComponent(add.email)}`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return again(refused.errors, refused.message, 409);
    }
  }

  @Post('team/grants')
  @AnywherePermission('manage_team')
  async assign(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const typed = typedValues(body, ['accountId', 'role', 'scope']);
    const { request: put, errors } = await asApiRequest(PutTeamGrantRequest, { accountId: /^\d{1,10}$/.test(typed.accountId) ? Number(typed.accountId) : typed.accountId, role: typed.role, ...scopeFields(typed.scope) });
    const again = (errs: FieldErrors, message: string | null, status: number) => this.render(page, request.account!, { assign: typed, assignErrors: errs, assignMessage: message }, status);
    if (Object.keys(errors).length > 0) return again(fieldErrors(errors, page.lang), null, 400);
    try {
      await this.team.putGrant(put, request.account!);
      return page.redirect('/admin/team?notice=assigned');
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return again(refused.errors, refused.message, 409);
    }
  }

  /** Asks once, saying whose role goes and where. */
  @Get('team/grants/:id/remove')
  @AnywherePermission('manage_team')
  async confirmRemove(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    await this.renderRemove(page, request.account!, id, null, 200);
  }

  @Post('team/grants/:id/remove')
  @AnywherePermission('manage_team')
  async remove(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    try {
      await this.team.removeGrant(id, request.account!);
      return page.redirect('/admin/team?notice=removed');
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      return this.renderRemove(page, request.account!, id, refused.message, 409);
    }
  }

  private async renderRemove(page: Page, actor: AuthenticatedAccount, id: number, message: string | null, status: number): Promise<void> {
    const members = await this.team.members(actor);
    const member = members.find((m) => m.grants.some((g) => g.id === id));
    const grant = member?.grants.find((g) => g.id === id);
    // A role outside the reader's scopes is, to the reader, a role that does not exist.
    if (!member || !grant) return this.render(page, actor, {}, 404);
    await page.render(
      'console/team-remove.hbs',
      page.t('team.removeTitle'),
      { grantId: id, intro: page.t('team.removeIntro', { email: member.email, role: this.roleLabel(page, grant.role), scope: this.scopeName(page, grant) }), message, consoleSection: 'team' },
      { status, form: true },
    );
  }

  private async render(page: Page, actor: AuthenticatedAccount, extra: Record<string, unknown>, status: number): Promise<void> {
    const [members, scopes] = await Promise.all([this.team.members(actor), this.scopes(page, actor)]);
    const roles = TEAM_ROLES.map((role) => ({ value: role, label: this.roleLabel(page, role), capabilities: capabilitiesOf(role).map((c) => page.t(`team.cap.${c}`)).join('、') }));
    await page.render(
      'console/team.hbs',
      page.t('team.title'),
      {
        consoleSection: 'team',
        members: members.map((m) => ({
          ...m,
          self: m.accountId === actor.id,
          grants: m.grants.map((g) => ({ ...g, roleName: this.roleLabel(page, g.role), scopeLabel: this.scopeName(page, g) })),
        })),
        roles,
        scopes,
        add: { email: '', displayName: '', password: '', role: 'viewer', scope: scopes[0]?.value ?? '' },
        assign: { accountId: '', role: 'viewer', scope: scopes[0]?.value ?? '' },
        addErrors: {},
        assignErrors: {},
        ...extra,
      },
      { status, form: true },
    );
  }

  /** The scopes the reader may give roles in: everything, brands and editions they own. */
  private async scopes(page: Page, actor: AuthenticatedAccount): Promise<{ value: string; label: string }[]> {
    const [brands, editions] = await Promise.all([this.brands.everyBrand(), this.editions.listFor(actor)]);
    const out: { value: string; label: string }[] = [];
    if (allows(actor.grants, 'manage_team', {}, 'global')) out.push({ value: 'all', label: page.t('team.scopeAll') });
    for (const b of brands) if (allows(actor.grants, 'manage_team', { brandId: b.id }, 'brand')) out.push({ value: `brand:${b.slug}`, label: page.t('team.scopeBrand', { name: page.pick(b.nameZh, b.nameEn) }) });
    for (const e of editions) if (allows(actor.grants, 'manage_team', { editionId: e.id, brandId: e.brandId }, 'edition')) out.push({ value: `edition:${e.id}`, label: page.t('team.scopeEdition', { name: page.pick(e.titleZh, e.titleEn) }) });
    return out;
  }

  private roleLabel(page: Page, role: TeamRole): string {
    return page.pick(TEAM_ROLE_LABELS[role].zh, TEAM_ROLE_LABELS[role].en);
  }

  private scopeName(page: Page, grant: TeamGrantDto): string {
    if (grant.scope === 'all') return page.t('team.scopeAll');
    return page.t(grant.scope === 'brand' ? 'team.scopeBrand' : 'team.scopeEdition', { name: grant.scopeName ?? '' });
  }
}
