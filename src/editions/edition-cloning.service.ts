import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { BrandStore } from '../brands/brand.store';
import { isRealDate } from '../common/zoned-input';
import { Transactions } from '../database/transactions';
import { RoomStore } from '../rooms/room.store';
import { seatLimit } from '../sessions/seat-limit';
import { SessionStore } from '../sessions/session.store';
import { EditionDetailDto } from './dto/edition.dto';
import { CloneEditionRequest } from './dto/edition-write.dto';
import { EditionStore } from './edition.store';
import { EditionsService } from './editions.service';
import { EDITION_MESSAGES } from './edition-messages';
import { fieldsRefused } from '../common/i18n/field-labels';

/**
 * Next year's edition from this one: a draft with the same organizations in their roles, the
 * same rooms and the same session outline, every day moved by the same number of days and every
 * session kept at its local wall-clock time. Themes, speakers and registrations are the new
 * edition's own business and are not copied.
 */
@Injectable()
export class EditionCloningService {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: EditionStore,
    private readonly brands: BrandStore,
    private readonly rooms: RoomStore,
    private readonly sessions: SessionStore,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async clone(sourceId: number, request: CloneEditionRequest, actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    if (!isRealDate(request.startDate)) {
      throw new BadRequestException({ message: fieldsRefused({ startDate: EDITION_MESSAGES.notCalendarDate({ value: request.startDate }) }), errors: { startDate: EDITION_MESSAGES.notCalendarDate({ value: request.startDate }) } });
    }
    const id = await this.transactions.run(async (tx) => {
      const source = await this.store.require(sourceId, tx);
      const brand = await this.brands.ofEdition(source, tx);
      const slug = `${brand.slug}-${request.year}`;
      if (await this.store.slugTaken(slug, tx)) {
        throw new ConflictException({ message: EDITION_MESSAGES.exists({ slug }), errors: { year: EDITION_MESSAGES.yearTaken({ brand: brand.slug, year: request.year }) } });
      }
      // A source whose dates are still to be announced has no timed session to move: the copy is one day long.
      const shiftDays = source.startDate === null ? 0 : Math.round(DateTime.fromISO(request.startDate).diff(DateTime.fromISO(source.startDate), 'days').days);
      const shiftDate = (date: string) => DateTime.fromISO(date).plus({ days: shiftDays }).toISODate()!;
      const shiftInstant = (instant: Date) =>
        DateTime.fromJSDate(instant, { zone: source.timeZone }).plus({ days: shiftDays }).toUTC().toJSDate();

      const edition = await this.store.save(
        {
          slug,
          brandId: source.brandId,
          year: request.year,
          ordinal: source.ordinal === null ? null : source.ordinal + (request.year - source.year),
          titleZh: source.titleZh.split(String(source.year)).join(String(request.year)),
          titleEn: source.titleEn?.split(String(source.year)).join(String(request.year)) ?? null,
          themeZh: null,
          themeEn: null,
          descriptionZh: null,
          startDate: request.startDate,
          endDate: source.endDate === null ? request.startDate : shiftDate(source.endDate),
          provinceZh: source.provinceZh,
          timeZone: source.timeZone,
          cityZh: source.cityZh,
          cityEn: source.cityEn,
          venueZh: source.venueZh,
          venueEn: source.venueEn,
          status: 'draft',
          source: null,
        },
        tx,
      );

      const roles = await this.store.copyRoles(source.id, edition.id, tx);
      const roomIds = await this.rooms.copyRooms(source.id, edition.id, tx);
      const sessions = await this.sessions.scheduledOfEdition(source.id, tx);
      for (const s of sessions) {
        const copyId = await this.sessions.create(tx, {
          editionId: edition.id,
          kind: s.kind,
          titleZh: s.titleZh,
          titleEn: s.titleEn,
          themeZh: s.themeZh,
          themeEn: s.themeEn,
          descriptionZh: s.descriptionZh,
          descriptionEn: s.descriptionEn,
          startsAt: s.startsAt ? shiftInstant(s.startsAt) : null,
          endsAt: s.endsAt ? shiftInstant(s.endsAt) : null,
          day: s.day ? shiftDate(s.day) : null,
          roomId: s.roomId === null ? null : (roomIds.get(s.roomId) ?? null),
          capacity: s.capacity,
          status: 'scheduled',
        }, seatLimit(s.capacity, s.roomId === null ? null : await this.rooms.findById(s.roomId, tx)));
        await this.sessions.copyRoles(s.id, copyId, tx);
      }
      await this.audit.record(tx, actor, {
        action: 'clone',
        entityType: 'edition',
        entityId: edition.id,
        editionId: edition.id,
        after: { from: source.slug, slug, shiftDays, roles, rooms: roomIds.size, sessions: sessions.length },
      });
      return edition.id;
    });
    return this.editions.findOne({ id }, actor);
  }
}
