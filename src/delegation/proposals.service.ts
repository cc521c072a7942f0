import { ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { AppConfig } from '../config/app-config';
import { checkGuest, type GuestFields } from '../guests/guest-fields';
import { GuestStore } from '../guests/guest.store';
import { GuestsService } from '../guests/guests.service';
import { APP_CONFIG } from '../config/config.module';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';
import { SpeakerStore } from '../speakers/speaker.store';
import { DelegationStore } from './delegation.store';
import type { ProposalWithNames, SessionProposal } from './delegation.store';
import { DELEGATION_MESSAGES } from './delegation-messages';
import { ProposalDto, ProposeDescriptionRequest, ProposeGuestRequest, ProposeSpeakerRequest } from './dto/proposal.dto';
import type { DescriptionProposalContent, GuestProposalContent, ProposalContent, ProposalKind, SpeakerProposalContent } from './proposal-kind';
import { readSpeakerPhoto, storeSpeakerPhoto } from './speaker-photos';

/** Enough for a sub-forum's whole line-up at once; not enough to flood the organizers' queue. */
const PENDING_PER_SESSION = 40;

/**
 * Proposals for delegated sub-forums: the hosting body proposes, an organizer accepts (the change
 * is applied to the draft, in the same transaction as the decision and its audit entry) or sends
 * it back with a comment. Nothing reaches the public before the next release.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly delegations: DelegationStore,
    private readonly sessions: SessionStore,
    private readonly speakers: SpeakerStore,
    private readonly editions: EditionStore,
    private readonly audit: AuditService,
    private readonly guests: GuestsService,
    private readonly guestStore: GuestStore,
  ) {}

  // — the hosting body's side; every lookup names its organization

  proposeSpeaker(organizationId: number, sessionId: number, request: ProposeSpeakerRequest, photo: Buffer | null, actor: AuthenticatedAccount): Promise<ProposalDto> {
    const content: SpeakerProposalContent = { name: request.name, nameEn: request.nameEn ?? null, title: request.title ?? null, affiliation: request.affiliation ?? null, bio: request.bio ?? null };
    return this.propose(organizationId, sessionId, 'speaker', content, photo, actor);
  }

  proposeDescription(organizationId: number, sessionId: number, request: ProposeDescriptionRequest, actor: AuthenticatedAccount): Promise<ProposalDto> {
    return this.propose(organizationId, sessionId, 'description', { description: request.description, descriptionEn: request.descriptionEn ?? null }, null, actor);
  }

  /**
   * An invited guest: checked now by the guest list's own rules (a phone or an e-mail, well
   * formed), so the host hears at once what is wrong; added to the guest list when accepted.
   */
  async proposeGuest(organizationId: number, sessionId: number, request: ProposeGuestRequest, actor: AuthenticatedAccount): Promise<ProposalDto> {
    if (!(await this.isDelegatedTo(organizationId, sessionId))) throw new NotFoundException({ message: DELEGATION_MESSAGES.noDelegatedSession({ id: sessionId }) });
    const content: GuestProposalContent = { name: request.name, organization: request.organization ?? null, title: request.title ?? null, phone: request.phone ?? null, email: request.email ?? null };
    await this.guestFields((await this.sessions.require(sessionId)).editionId, sessionId, content);
    return this.propose(organizationId, sessionId, 'guest', content, null, actor);
  }

  /** Whether the organization may propose for the session: it hosts it and an organizer delegated it. */
  async isDelegatedTo(organizationId: number, sessionId: number): Promise<boolean> {
    return (await this.delegations.isDelegated(sessionId, organizationId)) && (await this.sessions.organizationHosts(sessionId, organizationId));
  }

  async delegatedAmong(organizationId: number, sessionIds: number[]): Promise<Set<number>> {
    return this.delegations.delegatedTo(organizationId, sessionIds);
  }

  async ownProposals(organizationId: number, sessionId?: number): Promise<ProposalDto[]> {
    return (await this.delegations.ofOrganization(organizationId, sessionId)).map((p) => this.dto(p));
  }

  async ownProposal(organizationId: number, id: number): Promise<ProposalDto> {
    return this.dto(await this.requireOwn(organizationId, id));
  }

  async ownPhoto(organizationId: number, id: number): Promise<{ body: Buffer; type: string }> {
    return this.photoOf(await this.requireOwn(organizationId, id));
  }

  // — the organizers' side

  async queue(editionIds: number[] | null): Promise<ProposalDto[]> {
    return (await this.delegations.queue(editionIds)).map((p) => this.dto(p));
  }

  async photo(id: number): Promise<{ body: Buffer; type: string }> {
    return this.photoOf(await this.require(id));
  }

  async proposal(id: number): Promise<ProposalDto> {
    return this.dto(await this.require(id));
  }

  /** Applies the proposal to the draft (a new speaker on the session, or its description) and records both. */
  async accept(id: number, actor: AuthenticatedAccount): Promise<ProposalDto> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.requirePending(id, tx);
      const edition = await this.editions.lock(proposal.editionId, tx);
      let speakerId: number | null = null;
      if (proposal.kind === 'speaker') speakerId = await this.applySpeaker(tx, proposal, edition.id, actor);
      else if (proposal.kind === 'guest') await this.applyGuest(tx, proposal, edition.id, actor);
      else await this.applyDescription(tx, proposal, edition.id, actor);
      if (!(await this.delegations.decide(id, 'accepted', { comment: null, reviewedById: actor.id, speakerId }, tx))) this.alreadyDecided();
      await this.audit.record(tx, actor, { action: 'accept', entityType: 'session_proposal', entityId: id, editionId: proposal.editionId, before: { status: 'pending' }, after: { status: 'accepted', speakerId } });
    });
    return this.proposal(id);
  }

  async sendBack(id: number, comment: string, actor: AuthenticatedAccount): Promise<ProposalDto> {
    await this.transactions.run(async (tx) => {
      const proposal = await this.requirePending(id, tx);
      if (!(await this.delegations.decide(id, 'returned', { comment, reviewedById: actor.id }, tx))) this.alreadyDecided();
      await this.audit.record(tx, actor, { action: 'send_back', entityType: 'session_proposal', entityId: id, editionId: proposal.editionId, before: { status: 'pending' }, after: { status: 'returned', comment } });
    });
    return this.proposal(id);
  }

  private async propose(organizationId: number, sessionId: number, kind: ProposalKind, content: ProposalContent, photo: Buffer | null, actor: AuthenticatedAccount): Promise<ProposalDto> {
    if (!(await this.isDelegatedTo(organizationId, sessionId))) throw new NotFoundException({ message: DELEGATION_MESSAGES.noDelegatedSession({ id: sessionId }) });
    const photoFile = photo ? await storeSpeakerPhoto(this.config.uploadDir, photo) : null;
    const id = await this.transactions.run(async (tx) => {
      const session = await this.sessions.require(sessionId, tx);
      if ((await this.delegations.countPending(sessionId, organizationId, tx)) >= PENDING_PER_SESSION) {
        throw new ConflictException({ message: DELEGATION_MESSAGES.tooManyPending({ max: PENDING_PER_SESSION }), errors: { sessionId: DELEGATION_MESSAGES.tooManyPendingField() } });
      }
      const proposal = await this.delegations.insertProposal({ sessionId, organizationId, editionId: session.editionId, kind, content, photoFile, proposedById: actor.id }, tx);
      await this.audit.record(tx, actor, { action: 'propose', entityType: 'session_proposal', entityId: proposal.id, editionId: session.editionId, after: { sessionId, organizationId, kind, content, photo: photoFile !== null } });
      return proposal.id;
    });
    return this.ownProposal(organizationId, id);
  }

  private async applySpeaker(tx: Tx, proposal: SessionProposal, editionId: number, actor: AuthenticatedAccount): Promise<number> {
    const c = proposal.content as SpeakerProposalContent;
    const speaker = await this.speakers.save({ nameZh: c.name, nameEn: c.nameEn ?? null, titleZh: c.title ?? null, affiliationZh: c.affiliation ?? null, bioZh: c.bio ?? null, organizationId: null }, tx);
    const appearance = { sessionId: proposal.sessionId, speakerId: speaker.id, role: 'speaker' as const, displayOrder: (await this.speakers.countOnSession(proposal.sessionId, tx)) + 1 };
    await this.speakers.addAppearance(appearance, tx);
    await this.audit.record(tx, actor, { action: 'create', entityType: 'speaker', entityId: speaker.id, after: { ...c, fromProposal: proposal.id } });
    await this.audit.record(tx, actor, { action: 'create', entityType: 'session_speaker', entityId: proposal.sessionId, editionId, after: appearance });
    return speaker.id;
  }

  /** The guest joins the edition's guest list invited to the session; one already on it (same phone or e-mail) is invited to it too. */
  private async applyGuest(tx: Tx, proposal: SessionProposal, editionId: number, actor: AuthenticatedAccount): Promise<void> {
    const fields = await this.guestFields(editionId, proposal.sessionId, proposal.content as GuestProposalContent, tx);
    const [existing] = await this.guestStore.matching(editionId, fields.phone ? [fields.phone] : [], fields.email ? [fields.email] : [], tx);
    if (existing) {
      const invited = (await this.guestStore.invitationsOf([existing.id], tx)).get(existing.id) ?? [];
      await this.guestStore.setInvitations(existing.id, [...new Set([...invited, proposal.sessionId])], tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'guest', entityId: existing.id, editionId, before: { sessionIds: invited }, after: { sessionIds: [...new Set([...invited, proposal.sessionId])], fromProposal: proposal.id } });
      return;
    }
    const guest = await this.guests.insert(editionId, fields, tx);
    await this.audit.record(tx, actor, { action: 'create', entityType: 'guest', entityId: guest.id, editionId, after: { ...(await this.guests.dto(guest, tx)), fromProposal: proposal.id } });
  }

  private async guestFields(editionId: number, sessionId: number, content: GuestProposalContent, tx?: Tx): Promise<GuestFields> {
    const checked = checkGuest({ ...content, sessionIds: [sessionId] }, await this.guests.context(editionId, tx));
    if (checked.errors) throw new UnprocessableEntityException({ message: DELEGATION_MESSAGES.guestRefused(), errors: checked.errors });
    return checked.fields;
  }

  private async applyDescription(tx: Tx, proposal: SessionProposal, editionId: number, actor: AuthenticatedAccount): Promise<void> {
    const c = proposal.content as DescriptionProposalContent;
    const session = await this.sessions.require(proposal.sessionId, tx);
    const before = { description: session.descriptionZh, descriptionEn: session.descriptionEn };
    session.descriptionZh = c.description;
    if (c.descriptionEn) session.descriptionEn = c.descriptionEn;
    await this.sessions.save(tx, session);
    await this.audit.record(tx, actor, { action: 'update', entityType: 'session', entityId: session.id, editionId, before, after: { description: session.descriptionZh, descriptionEn: session.descriptionEn, fromProposal: proposal.id } });
  }

  private async requireOwn(organizationId: number, id: number): Promise<ProposalWithNames> {
    const proposal = await this.delegations.ownProposal(organizationId, id);
    if (!proposal) throw new NotFoundException({ message: DELEGATION_MESSAGES.noProposal({ id }) });
    return proposal;
  }

  private async require(id: number, tx?: Tx): Promise<ProposalWithNames> {
    const proposal = await this.delegations.find(id, tx);
    if (!proposal) throw new NotFoundException({ message: DELEGATION_MESSAGES.noProposal({ id }) });
    return proposal;
  }

  private async requirePending(id: number, tx: Tx): Promise<ProposalWithNames> {
    const proposal = await this.require(id, tx);
    if (proposal.status !== 'pending') this.alreadyDecided();
    return proposal;
  }

  private alreadyDecided(): never {
    throw new ConflictException({ message: DELEGATION_MESSAGES.alreadyDecided(), errors: { status: DELEGATION_MESSAGES.alreadyDecidedField() } });
  }

  private async photoOf(proposal: SessionProposal): Promise<{ body: Buffer; type: string }> {
    if (!proposal.photoFile) throw new NotFoundException({ message: DELEGATION_MESSAGES.noPhoto() });
    return readSpeakerPhoto(this.config.uploadDir, proposal.photoFile);
  }

  private dto(p: ProposalWithNames): ProposalDto {
    const speaker = p.kind === 'speaker' ? (p.content as SpeakerProposalContent) : null;
    const description = p.kind === 'description' ? (p.content as DescriptionProposalContent) : null;
    const guest = p.kind === 'guest' ? (p.content as GuestProposalContent) : null;
    return {
      id: p.id,
      sessionId: p.sessionId,
      sessionTitle: p.session.titleZh,
      editionId: p.editionId,
      organizationId: p.organizationId,
      organization: p.organization.nameZh,
      kind: p.kind,
      speaker: speaker ? { name: speaker.name, nameEn: speaker.nameEn ?? null, title: speaker.title ?? null, affiliation: speaker.affiliation ?? null, bio: speaker.bio ?? null } : null,
      guest: guest ? { name: guest.name, organization: guest.organization ?? null, title: guest.title ?? null, phone: guest.phone ?? null, email: guest.email ?? null } : null,
      description: description?.description ?? null,
      descriptionEn: description?.descriptionEn ?? null,
      hasPhoto: p.photoFile !== null,
      status: p.status,
      reviewComment: p.reviewComment,
      reviewedAt: p.reviewedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
    };
  }
}
