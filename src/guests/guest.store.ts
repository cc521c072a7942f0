import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import { GuestImport } from './entities/guest-import.entity';
import { GuestInvitation } from './entities/guest-invitation.entity';
import { GuestRank } from './entities/guest-rank.entity';
import { Guest } from './entities/guest.entity';
import { InviteOnlySession } from './entities/invite-only-session.entity';
import type { GuestCategory, GuestReply } from './guest-kinds';
import { GUEST_MESSAGES } from './guest-messages';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { Guest } from './entities/guest.entity';
export type { GuestRank } from './entities/guest-rank.entity';

export interface GuestFilter {
  category?: GuestCategory;
  reply?: GuestReply;
  sessionId?: number;
  /** Only those who still owe a reply and were invited before this instant (reminders). */
  unrepliedInvitedBefore?: Date;
}

/** A guest's reply counts per (session, category): what the replies dashboard shows. */
export interface ReplyCount {
  sessionId: number | null;
  category: GuestCategory;
  reply: GuestReply;
  count: number;
}

const CHUNK = 500;

/**
 * The only code that reads and writes guest, guest_rank, guest_invitation and
 * invite_only_session. A guest is answered with its rank loaded.
 */
@Injectable()
export class GuestStore {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number, tx: Tx = this.dataSource.manager): Promise<Guest | null> {
    return tx.findOne(Guest, { where: { id }, relations: { rank: true } });
  }

  /** The guest, or 404. */
  async require(id: number, tx: Tx = this.dataSource.manager): Promise<Guest> {
    const guest = await this.findById(id, tx);
    if (!guest) throw new NotFoundException({ message: GUEST_MESSAGES.notFound({ id }) });
    return guest;
  }

  byCode(code: string, tx: Tx = this.dataSource.manager): Promise<Guest | null> {
    return tx.findOne(Guest, { where: { code }, relations: { rank: true } });
  }

  /**
   * An edition's guests, highest rank first (unranked last), then by name. Filters are
   * applied in SQL.
   */
  ofEdition(editionId: number, filter: GuestFilter = {}, tx: Tx = this.dataSource.manager): Promise<Guest[]> {
    const qb = tx
      .createQueryBuilder(Guest, 'g')
      .leftJoinAndSelect('g.rank', 'r')
      .where('g.edition_id = :editionId', { editionId })
      .andWhere('g.anonymized_at IS NULL');
    if (filter.category) qb.andWhere('g.category = :category', { category: filter.category });
    if (filter.reply) qb.andWhere('g.reply = :reply', { reply: filter.reply });
    if (filter.sessionId) qb.andWhere('EXISTS (SELECT 1 FROM guest_invitation i WHERE i.guest_id = g.id AND i.session_id = :sessionId)', { sessionId: filter.sessionId });
    if (filter.unrepliedInvitedBefore) qb.andWhere("g.reply = 'pending' AND g.invited_at IS NOT NULL AND g.invited_at < :before", { before: filter.unrepliedInvitedBefore });
    return qb
      .orderBy('CASE WHEN r.position IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('r.position', 'ASC')
      .addOrderBy('g.name', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getMany();
  }

  countOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Guest, { editionId, anonymizedAt: IsNull() });
  }

  /** The guests expected at the door: not anonymised, not declined. */
  expectedCount(editionId: number, tx: Tx = this.dataSource.manager): Promise<number> {
    return tx.countBy(Guest, { editionId, anonymizedAt: IsNull(), reply: Not('declined') });
  }

  /** The edition's guests with any of these phones or addresses (an import's matches). */
  async matching(editionId: number, phones: string[], emails: string[], tx: Tx = this.dataSource.manager): Promise<Guest[]> {
    const found = new Map<number, Guest>();
    for (let i = 0; i < Math.max(phones.length, emails.length); i += CHUNK) {
      const p = phones.slice(i, i + CHUNK);
      const e = emails.slice(i, i + CHUNK);
      const where = [...(p.length ? [{ editionId, phone: In(p) }] : []), ...(e.length ? [{ editionId, email: In(e) }] : [])];
      if (where.length === 0) continue;
      for (const guest of await tx.find(Guest, { where, relations: { rank: true } })) found.set(guest.id, guest);
    }
    return [...found.values()];
  }

  async insert(guest: Partial<Guest>, tx: Tx): Promise<Guest> {
    const result = await tx.insert(Guest, guest);
    return (await this.findById(result.identifiers[0].id as number, tx))!;
  }

  async save(guest: Guest, tx: Tx): Promise<Guest> {
    // Relations are not columns: update() would refuse them.
    const columns: Partial<Guest> = { ...guest };
    delete columns.rank;
    await tx.update(Guest, { id: guest.id }, columns);
    return (await this.findById(guest.id, tx))!;
  }

  async delete(id: number, tx: Tx): Promise<void> {
    await tx.delete(Guest, { id });
  }

  /** Marks guests invited now (the invitation was queued in the same transaction). */
  async markInvited(ids: number[], at: Date, tx: Tx): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) await tx.update(Guest, { id: In(ids.slice(i, i + CHUNK)) }, { invitedAt: at });
  }

  async markReminded(ids: number[], at: Date, tx: Tx): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) await tx.update(Guest, { id: In(ids.slice(i, i + CHUNK)) }, { remindedAt: at });
  }

  /**
   * Guests owing a reply, invited before `before` and not reminded since, with their edition
   * (the editions module's row, mapped by its entity name): the reminders' list.
   */
  async dueForReminder(before: Date, editionId: number | undefined, tx: Tx = this.dataSource.manager): Promise<{ guest: Guest; edition: Edition }[]> {
    const qb = tx
      .createQueryBuilder(Guest, 'g')
      .innerJoinAndMapOne('g.edition', 'Edition', 'e', 'e.id = g.edition_id')
      .where("g.reply = 'pending' AND g.anonymized_at IS NULL AND g.invited_at IS NOT NULL AND g.invited_at < :before", { before })
      .andWhere('(g.reminded_at IS NULL OR g.reminded_at < :before)', { before })
      .orderBy('g.id', 'ASC');
    if (editionId !== undefined) qb.andWhere('g.edition_id = :editionId', { editionId });
    return ((await qb.getMany()) as Array<Guest & { edition: Edition }>).map(({ edition, ...guest }) => ({ guest: guest as Guest, edition }));
  }

  // ranks

  ranksOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<GuestRank[]> {
    return tx.find(GuestRank, { where: { editionId }, order: { position: 'ASC' } });
  }

  /** How many guests hold each rank of the edition, by rank id. */
  async rankUse(editionId: number, tx: Tx = this.dataSource.manager): Promise<Map<number, number>> {
    const rows = await tx
      .createQueryBuilder(Guest, 'g')
      .select('g.rank_id', 'rankId')
      .addSelect('COUNT(*)', 'n')
      .where('g.edition_id = :editionId AND g.rank_id IS NOT NULL', { editionId })
      .groupBy('g.rank_id')
      .getRawMany<{ rankId: number; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.rankId), Number(r.n)]));
  }

  /**
   * Makes the edition's rank list exactly `names`, in that order: kept names keep their id
   * (guests keep their rank), new ones are added, missing ones deleted (the caller checked no
   * guest holds them). Positions are moved out of the way first, so none collide meanwhile.
   */
  async replaceRanks(editionId: number, names: string[], tx: Tx): Promise<GuestRank[]> {
    const existing = await this.ranksOf(editionId, tx);
    const gone = existing.filter((r) => !names.includes(r.name));
    if (gone.length) await tx.delete(GuestRank, { id: In(gone.map((r) => r.id)) });
    for (const [index, name] of names.entries()) {
      const rank = existing.find((r) => r.name === name);
      if (rank) await tx.update(GuestRank, { id: rank.id }, { position: index + 1 });
      else await tx.insert(GuestRank, { editionId, name, position: index + 1 });
    }
    return this.ranksOf(editionId, tx);
  }

  // invitations to sessions

  /** The sessions each guest is invited to, by guest id (every asked id has an entry). */
  async invitationsOf(guestIds: number[], tx: Tx = this.dataSource.manager): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(guestIds.map((id) => [id, []]));
    for (let i = 0; i < guestIds.length; i += CHUNK) {
      const rows = await tx.find(GuestInvitation, { where: { guestId: In(guestIds.slice(i, i + CHUNK)) }, order: { sessionId: 'ASC' } });
      for (const row of rows) out.get(row.guestId)!.push(row.sessionId);
    }
    return out;
  }

  /** Makes the guest's invitations exactly these sessions. */
  async setInvitations(guestId: number, sessionIds: number[], tx: Tx): Promise<void> {
    await tx.delete(GuestInvitation, { guestId });
    if (sessionIds.length) await tx.insert(GuestInvitation, [...new Set(sessionIds)].map((sessionId) => ({ guestId, sessionId })));
  }

  /** Replies per (invited session, category); a guest invited to no session counts under session null. */
  async replyCounts(editionId: number, tx: Tx = this.dataSource.manager): Promise<ReplyCount[]> {
    const rows = await tx
      .createQueryBuilder(Guest, 'g')
      .leftJoin(GuestInvitation, 'i', 'i.guest_id = g.id')
      .select('i.session_id', 'sessionId')
      .addSelect('g.category', 'category')
      .addSelect('g.reply', 'reply')
      .addSelect('COUNT(*)', 'n')
      .where('g.edition_id = :editionId AND g.anonymized_at IS NULL', { editionId })
      .groupBy('i.session_id')
      .addGroupBy('g.category')
      .addGroupBy('g.reply')
      .getRawMany<{ sessionId: number | null; category: GuestCategory; reply: GuestReply; n: number | string }>();
    return rows.map((r) => ({ sessionId: r.sessionId === null ? null : Number(r.sessionId), category: r.category, reply: r.reply, count: Number(r.n) }));
  }

  // invite-only sessions

  /** Which of these sessions are invite-only. */
  async inviteOnlyAmong(sessionIds: number[], tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await tx.find(InviteOnlySession, { where: { sessionId: In(sessionIds) } });
    return new Set(rows.map((r) => r.sessionId));
  }

  async setInviteOnly(sessionId: number, inviteOnly: boolean, tx: Tx): Promise<void> {
    await tx.delete(InviteOnlySession, { sessionId });
    if (inviteOnly) await tx.insert(InviteOnlySession, { sessionId });
  }

  /**
   * Of these sessions, those to which a guest of the edition with this address or phone is
   * invited and has not declined (a deputy takes the guest's invitation once approved).
   */
  async invitedSessions(editionId: number, sessionIds: number[], contact: { email?: string | null; phone?: string | null }, tx: Tx = this.dataSource.manager): Promise<Set<number>> {
    if (sessionIds.length === 0 || (!contact.email && !contact.phone)) return new Set();
    const qb = tx
      .createQueryBuilder(GuestInvitation, 'i')
      .innerJoin(Guest, 'g', 'g.id = i.guest_id')
      .select('i.session_id', 'sessionId')
      .where('g.edition_id = :editionId AND i.session_id IN (:...sessionIds) AND g.anonymized_at IS NULL', { editionId, sessionIds })
      .andWhere("g.reply <> 'declined'");
    const people: string[] = [];
    if (contact.email) people.push("(g.email = :email AND NOT (g.reply = 'deputy' AND g.deputy_state = 'approved'))");
    if (contact.phone) people.push("(g.phone = :phone AND NOT (g.reply = 'deputy' AND g.deputy_state = 'approved'))", "(g.deputy_phone = :phone AND g.reply = 'deputy' AND g.deputy_state = 'approved')");
    qb.andWhere(`(${people.join(' OR ')})`, { email: contact.email ?? null, phone: contact.phone ?? null });
    const rows = await qb.getRawMany<{ sessionId: number | string }>();
    return new Set(rows.map((r) => Number(r.sessionId)));
  }

  // personal data

  idsOfEdition(editionId: number, tx: Tx = this.dataSource.manager): Promise<number[]> {
    return tx.find(Guest, { select: { id: true }, where: { editionId } }).then((rows) => rows.map((r) => r.id));
  }

  /**
   * Overwrites the personal data of the edition's guests not anonymised yet (name, contacts,
   * organization, title, the deputy's); the rows stay so the edition's figures stay true. The
   * unique phone and e-mail become null, which both engines allow many times. Import previews
   * (the rows of files) go entirely.
   */
  async anonymiseEdition(editionId: number, name: string, at: Date, tx: Tx = this.dataSource.manager): Promise<number> {
    await tx.delete(GuestImport, { editionId });
    const done = await tx
      .createQueryBuilder()
      .update(Guest)
      .set({ name, phone: null, email: null, organization: null, title: null, deputyName: null, deputyTitle: null, deputyPhone: null, anonymizedAt: at })
      .where('edition_id = :editionId AND anonymized_at IS NULL', { editionId })
      .execute();
    return done.affected ?? 0;
  }
}
