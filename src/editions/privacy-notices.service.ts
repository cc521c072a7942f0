import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { seesEdition } from '../teams/permissions';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import type { IdOrSlug } from '../common/pipes/id-or-slug.pipe';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions } from '../database/transactions';
import { PrivacyNoticeDto, SetPrivacyNoticeRequest } from './dto/privacy-notice.dto';
import { EditionStore } from './edition.store';
import type { Edition } from './entities/edition.entity';
import { DEFAULT_PRIVACY_NOTICE_VERSION, privacyNoticeOf } from './privacy-notice';
import { EDITION_MESSAGES, editionNotFound } from './edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';

/** Reading an edition's privacy notice (public, like the edition) and setting it (organizers, audited). */
@Injectable()
export class PrivacyNoticesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: EditionStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async current(key: IdOrSlug, viewer?: AuthenticatedAccount): Promise<PrivacyNoticeDto> {
    const edition = await this.store.requireByIdOrSlug(key);
    if (edition.status === 'draft' && !seesEdition(viewer?.grants, edition)) throw new NotFoundException({ message: editionNotFound(key) });
    return this.dto(edition);
  }

  /**
   * New words need a new version: consent given to a version must keep meaning those words.
   * Setting the same version and words again changes nothing (and records nothing).
   */
  async set(id: number, request: SetPrivacyNoticeRequest, actor: AuthenticatedAccount): Promise<PrivacyNoticeDto> {
    if (request.version.toLowerCase().startsWith('default')) {
      const refusal = EDITION_MESSAGES.defaultNoticeVersion({ version: DEFAULT_PRIVACY_NOTICE_VERSION });
      throw new BadRequestException({ message: fieldsRefused({ version: refusal }), errors: { version: refusal } });
    }
    const edition = await this.transactions.run(async (tx) => {
      const edition = await this.store.lock(id, tx);
      const before = privacyNoticeOf(edition);
      const textEn = request.textEn ?? null;
      if (!before.isDefault && before.version === request.version) {
        if (before.textZh === request.text && before.textEn === textEn) return edition;
        throw new ConflictException({
          message: EDITION_MESSAGES.noticeVersionConsented({ version: request.version }),
          errors: { version: EDITION_MESSAGES.noticeVersionMustChange() },
        });
      }
      const changed = { ...edition, privacyNoticeVersion: request.version, privacyNoticeZh: request.text, privacyNoticeEn: textEn, privacyNoticeUpdatedAt: new Date() };
      await this.store.save(changed, tx);
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: 'edition',
        entityId: id,
        editionId: id,
        before: { privacyNotice: before },
        after: { privacyNotice: privacyNoticeOf(changed) },
      });
      return changed;
    });
    return this.dto(edition);
  }

  private dto(edition: Edition): PrivacyNoticeDto {
    return PrivacyNoticeDto.from(privacyNoticeOf(edition), new URL(`/e/${edition.slug}/privacy`, this.config.publicBaseUrl).href);
  }
}
