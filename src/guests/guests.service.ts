import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { fieldsRefused } from '../common/i18n/field-labels';
import type { LocalText } from '../common/i18n/local-text';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { newRegistrationCode } from '../registrations/registration-codes';
import { SessionStore } from '../sessions/session.store';
import { CreateGuestRequest, GuestDto, GuestListQuery, GuestRankDto, InviteOnlyDto, UpdateGuestRequest } from './dto/guest.dto';
import { checkGuest, type GuestContext, type GuestFields, type GuestInput } from './guest-fields';
import { GUEST_MESSAGES } from './guest-messages';
import { type Guest, GuestStore } from './guest.store';

/**
 * The guest list of an edition: its rank list, its guests and the sessions they are invited
 * to, and which sessions are invite-only. The import, the replies, travel and rooms build on it.
 */
@Injectable()
export class GuestsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async ranks(editionId: number): Promise<GuestRankDto[]> {
    await this.editions.require(editionId);
    return (await this.guests.ranksOf(editionId)).map((r) => ({ id: r.id, name: r.name, position: r.position }));
  }

  /** Replaces the rank list (highest first); a rank held by a guest stays or the request is refused. */
  async setRanks(editionId: number, names: string[], actor: AuthenticatedAccount): Promise<GuestRankDto[]> {
    const wanted = names.map((n) => n.trim());
    const twice = wanted.find((n, i) => wanted.indexOf(n) !== i);
    if (twice !== undefined) throw refused({ ranks: GUEST_MESSAGES.rankDuplicate({ rank: twice }) });
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const before = await this.guests.ranksOf(editionId, tx);
      const use = await this.guests.rankUse(editionId, tx);
      const held = before.find((r) => !wanted.includes(r.name) && (use.get(r.id) ?? 0) > 0);
      if (held) throw new ConflictException({ message: GUEST_MESSAGES.rankInUse({ rank: held.name, count: use.get(held.id) }), errors: { ranks: GUEST_MESSAGES.rankInUse({ rank: held.name, count: use.get(held.id) }) } });
      const after = await this.guests.replaceRanks(editionId, wanted, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'guest_ranks', entityId: editionId, editionId, before: before.map((r) => r.name), after: after.map((r) => r.name) });
      return after.map((r) => ({ id: r.id, name: r.name, position: r.position }));
    });
  }

  async list(editionId: number, query: GuestListQuery = {}): Promise<GuestDto[]> {
    await this.editions.require(editionId);
    const guests = await this.guests.ofEdition(editionId, query);
    const invitations = await this.guests.invitationsOf(guests.map((g) => g.id));
    return guests.map((g) => GuestDto.from(g, invitations.get(g.id)!));
  }

  async get(id: number, tx?: Tx): Promise<GuestDto> {
    const guest = await this.guests.require(id, tx);
    return this.dto(guest, tx);
  }

  async create(editionId: number, request: CreateGuestRequest, actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.transactions.run(async (tx) => {
      await this.editions.lock(editionId, tx);
      const fields = await this.checked(editionId, request, tx);
      await this.assertContactsFree(editionId, fields, null, tx);
      const guest = await this.insert(editionId, fields, tx);
      const dto = await this.dto(guest, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'guest', entityId: guest.id, editionId, after: dto });
      return dto;
    });
  }

  async update(id: number, request: UpdateGuestRequest, actor: AuthenticatedAccount): Promise<GuestDto> {
    return this.transactions.run(async (tx) => {
      const guest = await this.guests.require(id, tx);
      await this.editions.lock(guest.editionId, tx);
      const before = await this.dto(guest, tx);
      const merged: GuestInput = {
        name: request.name ?? guest.name,
        organization: request.organization !== undefined ? request.organization : guest.organization,
        title: request.title !== undefined ? request.title : guest.title,
        rank: request.rank !== undefined ? request.rank : (guest.rank?.name ?? null),
        phone: request.phone !== undefined ? request.phone : guest.phone,
        email: request.email !== undefined ? request.email : guest.email,
        gender: request.gender !== undefined ? request.gender : guest.gender,
        category: request.category ?? guest.category,
        sessionIds: request.sessionIds ?? before.sessionIds,
        needsRoom: request.needsRoom ?? guest.needsRoom,
      };
      const fields = await this.checked(guest.editionId, merged, tx);
      await this.assertContactsFree(guest.editionId, fields, id, tx);
      const { sessionIds, ...columns } = fields;
      const saved = await this.guests.save({ ...guest, ...columns }, tx);
      await this.guests.setInvitations(id, sessionIds, tx);
      const after = await this.dto(saved, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'guest', entityId: id, editionId: guest.editionId, before, after });
      return after;
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const guest = await this.guests.require(id, tx);
      const before = await this.dto(guest, tx);
      await this.guests.delete(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'guest', entityId: id, editionId: guest.editionId, before });
    });
  }

  async setInviteOnly(sessionId: number, inviteOnly: boolean, actor: AuthenticatedAccount): Promise<InviteOnlyDto> {
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.require(sessionId, tx);
      await this.guests.setInviteOnly(sessionId, inviteOnly, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'invite_only_session', entityId: sessionId, editionId: session.editionId, after: { inviteOnly } });
      return { sessionId, inviteOnly };
    });
  }

  /** Which of the edition's sessions are invite-only. */
  async inviteOnlySessions(editionId: number): Promise<number[]> {
    const sessions = await this.sessions.ofEdition(editionId);
    return [...(await this.guests.inviteOnlyAmong(sessions.map((s) => s.id)))].sort((a, b) => a - b);
  }

  /** The edition's ranks and sessions, to check guests against. */
  async context(editionId: number, tx?: Tx): Promise<GuestContext> {
    const [ranks, sessions] = await Promise.all([this.guests.ranksOf(editionId, tx), this.sessions.ofEdition(editionId, tx)]);
    return { ranks, sessionIds: new Set(sessions.map((s) => s.id)) };
  }

  /** A new guest with a fresh personal code, and their invitations. */
  async insert(editionId: number, fields: GuestFields, tx: Tx): Promise<Guest> {
    const { sessionIds, ...columns } = fields;
    const guest = await this.guests.insert({ editionId, code: newRegistrationCode(), ...columns }, tx);
    await this.guests.setInvitations(guest.id, sessionIds, tx);
    return guest;
  }

  async dto(guest: Guest, tx?: Tx): Promise<GuestDto> {
    const invitations = await this.guests.invitationsOf([guest.id], tx);
    return GuestDto.from(guest, invitations.get(guest.id)!);
  }

  private async checked(editionId: number, input: GuestInput, tx: Tx): Promise<GuestFields> {
    const result = checkGuest(input, await this.context(editionId, tx));
    if (result.errors) throw refused(result.errors);
    return result.fields;
  }

  /** 409 naming the other guest when the phone or e-mail is another guest's in the edition. */
  private async assertContactsFree(editionId: number, fields: GuestFields, exceptId: number | null, tx: Tx): Promise<void> {
    const others = (await this.guests.matching(editionId, fields.phone ? [fields.phone] : [], fields.email ? [fields.email] : [], tx)).filter((g) => g.id !== exceptId);
    const byPhone = others.find((g) => fields.phone && g.phone === fields.phone);
    if (byPhone) throw new ConflictException({ message: GUEST_MESSAGES.phoneTaken({ phone: fields.phone, name: byPhone.name }), errors: { phone: GUEST_MESSAGES.alreadyUsed() } });
    const byEmail = others.find((g) => fields.email && g.email === fields.email);
    if (byEmail) throw new ConflictException({ message: GUEST_MESSAGES.emailTaken({ email: fields.email, name: byEmail.name }), errors: { email: GUEST_MESSAGES.alreadyUsed() } });
  }
}

function refused(errors: Record<string, LocalText>): BadRequestException {
  return new BadRequestException({ message: fieldsRefused(errors), errors });
}
