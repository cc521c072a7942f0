import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { IANAZone } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { BrandStore } from '../brands/brand.store';
import { assertUnreferenced } from '../common/references';
import { isRealDate, localDay } from '../common/zoned-input';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Transactions, type Tx } from '../database/transactions';
import { ReleaseStore } from '../releases/release.store';
import { RoomStore } from '../rooms/room.store';
import { SessionStore } from '../sessions/session.store';
import { EditionDetailDto } from './dto/edition.dto';
import { CreateEditionRequest, UpdateEditionRequest } from './dto/edition-write.dto';
import { EditionStore } from './edition.store';
import { EditionsService } from './editions.service';
import type { Edition } from './entities/edition.entity';
import { EDITION_MESSAGES } from './edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';
import { joined, type LocalText } from '../common/i18n/local-text';
import { REFERENCE_MESSAGES } from '../common/i18n/reference-messages';

@Injectable()
export class EditionEditingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: EditionStore,
    private readonly brands: BrandStore,
    private readonly rooms: RoomStore,
    private readonly sessions: SessionStore,
    private readonly releases: ReleaseStore,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(request: CreateEditionRequest, actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    const id = await this.transactions.run(async (tx) => {
      const brand = await this.brands.findBySlug(request.brand, tx);
      if (!brand) throw new BadRequestException({ message: EDITION_MESSAGES.noBrand({ brand: request.brand }), errors: { brand: EDITION_MESSAGES.noBrand({ brand: request.brand }) } });
      const slug = `${brand.slug}-${request.year}`;
      if (await this.store.slugTaken(slug, tx)) {
        throw new ConflictException({ message: EDITION_MESSAGES.exists({ slug }), errors: { year: EDITION_MESSAGES.yearTaken({ brand: brand.slug, year: request.year }) } });
      }
      const edition = {
        slug,
        brandId: brand.id,
        year: request.year,
        status: 'draft',
        timeZone: this.config.defaultTimeZone,
        registrationOpensAt: null,
        registrationClosesAt: null,
        requiresApproval: false,
        registrationConfirmation: 'none',
        confirmationWindowMinutes: 30,
        registrationCapacity: null,
        registeredCount: 0,
      } as Edition;
      this.apply(edition, request);
      await this.store.save(edition, tx);
      await this.audit.record(tx, actor, { action: 'create', entityType: 'edition', entityId: edition.id, editionId: edition.id, after: edition });
      return edition.id;
    });
    return this.editions.findOne({ id }, actor);
  }

  async update(id: number, request: UpdateEditionRequest, actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    await this.transactions.run(async (tx) => {
      const edition = await this.store.lock(id, tx);
      const before = { ...edition };
      this.apply(edition, request);
      await this.assertSessionsInside(tx, edition);
      await this.store.save(edition, tx);
      await this.audit.record(tx, actor, { action: 'update', entityType: 'edition', entityId: id, editionId: id, before, after: edition });
    });
    return this.editions.findOne({ id }, actor);
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.transactions.run(async (tx) => {
      const edition = await this.store.lock(id, tx);
      assertUnreferenced(REFERENCE_MESSAGES.edition({ slug: edition.slug }), [
        { what: 'programReleases', count: await this.releases.countOfEdition(id, tx) },
        { what: 'sessions', count: await this.sessions.countOfEdition(id, tx) },
        { what: 'rooms', count: await this.rooms.countOfEdition(id, tx) },
        { what: 'organizationRoles', count: await this.store.countRoles(id, undefined, tx) },
      ]);
      await this.store.delete(id, tx);
      await this.audit.record(tx, actor, { action: 'delete', entityType: 'edition', entityId: id, editionId: id, before: edition });
    });
  }

  private apply(edition: Edition, request: UpdateEditionRequest): void {
    if (request.ordinal !== undefined) edition.ordinal = request.ordinal;
    if (request.title !== undefined) edition.titleZh = request.title;
    if (request.titleEn !== undefined) edition.titleEn = request.titleEn;
    if (request.theme !== undefined) edition.themeZh = request.theme;
    if (request.themeEn !== undefined) edition.themeEn = request.themeEn;
    if (request.description !== undefined) edition.descriptionZh = request.description;
    if (request.startDate !== undefined) edition.startDate = request.startDate;
    if (request.endDate !== undefined) edition.endDate = request.endDate;
    if (request.timeZone !== undefined) edition.timeZone = request.timeZone;
    if (request.city !== undefined) edition.cityZh = request.city;
    if (request.cityEn !== undefined) edition.cityEn = request.cityEn;
    if (request.province !== undefined) edition.provinceZh = request.province;
    if (request.venue !== undefined) edition.venueZh = request.venue;
    if (request.venueEn !== undefined) edition.venueEn = request.venueEn;
    if (request.status !== undefined) edition.status = request.status;
    if (request.registrationOpensAt !== undefined) edition.registrationOpensAt = request.registrationOpensAt === null ? null : new Date(request.registrationOpensAt);
    if (request.registrationClosesAt !== undefined) edition.registrationClosesAt = request.registrationClosesAt === null ? null : new Date(request.registrationClosesAt);
    if (request.requiresApproval !== undefined) edition.requiresApproval = request.requiresApproval;
    if (request.registrationCapacity !== undefined) edition.registrationCapacity = request.registrationCapacity;
    if (request.registrationConfirmation !== undefined) edition.registrationConfirmation = request.registrationConfirmation;
    if (request.confirmationWindowMinutes !== undefined) edition.confirmationWindowMinutes = request.confirmationWindowMinutes;
    const errors: Record<string, LocalText> = {};
    if (edition.registrationOpensAt && edition.registrationClosesAt && edition.registrationClosesAt <= edition.registrationOpensAt) {
      errors.registrationClosesAt = EDITION_MESSAGES.closesBeforeOpens();
    }
    if (edition.registrationCapacity !== null && edition.registrationCapacity !== undefined && edition.registrationCapacity < (edition.registeredCount ?? 0)) {
      errors.registrationCapacity = EDITION_MESSAGES.placesHeld({ count: edition.registeredCount });
    }
    if (edition.startDate === null || edition.endDate === null) {
      // Dates to be announced: both unknown, never one of them.
      if (edition.startDate !== null) errors.endDate = EDITION_MESSAGES.bothDatesOrNeither();
      if (edition.endDate !== null) errors.startDate = EDITION_MESSAGES.bothDatesOrNeither();
    } else {
      if (!isRealDate(edition.startDate)) errors.startDate = EDITION_MESSAGES.notCalendarDate({ value: edition.startDate });
      if (!isRealDate(edition.endDate)) errors.endDate = EDITION_MESSAGES.notCalendarDate({ value: edition.endDate });
      else if (edition.endDate < edition.startDate) errors.endDate = EDITION_MESSAGES.endBeforeStart();
    }
    if (!IANAZone.isValidZone(edition.timeZone)) errors.timeZone = EDITION_MESSAGES.notTimeZone({ value: edition.timeZone });
    if (Object.keys(errors).length > 0) throw new BadRequestException({ message: fieldsRefused(errors), errors });
  }

  /** New dates or a new zone may not leave scheduled sessions outside the edition's days. */
  private async assertSessionsInside(tx: Tx, edition: Edition): Promise<void> {
    const sessions = await this.sessions.ofEdition(edition.id, tx);
    const { startDate, endDate } = edition;
    const outside = sessions.filter((s) => {
      if (!s.startsAt || !s.endsAt || s.status !== 'scheduled') return false;
      // Dates taken back to "to be announced" leave every timed session outside them.
      if (startDate === null || endDate === null) return true;
      const first = localDay(s.startsAt, edition.timeZone);
      const last = localDay(new Date(s.endsAt.getTime() - 1), edition.timeZone);
      return first < startDate || last > endDate;
    });
    if (outside.length > 0) {
      throw new ConflictException({
        message: EDITION_MESSAGES.sessionsOutside({
          startDate: edition.startDate ?? EDITION_MESSAGES.datesToBeAnnounced(),
          endDate: edition.endDate ?? EDITION_MESSAGES.datesToBeAnnounced(),
          sessions: joined(outside.slice(0, 5).map((s) => EDITION_MESSAGES.sessionRef({ title: s.titleZh, id: s.id })), { zh: '、', en: ', ' }),
        }),
        errors: { startDate: EDITION_MESSAGES.sessionsOutsideField(), endDate: EDITION_MESSAGES.sessionsOutsideField() },
      });
    }
  }
}
