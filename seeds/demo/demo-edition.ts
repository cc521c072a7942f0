import { DateTime } from 'luxon';
import { DataSource, EntityManager, In, ObjectLiteral, EntityTarget } from 'typeorm';
import { Brand } from '../../src/brands/entities/brand.entity';
import { runPendingMigrations } from '../../src/database/migration-runner';
import { insertRows } from '../../src/database/plain-insert';
import { EditionRole } from '../../src/editions/entities/edition-role.entity';
import { Edition } from '../../src/editions/entities/edition.entity';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { ReleasePublisher } from '../../src/releases/release-publisher';
import { Room } from '../../src/rooms/entities/room.entity';
import { SeatPool } from '../../src/seats/entities/seat-pool.entity';
import { SessionRole } from '../../src/sessions/entities/session-role.entity';
import { Session } from '../../src/sessions/entities/session.entity';
import { SessionKind } from '../../src/sessions/session-kind';
import { SessionSpeaker } from '../../src/speakers/entities/session-speaker.entity';
import { Speaker } from '../../src/speakers/entities/speaker.entity';
import { loadSeed } from '../seed-loader';
import { Cell, DEMO_DAYS, layoutSessions } from './demo-layout';
import { DemoOptions } from './demo-options';
import { insertDemoRegistrations } from './demo-registrations';
import { removeEdition } from './demo-removal';
import { JOB_TITLES, personName, pick, seededRandom, TOPICS } from './demo-text';

export type DemoProgress = (stage: string, done: number, total: number) => void;

export interface DemoReport {
  edition: string;
  editionId: number;
  replaced: boolean;
  rooms: number;
  sessions: number;
  speakers: number;
  speakerAppearances: number;
  sessionHosts: number;
  release: number;
  registrations: number;
  confirmedSeats: number;
  waitlistedSeats: number;
  /** The session with the most seats (the main hall), for load tests that must not run out. */
  largestSessionId: number;
  seconds: number;
}

/** Thrown when the edition exists and --replace was not given. */
export class DemoEditionExists extends Error {}

const MAIN_HALL_SEATS = 5_000;
const ROOM_SEATS = [80, 120, 150, 200, 300, 500];
const TIME_ZONE = 'Asia/Shanghai';
const SOURCE = '演示数据：由 npm run seed:demo 生成，并非真实议程 (generated demo data, not a real program)';

/**
 * Builds a large published edition through the application's entities and its own
 * ReleasePublisher, so what the server then serves is what organizers would have made: rooms,
 * sessions over three days without room clashes, speakers, hosts, release 1, and registrations
 * whose seats and waitlists obey the SeatStore's rules.
 */
export async function seedDemoEdition(dataSource: DataSource, options: DemoOptions, progress: DemoProgress = () => undefined): Promise<DemoReport> {
  const started = Date.now();
  const slug = `${options.brand}-${options.year}`;
  const { cells } = layoutSessions(options.sessions, options.rooms);
  await runPendingMigrations(dataSource);
  // An empty database gets the real brands and organizations first, as a first server start
  // would, so the demo edition sits among them and borrows their organizations as hosts.
  if ((await dataSource.getRepository(Brand).count()) === 0) await loadSeed(dataSource);
  const brand = await dataSource.getRepository(Brand).findOne({ where: { slug: options.brand } });
  if (!brand) {
    const known = (await dataSource.getRepository(Brand).find({ order: { id: 'ASC' } })).map((b) => b.slug);
    throw new Error(`No brand "${options.brand}"; this database has ${known.join(', ')}`);
  }
  const existing = await dataSource.getRepository(Edition).findOne({ where: [{ brandId: brand.id, year: options.year }, { slug }] });
  if (existing && !options.replace) {
    throw new DemoEditionExists(`Edition ${existing.slug} (id ${existing.id}) already exists; pass --replace to delete it and build it again, or choose another --year`);
  }
  const random = seededRandom(slug);
  // Removal and rebuild in one transaction: a failed rebuild leaves the old edition in place.
  const program = await dataSource.transaction(async (manager) => {
    if (existing) await removeEdition(manager, existing.id);
    const built = await new ProgramBuilder(manager, random, options, brand, progress).build(cells);
    progress('publish', 0, 1);
    const release = await ReleasePublisher.standalone(manager.connection).publish(manager, built.edition, '演示数据 第1版', null);
    progress('publish', 1, 1);
    return { ...built, release: release.version };
  });
  const seats = await insertDemoRegistrations(dataSource, program.edition.id, program.sessions, options.registrations, random, (done) =>
    progress('registrations', done, options.registrations),
  );
  return {
    edition: slug,
    editionId: program.edition.id,
    replaced: existing !== null,
    rooms: program.rooms,
    sessions: program.sessions.length,
    speakers: program.speakers,
    speakerAppearances: program.appearances,
    sessionHosts: program.hosts,
    release: program.release,
    registrations: options.registrations,
    confirmedSeats: seats.confirmed,
    waitlistedSeats: seats.waitlisted,
    largestSessionId: program.sessions.reduce((a, b) => (b.capacity > a.capacity ? b : a)).id,
    seconds: (Date.now() - started) / 1000,
  };
}

type Organizations = Pick<Organization, 'id' | 'nameZh' | 'nameEn'>[];

class ProgramBuilder {
  constructor(
    private readonly manager: EntityManager,
    private readonly random: () => number,
    private readonly options: DemoOptions,
    private readonly brand: Brand,
    private readonly progress: DemoProgress,
  ) {}

  async build(cells: Cell[]) {
    const organizations: Organizations = await this.manager.find(Organization, { select: { id: true, nameZh: true, nameEn: true }, order: { id: 'ASC' } });
    const edition = await this.createEdition(organizations);
    const roomRows = await this.createRooms(edition.id, this.options.rooms);
    const speakerIds = await this.createSpeakers(organizations);
    const sessions = await this.createSessions(edition, roomRows, cells);
    const appearances = await this.attachSpeakers(sessions, cells, speakerIds);
    const hosts = await this.attachHosts(sessions, organizations);
    return { edition, rooms: roomRows.length, speakers: speakerIds.length, sessions, appearances, hosts };
  }

  private async createEdition(organizations: Organizations): Promise<Edition> {
    const { year } = this.options;
    const startDate = `${year}-11-10`;
    const ids = await insertAll(this.manager, Edition, [
      {
        slug: `${this.brand.slug}-${year}`,
        brandId: this.brand.id,
        year,
        ordinal: null,
        titleZh: `${year}${this.brand.nameZh}（演示）`,
        titleEn: this.brand.nameEn ? `${this.brand.nameEn} ${year} (demo)` : null,
        themeZh: '共建诚信网络 共享数字未来',
        themeEn: 'Building a trustworthy Internet together',
        startDate,
        endDate: DateTime.fromISO(startDate).plus({ days: DEMO_DAYS - 1 }).toISODate()!,
        timeZone: TIME_ZONE,
        cityZh: '西安',
        cityEn: "Xi'an",
        venueZh: '西安国际会议中心',
        status: 'draft',
        source: SOURCE,
      },
    ]);
    // The federation hosts, two others organize: enough for the printed program's cover.
    const host = organizations.find((o) => o.nameZh === '中国网络社会组织联合会') ?? organizations[0];
    const others = organizations.filter((o) => o !== host).slice(0, 3);
    const roles = [
      ...(host ? [{ organizationId: host.id, role: 'host' as const, displayOrder: 1 }] : []),
      ...others.map((o, i) => ({ organizationId: o.id, role: i === 0 ? ('guide' as const) : ('organizer' as const), displayOrder: i + 1 })),
    ];
    await insertMany(this.manager, EditionRole, roles.map((r) => ({ ...r, editionId: ids[0], printedName: null })));
    return this.manager.findOneByOrFail(Edition, { id: ids[0] });
  }

  private async createRooms(editionId: number, count: number): Promise<Room[]> {
    const rows = Array.from({ length: count }, (_, i) => ({
      editionId,
      nameZh: i === 0 ? '主会场' : `第${i}会议室`,
      nameEn: i === 0 ? 'Main hall' : `Meeting room ${i}`,
      capacity: i === 0 ? MAIN_HALL_SEATS : pick(this.random, ROOM_SEATS),
      displayOrder: i + 1,
    }));
    const ids = await insertAll(this.manager, Room, rows);
    return rows.map((r, i) => Object.assign(new Room(), r, { id: ids[i] }));
  }

  private async createSpeakers(organizations: Organizations): Promise<number[]> {
    const rows = Array.from({ length: this.options.speakers }, () => {
      const name = personName(this.random);
      const [title, titleEn] = pick(this.random, JOB_TITLES);
      const organization = organizations.length ? pick(this.random, organizations) : null;
      return {
        nameZh: name.zh,
        nameEn: name.en,
        titleZh: title,
        titleEn,
        affiliationZh: organization?.nameZh ?? null,
        affiliationEn: organization?.nameEn ?? null,
        organizationId: organization?.id ?? null,
      };
    });
    return insertAll(this.manager, Speaker, rows);
  }

  private async createSessions(edition: Edition, rooms: Room[], cells: Cell[]): Promise<DemoSession[]> {
    let number = 0;
    const { startDate } = edition;
    if (startDate === null) throw new Error(`The demo edition ${edition.slug} has no dates`);
    const rows = cells.map((cell) => {
      const kind = kindOf(cell, this.random);
      const [topic, topicEn] = pick(this.random, TOPICS);
      const day = DateTime.fromISO(startDate, { zone: TIME_ZONE }).plus({ days: cell.day });
      const room = rooms[cell.room];
      const title = titleOf(kind, ++number, topic, topicEn);
      return {
        editionId: edition.id,
        kind,
        titleZh: title.zh,
        titleEn: title.en,
        themeZh: `${topic}的实践与展望`,
        descriptionZh: `围绕${topic}开展交流研讨（演示数据）。`,
        startsAt: day.plus({ minutes: cell.startMinute }).toUTC().toJSDate(),
        endsAt: day.plus({ minutes: cell.endMinute }).toUTC().toJSDate(),
        day: day.toISODate()!,
        roomId: room.id,
        capacity: room.capacity,
        status: 'scheduled' as const,
        source: SOURCE,
      };
    });
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 200) {
      const slice = rows.slice(i, i + 200);
      const sliceIds = await insertAll(this.manager, Session, slice);
      // Every session has its seat pool (what SessionStore.create opens), limited to its capacity.
      await insertRows(this.manager, SeatPool, sliceIds.map((sessionId, k) => ({ sessionId, capacity: slice[k].capacity, taken: 0, waitlistSeq: 0 })));
      ids.push(...sliceIds);
      this.progress('program', ids.length, rows.length);
    }
    return rows.map((r, i) => ({ id: ids[i], capacity: r.capacity ?? 0 }));
  }

  /**
   * A moderator and two to four speakers per session, dealt from one rotating deck in time order:
   * the sessions of a slot take consecutive speakers, so nobody is in two rooms at once while
   * there are about five speakers per room.
   */
  private async attachSpeakers(sessions: DemoSession[], cells: Cell[], speakerIds: number[]): Promise<number> {
    const rows: Partial<SessionSpeaker>[] = [];
    let deck = 0;
    sessions.forEach((session, i) => {
      const count = 3 + Math.floor(this.random() * 3);
      const chosen = new Set<number>();
      for (let k = 0; k < count && chosen.size < speakerIds.length; k++) chosen.add(speakerIds[deck++ % speakerIds.length]);
      [...chosen].forEach((speakerId, order) =>
        rows.push({ sessionId: session.id, speakerId, role: order === 0 ? 'moderator' : cells[i].room === 0 && cells[i].slot === 0 ? 'guest' : 'speaker', displayOrder: order + 1 }),
      );
    });
    await insertMany(this.manager, SessionSpeaker, rows);
    return rows.length;
  }

  /** One host organization per sub-forum, dealt in turn (some overlaps only warn, as in real programs). */
  private async attachHosts(sessions: DemoSession[], organizations: Organizations): Promise<number> {
    if (organizations.length === 0) return 0;
    const rows = sessions.map((s, i) => ({ sessionId: s.id, organizationId: organizations[i % organizations.length].id, role: 'host' as const, displayOrder: 1, printedName: null }));
    await insertMany(this.manager, SessionRole, rows);
    return rows.length;
  }
}

export interface DemoSession {
  id: number;
  capacity: number;
}

function kindOf(cell: Cell, random: () => number): SessionKind {
  if (cell.room === 0 && cell.day === 0 && cell.slot === 0) return 'opening_ceremony';
  if (cell.room === 0 && cell.slot === 0) return 'main_forum';
  if (cell.room === 0) return 'summit';
  const r = random();
  return r < 0.7 ? 'sub_forum' : r < 0.82 ? 'seminar' : r < 0.92 ? 'side_event' : 'launch_event';
}

const KIND_WORDS: Record<SessionKind, [string, string]> = {
  opening_ceremony: ['开幕式', 'Opening ceremony'],
  main_forum: ['主论坛', 'Main forum'],
  sub_forum: ['分论坛', 'Sub-forum'],
  summit: ['高峰论坛', 'Summit'],
  seminar: ['研讨会', 'Seminar'],
  side_event: ['边会', 'Side event'],
  launch_event: ['发布活动', 'Launch event'],
  exhibition: ['展览', 'Exhibition'],
  break: ['茶歇', 'Break'],
};

function titleOf(kind: SessionKind, number: number, topic: string, topicEn: string): { zh: string; en: string } {
  const [word, wordEn] = KIND_WORDS[kind];
  if (kind === 'opening_ceremony') return { zh: word, en: wordEn };
  return { zh: `${topic}${word}（${number}）`, en: `${wordEn} ${number}: ${topicEn}` };
}

/**
 * Inserts rows, 200 to a statement, and returns their ids in order (TypeORM reads them back:
 * RETURNING on MariaDB, the last row id on SQLite, where it re-selects with one OR per row and
 * SQLite refuses expressions deeper than 1,000). A count per statement guards against a
 * driver that reports them differently.
 */
export async function insertAll<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    const result = await manager.createQueryBuilder().insert().into(target).values(chunk as never).execute();
    const chunkIds = result.identifiers.map((row) => Number(row?.id));
    const stored = await manager.count(target, { where: { id: In(chunkIds) } as never });
    if (chunkIds.some((id) => !Number.isInteger(id)) || stored !== chunk.length) {
      throw new Error(`Inserted ${chunk.length} rows but could not account for their ids (found ${stored})`);
    }
    ids.push(...chunkIds);
  }
  return ids;
}

/** Inserts rows whose ids nobody needs, 500 to a statement. */
export async function insertMany<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(i, i + 500) as never).updateEntity(false).execute();
  }
}
