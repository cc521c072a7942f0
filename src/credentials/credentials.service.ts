import { renderBadges, renderNameCards } from '@huiwu/badges';
import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions, Tx } from '../database/transactions';
import { isDuplicateKey } from '../database/duplicate-key';
import { EditionStore } from '../editions/edition.store';
import type { Registration } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';
import { SeatStore } from '../seats/seat.store';
import { SessionStore } from '../sessions/session.store';
import { CREDENTIAL_MESSAGES, DEFAULT_TIERS, GUEST_CATEGORY_TIERS } from './credential-messages';
import type { Guest } from '../guests/guest.store';
import { GuestStore } from '../guests/guest.store';
import { CredentialStore, CredentialTier } from './credential.store';
import { BadgeQuery, CreateTierRequest, CredentialDto, GuestCredentialDto, TierDto, UpdateTierRequest } from './dto/credential.dto';
import { TicketCodes } from './ticket-codes';

/** What a registration holds at the door: its tier and which printing of its code is valid. */
export interface Holding {
  tier: CredentialTier;
  generation: number;
}

/**
 * Credentials (证件): each edition's tiers, which one each registration holds, and the signed
 * code its ticket and badge print. Every registration holds one: the edition's default tier
 * until an organizer gives it another. A reprint raises the generation, voiding older codes.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: CredentialStore,
    private readonly registrations: RegistrationStore,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly seats: SeatStore,
    private readonly codes: TicketCodes,
    private readonly audit: AuditService,
    private readonly guests: GuestStore,
  ) {}

  /** The edition's tiers; an edition that has none gets the four usual ones (嘉宾证, 代表证 as default, 媒体证, 工作证). */
  async tiers(editionId: number, tx: Tx = this.transactions.none): Promise<CredentialTier[]> {
    const tiers = await this.store.tiersOf(editionId, tx);
    if (tiers.length) return tiers;
    await this.store.insertTiersOnce(DEFAULT_TIERS.map((tier, position) => ({ ...tier, editionId, position, sessionIds: null, zones: null })), tx);
    return this.store.tiersOf(editionId, tx);
  }

  async createTier(editionId: number, request: CreateTierRequest, actor: AuthenticatedAccount): Promise<TierDto> {
    await this.editions.require(editionId);
    await this.tiers(editionId);
    await this.checkSessions(editionId, request.sessionIds);
    return this.transactions.run(async (tx) => {
      let tier: CredentialTier;
      try {
        tier = await this.store.saveTier({ editionId, name: request.name, nameEn: request.nameEn ?? null, color: request.color.toLowerCase(), sessionIds: request.sessionIds ?? null, zones: request.zones ?? null, isDefault: request.isDefault ?? false, position: request.position ?? 99 }, tx);
      } catch (error) {
        if (isDuplicateKey(error)) throw new ConflictException({ message: CREDENTIAL_MESSAGES.tierNameTaken({ name: request.name }), errors: { name: CREDENTIAL_MESSAGES.tierNameTaken({ name: request.name }) } });
        throw error;
      }
      if (tier.isDefault) await this.store.clearDefault(editionId, tier.id, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'credential_tier', entityId: tier.id, editionId, after: TierDto.from(tier) });
      return TierDto.from(tier);
    });
  }

  async updateTier(tierId: number, request: UpdateTierRequest, actor: AuthenticatedAccount): Promise<TierDto> {
    const before = await this.requireTier(tierId);
    if (request.sessionIds !== undefined) await this.checkSessions(before.editionId, request.sessionIds);
    if (request.isDefault === false && before.isDefault) {
      throw new ConflictException({ message: CREDENTIAL_MESSAGES.lastDefault(), errors: { isDefault: CREDENTIAL_MESSAGES.lastDefault() } });
    }
    return this.transactions.run(async (tx) => {
      const changed: Partial<CredentialTier> = { ...before };
      if (request.name !== undefined) changed.name = request.name;
      if (request.nameEn !== undefined) changed.nameEn = request.nameEn ?? null;
      if (request.color !== undefined) changed.color = request.color.toLowerCase();
      if (request.sessionIds !== undefined) changed.sessionIds = request.sessionIds ?? null;
      if (request.zones !== undefined) changed.zones = request.zones ?? null;
      if (request.isDefault !== undefined) changed.isDefault = request.isDefault;
      if (request.position !== undefined) changed.position = request.position;
      let tier: CredentialTier;
      try {
        tier = await this.store.saveTier(changed, tx);
      } catch (error) {
        if (isDuplicateKey(error)) throw new ConflictException({ message: CREDENTIAL_MESSAGES.tierNameTaken({ name: request.name }), errors: { name: CREDENTIAL_MESSAGES.tierNameTaken({ name: request.name }) } });
        throw error;
      }
      if (tier.isDefault) await this.store.clearDefault(tier.editionId, tier.id, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'credential_tier', entityId: tier.id, editionId: tier.editionId, before: TierDto.from(before), after: TierDto.from(tier) });
      return TierDto.from(tier);
    });
  }

  async deleteTier(tierId: number, actor: AuthenticatedAccount): Promise<void> {
    const tier = await this.requireTier(tierId);
    if (tier.isDefault) throw new ConflictException({ message: CREDENTIAL_MESSAGES.lastDefault() });
    await this.transactions.run(async (tx) => {
      if (await this.store.tierInUse(tierId, tx)) throw new ConflictException({ message: CREDENTIAL_MESSAGES.tierInUse({ name: tier.name }) });
      await this.store.deleteTier(tierId, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'credential_tier', entityId: tierId, editionId: tier.editionId, before: TierDto.from(tier) });
    });
  }

  /** What each registration holds, for a list of one edition's registrations (two queries whatever their number). */
  async holdings(editionId: number, registrationIds: number[], tx: Tx = this.transactions.none): Promise<Map<number, Holding>> {
    const tiers = await this.tiers(editionId, tx);
    const byId = new Map(tiers.map((tier) => [tier.id, tier]));
    const fallback = tiers.find((tier) => tier.isDefault) ?? tiers[0];
    const credentials = new Map((await this.store.credentialsOf(registrationIds, tx)).map((c) => [c.registrationId, c]));
    return new Map(
      registrationIds.map((id) => {
        const credential = credentials.get(id);
        return [id, { tier: (credential?.tierId && byId.get(credential.tierId)) || fallback, generation: credential?.generation ?? 1 }];
      }),
    );
  }

  async holding(registration: Pick<Registration, 'id' | 'editionId'>, tx: Tx = this.transactions.none): Promise<Holding> {
    return (await this.holdings(registration.editionId, [registration.id], tx)).get(registration.id)!;
  }

  /** The signed code of the registration's current printing, what its QR carries. */
  async ticketCode(registration: Pick<Registration, 'id' | 'editionId'>, generation?: number): Promise<string> {
    const current = generation ?? (await this.store.credentialOf(registration.id))?.generation ?? 1;
    return this.codes.issue({ editionId: registration.editionId, registrationId: registration.id, generation: current });
  }

  /** The address the ticket's and the badge's QR code open. */
  async ticketUrl(registration: Pick<Registration, 'id' | 'editionId'>, lang: 'zh' | 'en' = 'zh'): Promise<string> {
    return this.codes.pageUrl(await this.ticketCode(registration), lang);
  }

  async credential(code: string): Promise<CredentialDto> {
    const registration = await this.requireRegistration(code);
    return this.describe(registration, await this.holding(registration));
  }

  async assign(code: string, tierId: number | null, actor: AuthenticatedAccount): Promise<CredentialDto> {
    const registration = await this.requireRegistration(code);
    if (tierId !== null) {
      const tier = await this.store.tier(tierId);
      if (!tier) throw new UnprocessableEntityException({ message: CREDENTIAL_MESSAGES.tierNotFound({ id: tierId }), errors: { tierId: CREDENTIAL_MESSAGES.tierNotFound({ id: tierId }) } });
      if (tier.editionId !== registration.editionId) throw new UnprocessableEntityException({ message: CREDENTIAL_MESSAGES.tierOtherEdition({ id: tierId }), errors: { tierId: CREDENTIAL_MESSAGES.tierOtherEdition({ id: tierId }) } });
    }
    await this.tiers(registration.editionId);
    await this.transactions.run(async (tx) => {
      const credential = await this.store.assign(registration.id, tierId, tx);
      await this.audit.record(tx, actor, { action: 'assign_credential', entityType: 'registration', entityId: registration.id, editionId: registration.editionId, after: { tierId: credential.tierId } });
    });
    return this.credential(code);
  }

  /** A new printing of the badge: the codes printed before stop admitting at every gate (and in snapshots taken after). */
  async reprint(code: string, actor: AuthenticatedAccount): Promise<CredentialDto> {
    const registration = await this.requireRegistration(code);
    await this.transactions.run(async (tx) => {
      const credential = await this.store.nextGeneration(registration.id, tx);
      await this.audit.record(tx, actor, { action: 'reprint_badge', entityType: 'registration', entityId: registration.id, editionId: registration.editionId, after: { generation: credential.generation } });
    });
    return this.credential(code);
  }

  /** Badges of the people an organizer picked (a tier, a session, a list of codes; registrations, guests or both), on sheets with cut marks. */
  async badges(editionId: number, query: BadgeQuery, lang: 'zh' | 'en'): Promise<Buffer> {
    const { edition, people } = await this.pick(editionId, query);
    const badges = await Promise.all(
      people.map(async ({ person, holding, registrationId, guestId }) => {
        // A guest's badge carries the guest's own signed code: it opens the guest's ticket page.
        const ticketCode = registrationId === null ? await this.codes.issueGuest({ editionId, guestId: guestId!, generation: holding.generation }) : await this.codes.issue({ editionId, registrationId, generation: holding.generation });
        return {
          name: person.name,
          organization: person.organization,
          title: person.title,
          tier: lang === 'en' ? (holding.tier.nameEn ?? holding.tier.name) : holding.tier.name,
          tierColor: holding.tier.color,
          qr: ticketCode ? this.codes.pageUrl(ticketCode, lang) : null,
          code: person.code,
        };
      }),
    );
    return renderBadges({ format: query.format ?? 'card', event: lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh, badges, lang });
  }

  /** Table name cards (座签) of the same choice of people. */
  async nameCards(editionId: number, query: BadgeQuery, lang: 'zh' | 'en'): Promise<Buffer> {
    const { edition, people } = await this.pick(editionId, query);
    const cards = people.map(({ person }) => ({ name: person.name, organization: person.organization, title: person.title }));
    return renderNameCards({ cards, event: lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh, lang });
  }

  private async pick(editionId: number, query: BadgeQuery) {
    const edition = await this.editions.require(editionId);
    const who = query.who ?? 'registrations';
    const wanted = query.codes ? new Set(query.codes.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean)) : null;
    type Person = { name: string; organization: string | null; title: string | null; code: string };
    let people: { person: Person; holding: Holding; registrationId: number | null; guestId?: number }[] = [];
    if (who !== 'guests') {
      let registrations = (await this.registrations.ofEdition(editionId)).filter((r) => r.status === 'confirmed' && !r.anonymizedAt);
      if (wanted) registrations = registrations.filter((r) => wanted.has(r.code));
      if (query.sessionId !== undefined) {
        const seated = new Set((await this.seats.seatsIn([query.sessionId])).filter((s) => s.status === 'confirmed').map((s) => s.registrationId));
        registrations = registrations.filter((r) => seated.has(r.id));
      }
      const holdings = await this.holdings(editionId, registrations.map((r) => r.id));
      people = registrations.map((registration) => ({ person: registration, holding: holdings.get(registration.id)!, registrationId: registration.id }));
    }
    if (who !== 'registrations' && query.sessionId === undefined) {
      const guests = (await this.guests.ofEdition(editionId)).filter((g) => g.reply !== 'declined' && (!wanted || wanted.has(g.code)));
      const holdings = await this.guestHoldings(editionId, guests);
      people.push(...guests.map((guest) => ({ person: guest, holding: holdings.get(guest.id)!, registrationId: null, guestId: guest.id })));
    }
    if (query.tierId !== undefined) people = people.filter((p) => p.holding.tier.id === query.tierId);
    if (!people.length) throw new NotFoundException({ message: CREDENTIAL_MESSAGES.nothingToPrint() });
    return { edition, people };
  }

  /** What a guest holds (the tier of the guest's category) and the signed code the guest's badge and ticket page carry. */
  async guestCredential(guestId: number): Promise<GuestCredentialDto> {
    const guest = await this.requireGuest(guestId);
    const holding = await this.guestHolding(guest);
    const ticketCode = await this.codes.issueGuest({ editionId: guest.editionId, guestId: guest.id, generation: holding.generation });
    return { code: guest.code, name: guest.name, tier: TierDto.from(holding.tier), generation: holding.generation, ticketCode, ticketUrl: this.codes.pageUrl(ticketCode) };
  }

  /** A new printing of a guest's badge: the code on the lost badge stops admitting at every gate (and in snapshots taken after). */
  async reprintGuest(guestId: number, actor: AuthenticatedAccount): Promise<GuestCredentialDto> {
    const guest = await this.requireGuest(guestId);
    await this.transactions.run(async (tx) => {
      const generation = await this.store.nextGuestGeneration(guest.id, tx);
      await this.audit.record(tx, actor, { action: 'reprint_badge', entityType: 'guest', entityId: guest.id, editionId: guest.editionId, after: { generation } });
    });
    return this.guestCredential(guestId);
  }

  /**
   * The guest a genuine guest's code names, with what the guest holds; null for anything else
   * (anonymised, another edition's code). `current` is false for a code printed before a reprint.
   */
  async guestOfCode(code: string): Promise<{ guest: Guest; holding: Holding; invited: number[]; current: boolean } | null> {
    const claims = await this.codes.verifyGuest(code);
    if (!claims) return null;
    const guest = await this.guests.findById(claims.guestId);
    if (!guest || guest.anonymizedAt || guest.editionId !== claims.editionId) return null;
    const invited = (await this.guests.invitationsOf([guest.id])).get(guest.id) ?? [];
    const holding = await this.guestHolding(guest);
    return { guest, holding, invited, current: claims.generation >= holding.generation };
  }

  /** A guest's credential: the tier named for the guest's category (嘉宾证, 媒体证, 工作证), else the default; the valid printing. */
  async guestHolding(guest: Pick<Guest, 'id' | 'editionId' | 'category'>): Promise<Holding> {
    const generations = await this.store.guestGenerations([guest.id]);
    return guestHolding(guest, await this.tiers(guest.editionId), generations.get(guest.id));
  }

  /** What each of one edition's guests holds (two queries whatever their number). */
  async guestHoldings(editionId: number, guests: Pick<Guest, 'id' | 'category'>[]): Promise<Map<number, Holding>> {
    const tiers = await this.tiers(editionId);
    const generations = await this.store.guestGenerations(guests.map((g) => g.id));
    return new Map(guests.map((guest) => [guest.id, guestHolding(guest, tiers, generations.get(guest.id))]));
  }

  private async requireGuest(guestId: number): Promise<Guest> {
    const guest = await this.guests.findById(guestId);
    if (!guest || guest.anonymizedAt) throw new NotFoundException({ message: CREDENTIAL_MESSAGES.guestNotFound({ id: guestId }) });
    return guest;
  }

  private async describe(registration: Registration, holding: Holding): Promise<CredentialDto> {
    const ticketCode = await this.codes.issue({ editionId: registration.editionId, registrationId: registration.id, generation: holding.generation });
    return { code: registration.code, tier: TierDto.from(holding.tier), generation: holding.generation, ticketCode, ticketUrl: this.codes.pageUrl(ticketCode) };
  }

  private async requireRegistration(code: string): Promise<Registration> {
    const registration = await this.registrations.byCode(code.toUpperCase());
    if (!registration || registration.anonymizedAt) throw new NotFoundException({ message: CREDENTIAL_MESSAGES.registrationNotFound({ code: code.slice(0, 20) }) });
    return registration;
  }

  private async requireTier(id: number): Promise<CredentialTier> {
    const tier = await this.store.tier(id);
    if (!tier) throw new NotFoundException({ message: CREDENTIAL_MESSAGES.tierNotFound({ id }) });
    return tier;
  }

  private async checkSessions(editionId: number, sessionIds: number[] | null | undefined): Promise<void> {
    if (!sessionIds?.length) return;
    const found = new Map((await this.sessions.findMany(sessionIds)).map((s) => [s.id, s]));
    const stray = sessionIds.find((id) => found.get(id)?.editionId !== editionId);
    if (stray !== undefined) throw new UnprocessableEntityException({ message: CREDENTIAL_MESSAGES.sessionNotInEdition({ id: stray }), errors: { sessionIds: CREDENTIAL_MESSAGES.sessionNotInEdition({ id: stray }) } });
  }
}

/** Guests hold no tier of their own: their category names it (the door's read joins by the same rule). */
export function guestHolding(guest: Pick<Guest, 'category'>, tiers: CredentialTier[], generation = 1): Holding {
  const fallback = tiers.find((tier) => tier.isDefault) ?? tiers[0];
  return { tier: tiers.find((tier) => tier.name === GUEST_CATEGORY_TIERS[guest.category]) ?? fallback, generation };
}
