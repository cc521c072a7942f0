import { Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { toZonedIso } from '../common/zoned-dates';
import { EditionSummaryDto } from '../editions/dto/edition.dto';
import { EditionStore } from '../editions/edition.store';
import { ORGANIZATION_ROLE_LABELS } from '../organizations/organization-role';
import { PublishedProgram } from '../releases/published-program';
import { SessionStore } from '../sessions/session.store';
import { CoHostDirectoryDto, DirectoryEntryDto } from './dto/co-host-directory.dto';
import { sharedContact } from './organization-profiles';
import { PARTNER_MESSAGES } from './partner-messages';

/**
 * The co-host directory of one edition, for a partner that takes part in it: every other
 * organization with its roles and the contact it chose to share, and the hosted sessions of the
 * latest release (never a draft) with their times and rooms.
 */
@Injectable()
export class CoHostDirectory {
  constructor(
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly published: PublishedProgram,
  ) {}

  async forPartner(organizationId: number, editionId: number): Promise<CoHostDirectoryDto> {
    const [edition] = await this.editions.shownWithBrand([editionId]);
    const involved = edition && ((await this.editions.organizationHasRole(editionId, organizationId)) || (await this.sessions.organizationHostsIn(editionId, organizationId)));
    if (!edition || !involved) throw new NotFoundException({ message: PARTNER_MESSAGES.noEdition({ id: editionId }) });
    const byOrganization = new Map<number, DirectoryEntryDto>();
    for (const role of await this.editions.rolesOf(editionId)) {
      if (role.organizationId === organizationId) continue;
      const entry = byOrganization.get(role.organizationId) ?? { organizationId: role.organizationId, name: role.printedName ?? role.organization.nameZh, nameEn: role.organization.nameEn, roles: [], contact: sharedContact(role.organization) };
      if (!entry.roles.includes(role.role)) entry.roles.push(role.role);
      byOrganization.set(role.organizationId, entry);
    }
    const { release } = await this.published.forEdition({ id: editionId });
    const released = release ? await this.published.sessionsOf(release.id) : [];
    const sessions = released
      .filter((s) => s.hosts.length > 0)
      .sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.sessionId - b.sessionId)
      .map((s) => ({
        sessionId: s.sessionId,
        title: s.titleZh,
        titleEn: s.titleEn,
        startsAt: s.startsAt ? toZonedIso(s.startsAt, edition.timeZone) : null,
        endsAt: s.endsAt ? toZonedIso(s.endsAt, edition.timeZone) : null,
        room: s.roomNameZh,
        hosts: s.hosts.map((h) => h.name),
        own: s.hosts.some((h) => h.organizationId === organizationId),
        cancelled: s.status === 'cancelled',
      }));
    return { edition: EditionSummaryDto.from(edition), entries: [...byOrganization.values()], sessions };
  }

  /** The directory as a workbook: the contacts on one sheet, the sessions on another; texts as text cells, never formulas. */
  async workbook(directory: CoHostDirectoryDto, lang: 'zh' | 'en'): Promise<Buffer> {
    const { Workbook } = await import('exceljs');
    const en = lang === 'en';
    const workbook = new Workbook();
    workbook.creator = 'Huiwu 会务';
    const contacts = workbook.addWorksheet(en ? 'Co-hosts' : '协办单位通讯录', { views: [{ state: 'frozen', ySplit: 1 }] });
    contacts.columns = [
      { header: en ? 'Organization' : '单位', width: 36 },
      { header: en ? 'Roles' : '角色', width: 20 },
      { header: en ? 'Contact' : '联系人', width: 14 },
      { header: en ? 'E-mail' : '电子邮箱', width: 28 },
      { header: en ? 'Phone' : '电话', width: 18 },
    ];
    for (const e of directory.entries) {
      contacts.addRow([en && e.nameEn ? e.nameEn : e.name, e.roles.map((r) => ORGANIZATION_ROLE_LABELS[r][lang]).join(en ? ', ' : '、'), e.contact?.name ?? '', e.contact?.email ?? '', e.contact?.phone ?? '']);
    }
    const forums = workbook.addWorksheet(en ? 'Sessions' : '分论坛', { views: [{ state: 'frozen', ySplit: 1 }] });
    forums.columns = [
      { header: en ? 'Session' : '名称', width: 40 },
      { header: en ? 'Starts' : '开始', width: 18 },
      { header: en ? 'Ends' : '结束', width: 18 },
      { header: en ? 'Room' : '会场', width: 18 },
      { header: en ? 'Hosts' : '主办', width: 36 },
    ];
    const wall = (iso: string | null) => (iso ? DateTime.fromISO(iso, { setZone: true }).toFormat('yyyy-MM-dd HH:mm') : '');
    for (const s of directory.sessions) forums.addRow([en && s.titleEn ? s.titleEn : s.title, wall(s.startsAt), wall(s.endsAt), s.room ?? '', s.hosts.join(en ? ', ' : '、')]);
    for (const sheet of [contacts, forums]) sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
