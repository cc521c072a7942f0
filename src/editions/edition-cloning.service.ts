import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { Brand } from '../brands/entities/brand.entity';
import { isRealDate } from '../common/zoned-input';
import { Room } from '../rooms/entities/room.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { Session } from '../sessions/entities/session.entity';
import { EditionDetailDto } from './dto/edition.dto';
import { CloneEditionRequest } from './dto/edition-write.dto';
import { EditionsService } from './editions.service';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';

/**
 * Next year's edition from this one: a draft with the same organizations in their roles, the
 * same rooms and the same session outline, every day moved by the same number of days and every
 * session kept at its local wall-clock time. Themes, speakers and registrations are the new
 * edition's own business and are not copied.
 */
@Injectable()
export class EditionCloningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly editions: EditionsService,
    private readonly audit: AuditService,
  ) {}

  async clone(sourceId: number, request: CloneEditionRequest, actor: AuthenticatedAccount): Promise<EditionDetailDto> {
    if (!isRealDate(request.startDate)) {
      throw new BadRequestException({ message: 'Invalid startDate', errors: { startDate: `"${request.startDate}" is not a calendar date` } });
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const source = await manager.findOne(Edition, { where: { id: sourceId } });
      if (!source) throw new NotFoundException(`No edition with id ${sourceId}`);
      const brand = await manager.findOneByOrFail(Brand, { id: source.brandId });
      const slug = `${brand.slug}-${request.year}`;
      if (await manager.existsBy(Edition, { slug })) {
        throw new ConflictException({ message: `Edition ${slug} already exists`, errors: { year: `${brand.slug} already has an edition in ${request.year}` } });
      }
      const shiftDays = Math.round(DateTime.fromISO(request.startDate).diff(DateTime.fromISO(source.startDate), 'days').days);
      const shiftDate = (date: string) => DateTime.fromISO(date).plus({ days: shiftDays }).toISODate()!;
      const shiftInstant = (instant: Date) =>
        DateTime.fromJSDate(instant, { zone: source.timeZone }).plus({ days: shiftDays }).toUTC().toJSDate();

      const edition = manager.create(Edition, {
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
        endDate: shiftDate(source.endDate),
        timeZone: source.timeZone,
        cityZh: source.cityZh,
        cityEn: source.cityEn,
        venueZh: source.venueZh,
        venueEn: source.venueEn,
        status: 'draft',
        source: null,
      });
      await manager.save(edition);

      const roles = await manager.find(EditionRole, { where: { editionId: source.id } });
      for (const r of roles) {
        await manager.insert(EditionRole, {
          editionId: edition.id,
          organizationId: r.organizationId,
          role: r.role,
          displayOrder: r.displayOrder,
          sponsorTier: r.sponsorTier,
          printedName: r.printedName,
        });
      }
      const roomIds = new Map<number, number>();
      for (const room of await manager.find(Room, { where: { editionId: source.id } })) {
        const copy = await manager.insert(Room, {
          editionId: edition.id,
          nameZh: room.nameZh,
          nameEn: room.nameEn,
          capacity: room.capacity,
          displayOrder: room.displayOrder,
        });
        roomIds.set(room.id, copy.identifiers[0].id as number);
      }
      const sessions = await manager.find(Session, { where: { editionId: source.id, status: 'scheduled' } });
      for (const s of sessions) {
        const copy = await manager.insert(Session, {
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
        });
        const copyId = copy.identifiers[0].id as number;
        for (const host of await manager.find(SessionRole, { where: { sessionId: s.id } })) {
          await manager.insert(SessionRole, {
            sessionId: copyId,
            organizationId: host.organizationId,
            role: host.role,
            displayOrder: host.displayOrder,
            printedName: host.printedName,
          });
        }
      }
      await this.audit.record(manager, actor, {
        action: 'clone',
        entityType: 'edition',
        entityId: edition.id,
        editionId: edition.id,
        after: { from: source.slug, slug, shiftDays, roles: roles.length, rooms: roomIds.size, sessions: sessions.length },
      });
      return edition.id;
    });
    return this.editions.findOne({ id }, actor);
  }
}
