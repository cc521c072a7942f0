import { createHash } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { LocalText } from '../common/i18n/local-text';
import { instantText } from '../common/i18n/instant-text';
import { Transactions, type Tx } from '../database/transactions';
import { EditionStore } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';
import { ImportPreviewDto, ImportProblemDto, ImportResultDto } from './dto/guest-import.dto';
import { checkGuest, type GuestContext, type GuestFields, type GuestInput } from './guest-fields';
import { GUEST_IMPORT_MESSAGES } from './guest-messages';
import { type GuestImport, GuestImportStore } from './guest-import.store';
import { type Guest, GuestStore } from './guest.store';
import { GuestsService } from './guests.service';
import { columnOf, type ImportField, isGuestHeader, mapColumns, readRow } from './import/guest-columns';
import { readSheet } from './import/guest-sheet';

/** Rows one file may have: a federation conference invites hundreds, not tens of thousands. */
export const MAX_IMPORT_ROWS = 5000;

interface StoredProblem {
  column: string;
  field: string;
  zh: string;
  en: string;
}
interface StoredRow {
  input: GuestInput;
  present: ImportField[];
}

/** What confirming would do with one good row. */
type Step = { row: number; action: 'create'; fields: GuestFields } | { row: number; action: 'update' | 'same'; guest: Guest; changes: Partial<GuestFields> };

/**
 * Guest lists from a spreadsheet, in two steps: a preview, which reads and checks every row and
 * stores the result without touching a guest, and the organizer's confirmation, which writes
 * them all in one transaction. Rows match existing guests by phone or e-mail, so the same file
 * imported twice adds nothing and changes nothing; a blank cell never clears what a guest has.
 */
@Injectable()
export class GuestImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly imports: GuestImportStore,
    private readonly guests: GuestStore,
    private readonly guestsService: GuestsService,
    private readonly editions: EditionStore,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  async preview(editionId: number, bytes: Buffer, fileName: string, actor: AuthenticatedAccount): Promise<ImportPreviewDto> {
    await this.editions.require(editionId);
    const sheet = await readSheet(bytes, isGuestHeader).catch(() => {
      throw new BadRequestException({ message: GUEST_IMPORT_MESSAGES.unreadable(), errors: { file: GUEST_IMPORT_MESSAGES.unreadable() } });
    });
    if (!sheet) throw new BadRequestException({ message: GUEST_IMPORT_MESSAGES.noHeader(), errors: { file: GUEST_IMPORT_MESSAGES.noHeader() } });
    if (sheet.rows.length === 0) throw new BadRequestException({ message: GUEST_IMPORT_MESSAGES.empty(), errors: { file: GUEST_IMPORT_MESSAGES.empty() } });
    if (sheet.rows.length > MAX_IMPORT_ROWS) throw new PayloadTooLargeException({ message: GUEST_IMPORT_MESSAGES.tooManyRows({ max: MAX_IMPORT_ROWS }), errors: { file: GUEST_IMPORT_MESSAGES.tooManyRows({ max: MAX_IMPORT_ROWS }) } });

    const columns = mapColumns(sheet.headers);
    const context = await this.guestsService.context(editionId);
    const sessionsByTitle = new Map((await this.sessions.ofEdition(editionId)).map((s) => [s.titleZh, s.id] as [string, number]));
    const checked = sheet.rows.map(({ row, cells }) => {
      const read = readRow(cells, columns, sessionsByTitle);
      const result = checkGuest(read.input, context);
      const problems = { ...(result.errors ?? {}), ...read.problems } as Record<string, LocalText>;
      return { row, read, fields: result.fields, problems };
    });
    this.markDuplicates(checked);
    await this.markTwoGuests(editionId, checked);

    const stored = checked.map(({ row, read, problems }) => {
      const list = Object.entries(problems).map(([field, text]) => ({ column: columnOf(field, columns), field, zh: text.zh, en: text.en }));
      return list.length ? { row, fields: null, problems: list } : { row, fields: { input: read.input, present: read.present } satisfies StoredRow, problems: null };
    });
    const created = await this.transactions.run(async (tx) => {
      const made = await this.imports.create(
        { editionId, fileName: fileName.slice(0, 200), digest: createHash('sha256').update(bytes).digest('hex'), rowCount: stored.length, errorCount: stored.filter((r) => r.problems).length },
        stored,
        tx,
      );
      await this.audit.record(tx, actor, { action: 'preview', entityType: 'guest_import', entityId: made.id, editionId, after: { fileName: made.fileName, rows: made.rowCount, errors: made.errorCount } });
      return made;
    });
    return this.describe(created);
  }

  async get(importId: number, editionId?: number): Promise<ImportPreviewDto> {
    return this.describe(await this.require(importId, editionId));
  }

  /** Writes the previewed rows: 409 while any row is refused, or when the list changed since so that a row no longer fits. */
  async confirm(importId: number, actor: AuthenticatedAccount, editionId?: number): Promise<ImportResultDto> {
    return this.transactions.run(async (tx) => {
      const preview = await this.require(importId, editionId, tx);
      const edition = await this.editions.lock(preview.editionId, tx);
      if (preview.confirmedAt) throw new ConflictException({ message: GUEST_IMPORT_MESSAGES.alreadyConfirmed({ at: instantText(preview.confirmedAt, edition.timeZone) }) });
      if (preview.errorCount > 0) throw new ConflictException({ message: GUEST_IMPORT_MESSAGES.hasErrors({ count: preview.errorCount }) });
      const { steps, problems } = await this.plan(preview, tx);
      if (problems.length) {
        const first = problems[0];
        throw new ConflictException({ message: GUEST_IMPORT_MESSAGES.changedMeanwhile({ row: first.row, reason: first.message }) });
      }
      const result: ImportResultDto = { created: 0, updated: 0, unchanged: 0 };
      for (const step of steps) {
        if (step.action === 'create') {
          await this.guestsService.insert(preview.editionId, step.fields, tx);
          result.created++;
        } else if (step.action === 'update') {
          const { sessionIds, ...columns } = step.changes;
          if (Object.keys(columns).length) await this.guests.save({ ...step.guest, ...columns }, tx);
          if (sessionIds) await this.guests.setInvitations(step.guest.id, sessionIds, tx);
          result.updated++;
        } else result.unchanged++;
      }
      if (!(await this.imports.markConfirmed(preview.id, new Date(), tx))) throw new ConflictException({ message: GUEST_IMPORT_MESSAGES.alreadyConfirmed({ at: '' }) });
      await this.imports.dropRows(preview.id, tx);
      await this.audit.record(tx, actor, { action: 'import', entityType: 'guest_import', entityId: preview.id, editionId: preview.editionId, after: { fileName: preview.fileName, ...result } });
      return result;
    }, { retry: true });
  }

  private async require(importId: number, editionId?: number, tx?: Tx): Promise<GuestImport> {
    const found = await this.imports.find(importId, tx);
    if (!found || (editionId !== undefined && found.editionId !== editionId)) throw new NotFoundException({ message: GUEST_IMPORT_MESSAGES.notFound({ id: importId }) });
    return found;
  }

  private async describe(preview: GuestImport): Promise<ImportPreviewDto> {
    const rows = await this.imports.rows(preview.id);
    const problems: ImportProblemDto[] = rows.flatMap((r) => ((r.problems as StoredProblem[] | null) ?? []).map((p) => ({ row: r.row, column: p.column, field: p.field, message: new LocalText(p.zh, p.en) })));
    const counts = { toCreate: 0, toUpdate: 0, unchanged: 0 };
    if (!preview.confirmedAt) {
      const { steps } = await this.plan(preview, this.transactions.none);
      for (const step of steps) counts[step.action === 'create' ? 'toCreate' : step.action === 'update' ? 'toUpdate' : 'unchanged']++;
    }
    return { id: preview.id, editionId: preview.editionId, fileName: preview.fileName, digest: preview.digest, rowCount: preview.rowCount, errorCount: preview.errorCount, ...counts, problems, confirmedAt: preview.confirmedAt };
  }

  /** What confirming would do with each good row, checked again against the list as it is now. */
  private async plan(preview: GuestImport, tx: Tx): Promise<{ steps: Step[]; problems: { row: number; message: LocalText }[] }> {
    const rows = (await this.imports.rows(preview.id, tx)).filter((r) => r.fields);
    const context: GuestContext = await this.guestsService.context(preview.editionId, tx);
    const checked = rows.map((r) => {
      const stored = r.fields as StoredRow;
      return { row: r.row, stored, result: checkGuest(stored.input, context) };
    });
    const good = checked.flatMap((c) => (c.result.fields ? [{ ...c, fields: c.result.fields }] : []));
    const existing = await this.guests.matching(preview.editionId, good.flatMap((c) => (c.fields.phone ? [c.fields.phone] : [])), good.flatMap((c) => (c.fields.email ? [c.fields.email] : [])), tx);
    const invitations = await this.guests.invitationsOf(existing.map((g) => g.id), tx);
    const problems = checked.flatMap((c) => (c.result.errors ? [{ row: c.row, message: Object.values(c.result.errors)[0] }] : []));
    const steps: Step[] = [];
    for (const c of good) {
      const byPhone = c.fields.phone ? existing.find((g) => g.phone === c.fields.phone) : undefined;
      const byEmail = c.fields.email ? existing.find((g) => g.email === c.fields.email) : undefined;
      if (byPhone && byEmail && byPhone.id !== byEmail.id) {
        problems.push({ row: c.row, message: GUEST_IMPORT_MESSAGES.twoGuests({ phoneName: byPhone.name, emailName: byEmail.name }) });
        continue;
      }
      const guest = byPhone ?? byEmail;
      if (!guest) {
        steps.push({ row: c.row, action: 'create', fields: c.fields });
        continue;
      }
      const changes = changesFor(guest, invitations.get(guest.id) ?? [], c.fields, c.stored);
      steps.push({ row: c.row, action: Object.keys(changes).length ? 'update' : 'same', guest, changes });
    }
    return { steps, problems };
  }

  /** A phone or e-mail already given by an earlier row of the file makes the later row a duplicate of it. */
  private markDuplicates(rows: { row: number; fields: GuestFields | null; problems: Record<string, LocalText> }[]): void {
    const seen = { phone: new Map<string, number>(), email: new Map<string, number>() };
    for (const r of rows) {
      if (!r.fields) continue;
      for (const field of ['phone', 'email'] as const) {
        const value = r.fields[field];
        if (!value) continue;
        const first = seen[field].get(value);
        if (first !== undefined) r.problems[field] ??= GUEST_IMPORT_MESSAGES.duplicateInFile({ row: first });
        else seen[field].set(value, r.row);
      }
    }
  }

  /** A row whose phone is one guest's and whose e-mail another's cannot be matched to either. */
  private async markTwoGuests(editionId: number, rows: { fields: GuestFields | null; problems: Record<string, LocalText> }[]): Promise<void> {
    const good = rows.filter((r) => r.fields && Object.keys(r.problems).length === 0);
    const existing = await this.guests.matching(editionId, good.flatMap((r) => (r.fields!.phone ? [r.fields!.phone] : [])), good.flatMap((r) => (r.fields!.email ? [r.fields!.email] : [])));
    for (const r of good) {
      const byPhone = existing.find((g) => r.fields!.phone && g.phone === r.fields!.phone);
      const byEmail = existing.find((g) => r.fields!.email && g.email === r.fields!.email);
      if (byPhone && byEmail && byPhone.id !== byEmail.id) r.problems.email = GUEST_IMPORT_MESSAGES.twoGuests({ phoneName: byPhone.name, emailName: byEmail.name });
    }
  }
}

/** The fields a row would change on a guest: only columns the file has, only cells that are not blank. */
function changesFor(guest: Guest, invitedTo: number[], fields: GuestFields, stored: StoredRow): Partial<GuestFields> {
  const changes: Partial<GuestFields> = {};
  const has = (f: ImportField) => stored.present.includes(f);
  const text = (key: 'name' | 'organization' | 'title' | 'phone' | 'email') => {
    const value = fields[key];
    if (value && value !== guest[key]) changes[key] = value;
  };
  if (has('name')) text('name');
  if (has('organization')) text('organization');
  if (has('title')) text('title');
  if (has('phone')) text('phone');
  if (has('email')) text('email');
  if (has('rank') && fields.rankId !== null && fields.rankId !== guest.rankId) changes.rankId = fields.rankId;
  if (has('gender') && fields.gender && fields.gender !== guest.gender) changes.gender = fields.gender;
  if (has('category') && stored.input.category && fields.category !== guest.category) changes.category = fields.category;
  if (has('needsRoom') && stored.input.needsRoom !== undefined && fields.needsRoom !== guest.needsRoom) changes.needsRoom = fields.needsRoom;
  const sorted = [...fields.sessionIds].sort((a, b) => a - b);
  if (has('sessions') && sorted.length && sorted.join() !== [...invitedTo].sort((a, b) => a - b).join()) changes.sessionIds = sorted;
  return changes;
}
