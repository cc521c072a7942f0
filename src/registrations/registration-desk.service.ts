import { ConflictException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuditEntryDto } from '../audit/dto/audit-entry.dto';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Transactions } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { OutboxStore } from '../notifications/outbox.store';
import { SeatStore } from '../seats/seat.store';
import { RegistrationDecisionOutcomeDto } from './dto/registration-desk.dto';
import type { RegistrationDto } from './dto/registration.dto';
import type { Registration } from './entities/registration.entity';
import { LinkResendService } from './link-resend.service';
import { RegistrationAdminService } from './registration-admin.service';
import { REGISTRATION_DESK_MESSAGES } from './registration-desk-messages';
import { organizerCancellationMessage } from './registration-messages';
import { REGISTRATION_REFUSALS } from './registration-refusals';
import { RegistrationStore } from './registration.store';
import { RegistrationsService } from './registrations.service';
import type { LocalText } from '../common/i18n/local-text';

/**
 * What the registrations desk does besides RegistrationAdminService's single decisions: many
 * decisions at once, a cancellation with the reason told to the attendee, the links sent again
 * to the attendee's own address, and a registration's history from the audit trail.
 */
@Injectable()
export class RegistrationDeskService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: RegistrationStore,
    private readonly registrations: RegistrationsService,
    private readonly admin: RegistrationAdminService,
    private readonly editions: EditionStore,
    private readonly seats: SeatStore,
    private readonly outbox: OutboxStore,
    private readonly linkResend: LinkResendService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Approves or rejects each pending registration on its own, in the order given: one refused
   * (decided meanwhile, not pending, another edition's) says why and stops none of the others.
   */
  async decideMany(editionId: number, codes: string[], approve: boolean, actor: AuthenticatedAccount): Promise<RegistrationDecisionOutcomeDto[]> {
    await this.editions.require(editionId);
    const outcomes: RegistrationDecisionOutcomeDto[] = [];
    for (const code of [...new Set(codes)]) {
      try {
        await this.inEdition(code, editionId);
        const decided = await this.admin.decide(code, approve, actor);
        outcomes.push({ code, ok: true, status: decided.status, error: null });
      } catch (error) {
        if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
        const message = (error.getResponse() as { message?: LocalText | string }).message ?? error.message;
        outcomes.push({ code, ok: false, status: null, error: message });
      }
    }
    return outcomes;
  }

  /** The organizers end a registration, saying why: every seat goes back (the waitlist moves up) and the attendee is told the reason. */
  async cancel(code: string, reason: string, actor: AuthenticatedAccount): Promise<RegistrationDto> {
    const registration = await this.byCode(code);
    if (registration.status === 'cancelled' || registration.status === 'rejected') {
      throw new ConflictException({ message: REGISTRATION_DESK_MESSAGES.alreadyEnded({ code, status: registration.status }), errors: { code: REGISTRATION_DESK_MESSAGES.alreadyEndedField() } });
    }
    const edition = await this.editions.require(registration.editionId);
    const view = await this.registrations.cancelRegistration(registration, 'cancelled');
    await this.transactions.run(async (tx) => {
      await this.outbox.enqueue(tx, organizerCancellationMessage(registration, edition, reason));
      await this.audit.record(tx, actor, { action: 'cancel', entityType: 'registration', entityId: registration.id, editionId: edition.id, before: { code, status: registration.status }, after: { code, status: 'cancelled', reason } });
    });
    return view;
  }

  /** The registration's own links, mailed again to its own address (never another). */
  async resendLink(code: string, actor: AuthenticatedAccount): Promise<void> {
    const registration = await this.byCode(code);
    if (registration.anonymizedAt) throw new ConflictException({ message: REGISTRATION_DESK_MESSAGES.anonymized({ code }), errors: { code: REGISTRATION_DESK_MESSAGES.anonymized({ code }) } });
    const edition = await this.editions.require(registration.editionId);
    await this.transactions.run(async (tx) => {
      await this.linkResend.sendToOwner(registration, edition, tx);
      await this.audit.record(tx, actor, { action: 'resend_link', entityType: 'registration', entityId: registration.id, editionId: edition.id, after: { code } });
    });
  }

  /** Every audit entry about the registration and its seats, oldest first. */
  async history(code: string): Promise<AuditEntryDto[]> {
    const registration = await this.byCode(code);
    const seats = await this.seats.seatsOf([registration.id]);
    return this.audit.historyOf([
      { entityType: 'registration', ids: [registration.id] },
      { entityType: 'session_seat', ids: seats.map((s) => s.id) },
    ]);
  }

  private async inEdition(code: string, editionId: number): Promise<Registration> {
    const registration = await this.store.byCode(code);
    if (!registration || registration.editionId !== editionId) throw new NotFoundException({ message: REGISTRATION_DESK_MESSAGES.notInEdition({ code: code.slice(0, 20) }) });
    return registration;
  }

  private async byCode(code: string): Promise<Registration> {
    const registration = await this.store.byCode(code);
    if (!registration) throw new NotFoundException({ message: REGISTRATION_REFUSALS.notFound({ code: code.slice(0, 20) }) });
    return registration;
  }
}
