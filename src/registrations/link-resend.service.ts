import { Inject, Injectable, Logger, NotFoundException, OnApplicationShutdown } from '@nestjs/common';
import type { Language } from '../common/i18n/language';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions, type Tx } from '../database/transactions';
import type { Edition } from '../editions/edition.store';
import type { Registration } from './entities/registration.entity';
import { OutboxStore } from '../notifications/outbox.store';
import { PublishedProgram } from '../releases/published-program';
import { RegistrationAccess } from './registration-access';
import { registrationLinksMessage } from './registration-messages';
import { RegistrationStore } from './registration.store';
import { LinkResendThrottle } from './link-resend-throttle';
import { EDITION_MESSAGES, editionNotFound } from '../editions/edition-messages';

/** Where a person asks to be reached: an e-mail address now; a phone number once messages go by SMS. */
export interface ContactAddress {
  channel: 'email';
  address: string;
}

/** The one answer to every accepted request, known address or not. */
export const RESEND_ACCEPTED: Record<Language, string> = {
  zh: '如果该邮箱报名了本届大会，我们已将报名链接发送到该邮箱，请查收（也请看看垃圾邮件）。',
  en: 'If this address is registered for this edition, its registration link is on its way there (check the spam folder too).',
};

/**
 * "Resend my link": an attendee who lost the confirmation gets their personal links again, at the
 * address they registered with and nowhere else. The answer is the same whether the address is
 * registered or not, and leaves before the address is even looked up (the lookup and the outbox
 * write run after it), so neither its words, its status nor its timing say who is registered.
 */
@Injectable()
export class LinkResendService implements OnApplicationShutdown {
  private readonly logger = new Logger('LinkResend');
  private readonly throttle = new LinkResendThrottle();
  /** Sends not finished yet: shutting down waits for them, so an accepted request is not lost to a clean stop. */
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly transactions: Transactions,
    private readonly registrations: RegistrationStore,
    private readonly published: PublishedProgram,
    private readonly access: RegistrationAccess,
    private readonly outbox: OutboxStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 404 for an edition that is not public; 429 when asked too often (see LinkResendThrottle); else the one answer. */
  async request(key: IdOrSlug, contact: ContactAddress, client: string, language: Language): Promise<{ message: string }> {
    const { edition } = await this.published.forEdition(key);
    if (!edition) throw new NotFoundException({ message: 'id' in key ? EDITION_MESSAGES.notPublic({ id: key.id }) : editionNotFound(key) });
    this.throttle.admit(`${contact.channel}:${contact.address}`, client);
    const requestedAt = new Date();
    const sending: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.send(edition, contact, language, requestedAt))
      .catch((error: unknown) => this.logger.error(`resending links of edition ${edition.id} failed: ${(error as Error)?.stack ?? String(error)}`))
      .finally(() => this.sending.delete(sending));
    this.sending.add(sending);
    return { message: RESEND_ACCEPTED[language] };
  }

  /**
   * An organizer at the desk sends one registration's links again: to the address it was made
   * with and nowhere else, in the caller's transaction (with its audit entry).
   */
  async sendToOwner(registration: Registration, edition: Edition, tx: Tx): Promise<void> {
    await this.outbox.enqueue(tx, registrationLinksMessage([{ registration, manageUrl: await this.manageUrl(registration) }], edition, 'zh', new Date()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.sending]);
  }

  private async send(edition: Edition, contact: ContactAddress, language: Language, requestedAt: Date): Promise<void> {
    const found = await this.registrations.ofEmail(edition.id, contact.address);
    if (found.length === 0) return;
    const links = await Promise.all(found.map(async (registration) => ({ registration, manageUrl: await this.manageUrl(registration) })));
    await this.transactions.run((tx) => this.outbox.enqueue(tx, registrationLinksMessage(links, edition, language, requestedAt)));
  }

  private async manageUrl(registration: Registration): Promise<string> {
    // Still unconfirmed (editions that confirm by e-mail): the link that confirms it, in time.
    const url = new URL(registration.status === 'unconfirmed' ? `/r/${registration.code}/confirm` : `/r/${registration.code}`, this.config.publicBaseUrl);
    url.searchParams.set('token', await this.access.tokenFor(registration));
    return url.href;
  }
}
