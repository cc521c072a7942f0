import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Edition } from '../src/editions/entities/edition.entity';
import { JobLease } from '../src/jobs/entities/job-lease.entity';
import { JobLeases } from '../src/jobs/job-leases';
import { jobLeaseFailures, jobRuns } from '../src/metrics/process-metrics';
import { PersonalDataPurge } from '../src/jobs/personal-data-purge';
import { Guest } from '../src/guests/entities/guest.entity';
import { Hotel } from '../src/hotel-rooms/entities/hotel.entity';
import { RoomAssignment } from '../src/hotel-rooms/entities/room-assignment.entity';
import { RoomBlock } from '../src/hotel-rooms/entities/room-block.entity';
import { ReminderScheduler } from '../src/jobs/reminder-scheduler';
import { TimedJobs } from '../src/jobs/timed-jobs';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import { BATCH_SIZE, OutboxSender } from '../src/notifications/outbox-sender';
import { Registration } from '../src/registrations/entities/registration.entity';
import { SessionSeat } from '../src/seats/entities/session-seat.entity';
import { AttendeeFixtures } from './support/attendee-fixtures';
import { startFakeSmtp, FakeSmtp } from './support/fake-smtp';
import { SecondApp, startSecondApp } from './support/second-app';
import { asMail } from './support/outbox-mail';
import { startTestApp, TestApp } from './support/test-app';

interface SpooledMail {
  to: string;
  subject: string;
  body: string;
  kind: string;
  at: string;
}

function readSpool(file: string): SpooledMail[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as SpooledMail);
}

/** Stops the timers of an app started with jobs on, so only the test decides when a job runs. */
function stopTimers(app: NestFastifyApplication): void {
  const registry = app.get(SchedulerRegistry);
  for (const job of registry.getCronJobs().values()) void job.stop();
  for (const name of registry.getTimeouts()) registry.deleteTimeout(name);
  for (const name of registry.getIntervals()) registry.deleteInterval(name);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Log lines of the application, captured instead of printed. */
function captureLogs(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spies = (['log', 'warn', 'error'] as const).map((level) =>
    jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
      lines.push(String(args[0]));
    }),
  );
  return { lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe('outbox delivery to the spool file', () => {
  let t: TestApp;
  let peer: SecondApp;
  let spoolDir: string;
  let spool: string;
  let fx: AttendeeFixtures;

  beforeAll(async () => {
    spoolDir = mkdtempSync(join(tmpdir(), 'huiwu-spool-'));
    spool = join(spoolDir, 'nested', 'mail-spool.jsonl');
    const env = { JOBS_ENABLED: 'false', MAIL_SPOOL: spool };
    t = await startTestApp({ seed: false, env });
    peer = await startSecondApp(t.database.url, env);
    fx = new AttendeeFixtures(t.dataSource);
  });
  afterAll(async () => {
    await peer?.close();
    await t?.close();
    rmSync(spoolDir, { recursive: true, force: true });
  });

  it('delivers what is due as one JSON line each, marks it sent, and leaves what is not due yet', async () => {
    const due = await fx.message({ kind: 'reminder', toAddress: 'wang@example.org', subject: '参会提醒', body: '王先生，您好' });
    const later = await fx.message({ nextAttemptAt: new Date(Date.now() + 3_600_000) });
    const before = Date.now();

    const report = await t.app.get(OutboxSender).deliverDue();

    expect(report).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const lines = readSpool(spool);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ to: 'wang@example.org', subject: '参会提醒', body: '王先生，您好', kind: 'reminder' });
    expect(new Date(lines[0].at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const rows = t.dataSource.getRepository(OutboxMessage);
    const sent = await rows.findOneByOrFail({ id: due.id });
    expect(sent).toMatchObject({ status: 'sent', attempts: 0, claimedBy: null, claimedUntil: null, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await rows.findOneByOrFail({ id: later.id })).toMatchObject({ status: 'pending', sentAt: null });

    // A sent message is never due again.
    expect(await t.app.get(OutboxSender).deliverDue(new Date(Date.now() + 7_200_000))).toMatchObject({ sent: 1 });
    expect(readSpool(spool).filter((mail) => mail.subject === '参会提醒')).toHaveLength(1);
    await t.dataSource.transaction((m) => m.createQueryBuilder().delete().from(OutboxMessage).execute());
  });

  it('sends every message exactly once while two servers deliver at the same moment', async () => {
    const spooledBefore = readSpool(spool).length;
    const subjects: string[] = [];
    for (let i = 0; i < 40; i++) subjects.push((await fx.message({ subject: `并发 ${i}` })).subject);

    const reports = await Promise.all([
      t.app.get(OutboxSender).deliverDue(),
      peer.app.get(OutboxSender).deliverDue(),
      t.app.get(OutboxSender).deliverDue(),
      peer.app.get(OutboxSender).deliverDue(),
    ]);

    const spooled = readSpool(spool).slice(spooledBefore).map((mail) => mail.subject);
    expect(spooled.sort()).toEqual([...subjects].sort());
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(40);
    const rows = await t.dataSource.getRepository(OutboxMessage).find();
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    await t.dataSource.transaction((m) => m.createQueryBuilder().delete().from(OutboxMessage).execute());
  });

  it('sends one batch per call, and drains a larger burst within one tick', async () => {
    const spooledBefore = readSpool(spool).length;
    for (let i = 0; i < BATCH_SIZE * 2 + 20; i++) await fx.message({ kind: 'reminder', subject: `提醒 ${i}` });
    const sender = t.app.get(OutboxSender);

    expect(await sender.deliverDue()).toEqual({ sent: BATCH_SIZE, retrying: 0, failed: 0 });
    expect(await sender.deliverWithin(8_000)).toEqual({ sent: BATCH_SIZE + 20, retrying: 0, failed: 0 });

    expect(readSpool(spool).length - spooledBefore).toBe(BATCH_SIZE * 2 + 20);
    expect(await t.dataSource.getRepository(OutboxMessage).countBy({ status: 'pending' })).toBe(0);
    await t.dataSource.transaction((m) => m.createQueryBuilder().delete().from(OutboxMessage).execute());
  });

  it('takes over a message whose sender stopped before finishing, but not one still being sent', async () => {
    const abandoned = await fx.message({ subject: '被放弃的', status: 'sending', claimedBy: 'gone:1:x', claimedUntil: new Date(Date.now() - 60_000) });
    const inFlight = await fx.message({ subject: '正在发送', status: 'sending', claimedBy: 'busy:2:y', claimedUntil: new Date(Date.now() + 600_000) });

    await t.app.get(OutboxSender).deliverDue();

    const rows = t.dataSource.getRepository(OutboxMessage);
    expect(await rows.findOneByOrFail({ id: abandoned.id })).toMatchObject({ status: 'sent' });
    expect(await rows.findOneByOrFail({ id: inFlight.id })).toMatchObject({ status: 'sending', claimedBy: 'busy:2:y' });
    expect(readSpool(spool).map((mail) => mail.subject)).not.toContain('正在发送');
  });
});

describe('outbox delivery over SMTP', () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let fx: AttendeeFixtures;
  let logs: ReturnType<typeof captureLogs>;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await startTestApp({
      seed: false,
      env: { JOBS_ENABLED: 'false', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Huiwu <no-reply@huiwu.test>' },
    });
    fx = new AttendeeFixtures(t.dataSource);
  });
  beforeEach(() => (logs = captureLogs()));
  afterEach(() => logs.restore());
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('hands the message to the mail server', async () => {
    const message = await fx.message({ toAddress: 'li@example.org', subject: '报名成功' });
    expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: 'no-reply@huiwu.test', to: ['li@example.org'] });
    expect(await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: message.id })).toMatchObject({ status: 'sent' });
  });

  it('retries a refused message with doubling delays, records why without the address, and gives up after 8 attempts', async () => {
    const message = await fx.message({ kind: 'confirmation', toAddress: 'reject-zhang@example.org', body: '张女士的私人正文' });
    const rows = t.dataSource.getRepository(OutboxMessage);
    const sender = t.app.get(OutboxSender);
    let now = new Date();

    expect(await sender.deliverDue(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = await rows.findOneByOrFail({ id: message.id });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThan(28_000);
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBeLessThan(32_000);
    expect(row.lastError).toContain('550');
    expect(row.lastError).not.toContain('@');

    // Not before its time.
    await sender.deliverDue(new Date(now.getTime() + 10_000));
    expect((await rows.findOneByOrFail({ id: message.id })).attempts).toBe(1);

    const delays: number[] = [];
    while (row.status === 'pending') {
      now = new Date(row.nextAttemptAt.getTime() + 1000);
      await sender.deliverDue(now);
      row = await rows.findOneByOrFail({ id: message.id });
      if (row.status === 'pending') delays.push(Math.round((row.nextAttemptAt.getTime() - now.getTime()) / 1000));
    }
    expect(delays).toEqual([60, 120, 240, 480, 960, 1920]);
    expect(row).toMatchObject({ status: 'failed', attempts: 8, sentAt: null });

    // Given up is given up.
    await sender.deliverDue(new Date(now.getTime() + 24 * 3_600_000));
    expect(await rows.findOneByOrFail({ id: message.id })).toMatchObject({ status: 'failed', attempts: 8 });
    expect(smtp.received).toHaveLength(1);

    const failures = logs.lines.filter((line) => line.includes(`message ${message.id} (confirmation)`));
    expect(failures).toHaveLength(8);
    for (const line of logs.lines) {
      expect(line).not.toContain('@');
      expect(line).not.toContain('张女士');
    }
  });

  it('keeps a message pending with attempt 1 while the mail server is down', async () => {
    await smtp.close();
    const message = await fx.message({ toAddress: 'zhao@example.org' });
    const now = new Date();
    expect(await t.app.get(OutboxSender).deliverDue(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const row = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: message.id });
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(row.lastError).toMatch(/ECONNREFUSED/);
  });
});

describe('reminders the day before an edition', () => {
  let t: TestApp;
  let fx: AttendeeFixtures;
  // 20:00 in Shanghai, 08:00 in New York, midnight in Auckland.
  const now = new Date('2030-05-31T12:00:00Z');
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false' } });
    fx = new AttendeeFixtures(t.dataSource);
    const edition = await fx.edition({ titleZh: '2030年中国网络诚信大会', startDate: '2030-06-01', endDate: '2030-06-02', cityZh: '西安' });
    ids.edition = edition.id;
    const hall = await fx.room(edition.id, '主会场');
    const opening = await fx.session(edition.id, {
      kind: 'opening_ceremony',
      titleZh: '开幕式',
      startsAt: new Date('2030-06-01T01:00:00Z'),
      endsAt: new Date('2030-06-01T02:00:00Z'),
      roomId: hall.id,
    });
    const forum = await fx.session(edition.id, { titleZh: '平台经济诚信建设分论坛', startsAt: new Date('2030-06-02T06:00:00Z'), endsAt: new Date('2030-06-02T08:00:00Z') });
    const dropped = await fx.session(edition.id, { titleZh: '取消的边会', status: 'cancelled', startsAt: new Date('2030-06-01T06:00:00Z') });
    const seated = (sessionId: number) => ({ sessionId, status: 'confirmed' as const });
    ids.confirmed = (await fx.registration(edition.id, { name: '王伟', email: 'wang@example.org' }, [seated(forum.id), seated(opening.id), seated(dropped.id)])).id;
    ids.pending = (await fx.registration(edition.id, { status: 'pending' }, [seated(forum.id)])).id;
    await fx.registration(edition.id, { status: 'confirmed' }, [{ sessionId: forum.id, status: 'waitlisted' }]);
    await fx.registration(edition.id, { status: 'cancelled' }, [seated(forum.id)]);
    await fx.registration(edition.id, { status: 'rejected' }, [seated(forum.id)]);
    await fx.registration(edition.id, { status: 'confirmed' });
    await fx.registration(edition.id, { status: 'confirmed' }, [seated(dropped.id)]);

    const newYork = await fx.edition({ startDate: '2030-06-01', endDate: '2030-06-01', timeZone: 'America/New_York' });
    ids.newYorkEdition = newYork.id;
    ids.newYork = (await fx.registration(newYork.id, {}, [seated((await fx.session(newYork.id)).id)])).id;
    // Other editions, each with a seated attendee who must get nothing today.
    const others = [
      await fx.edition({ startDate: '2030-06-01', endDate: '2030-06-01', status: 'draft' }),
      await fx.edition({ startDate: '2030-06-02', endDate: '2030-06-02' }),
      await fx.edition({ startDate: '2030-05-31', endDate: '2030-05-31' }),
      // Already 1 June in Auckland: the edition opens today there, too late for "tomorrow".
      await fx.edition({ startDate: '2030-06-01', endDate: '2030-06-01', timeZone: 'Pacific/Auckland' }),
    ];
    for (const other of others) await fx.registration(other.id, {}, [seated((await fx.session(other.id)).id)]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('enqueues one reminder per attendee still coming with a confirmed seat, however often the job runs', async () => {
    const scheduler = t.app.get(ReminderScheduler);
    await scheduler.run(now);
    await scheduler.run(now);
    await Promise.all([scheduler.run(now), scheduler.run(new Date(now.getTime() + 3_600_000))]);

    const reminders = await t.dataSource.getRepository(OutboxMessage).find({ order: { registrationId: 'ASC' } });
    expect(reminders.map((m) => m.dedupeKey).sort()).toEqual(
      [
        `reminder:${ids.confirmed}:${ids.edition}`,
        `reminder:${ids.pending}:${ids.edition}`,
        `reminder:${ids.newYork}:${ids.newYorkEdition}`,
      ].sort(),
    );
    expect(reminders.every((m) => m.kind === 'reminder' && m.status === 'pending')).toBe(true);
  });

  it('writes the reminder in Chinese with the title, the date and the confirmed sessions in local time', async () => {
    const message = asMail(await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ registrationId: ids.confirmed }));
    expect(message.toAddress).toBe('wang@example.org');
    expect(message.subject).toBe('参会提醒：2030年中国网络诚信大会明天开幕');
    // Fixed words first: the name is whatever was typed, and the address was never confirmed.
    expect(message.body.startsWith('您好：')).toBe(true);
    expect(message.body).toContain('明天（2030年6月1日）');
    expect(message.body).toContain('- 6月1日 09:00–10:00 开幕式（主会场）\n- 6月2日 14:00–16:00 平台经济诚信建设分论坛');
    expect(message.body).not.toContain('取消的边会');
    expect(message.nextAttemptAt.getTime()).toBe(now.getTime());
  });

  it('holds a reminder enqueued before the morning until 09:00 local time', async () => {
    const message = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ registrationId: ids.newYork });
    expect(message.nextAttemptAt.toISOString()).toBe('2030-05-31T13:00:00.000Z');
  });
});

describe('personal-data purge', () => {
  let t: TestApp;
  let fx: AttendeeFixtures;
  const ids: Record<string, number> = {};
  const today = '2030-06-30';

  async function snapshot() {
    const [registrations, seats, messages, editions] = await Promise.all([
      t.dataSource.getRepository(Registration).find({ order: { id: 'ASC' } }),
      t.dataSource.getRepository(SessionSeat).find({ order: { id: 'ASC' } }),
      t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } }).then((rows) => rows.map(asMail)),
      t.dataSource.getRepository(Edition).find({ order: { id: 'ASC' } }),
    ]);
    return { registrations, seats, messages, editions };
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false', PURGE_AFTER_DAYS: '90' } });
    fx = new AttendeeFixtures(t.dataSource);
    // Ended 2030-03-31: 90 days later is 2030-06-29, before today.
    const ended = await fx.edition({ startDate: '2030-03-30', endDate: '2030-03-31' });
    // Ended 2030-04-01: 90 days later is today itself, so not yet.
    const recent = await fx.edition({ startDate: '2030-04-01', endDate: '2030-04-01' });
    ids.ended = ended.id;
    ids.recent = recent.id;
    const forum = await fx.session(ended.id);
    const other = await fx.session(ended.id);
    const checkedIn = new Date('2030-03-30T01:00:00Z');
    ids.first = (await fx.registration(ended.id, { checkedInAt: checkedIn }, [{ sessionId: forum.id, status: 'confirmed' }, { sessionId: other.id, status: 'waitlisted' }])).id;
    ids.second = (await fx.registration(ended.id, { status: 'cancelled' }, [{ sessionId: forum.id, status: 'cancelled' }])).id;
    ids.third = (await fx.registration(ended.id, { status: 'pending' })).id;
    ids.kept = (await fx.registration(recent.id, { name: '李娜', email: 'li@example.org' })).id;
    ids.pendingMessage = (await fx.message({ registrationId: ids.first, toAddress: 'attendee1@example.com', nextAttemptAt: new Date('2030-07-01T00:00:00Z') })).id;
    ids.sentMessage = (await fx.message({ registrationId: ids.second, toAddress: 'attendee2@example.com', body: '参会者2，您好', status: 'sent', sentAt: new Date('2030-03-01T00:00:00Z') })).id;
    ids.keptMessage = (await fx.message({ registrationId: ids.kept, toAddress: 'li@example.org' })).id;
    // A guest with a hotel room in each edition.
    for (const [key, editionId] of [['endedRoom', ended.id], ['keptRoom', recent.id]] as const) {
      const guest = await t.dataSource.getRepository(Guest).insert({ editionId, code: `ROOM${editionId}`, name: '王芳', gender: 'female', reply: 'attending' });
      const hotel = await t.dataSource.getRepository(Hotel).insert({ editionId, name: '西安宾馆' });
      const block = await t.dataSource.getRepository(RoomBlock).insert({ hotelId: hotel.identifiers[0].id, roomType: '双床房', roomCount: 2, beds: 2, firstNight: '2030-03-29', nights: 2 });
      ids[key] = (await t.dataSource.getRepository(RoomAssignment).insert({ blockId: block.identifiers[0].id, guestId: guest.identifiers[0].id, roomNumber: 1, bed: 1 })).identifiers[0].id;
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('anonymises the registrations of an edition ended long enough ago and keeps every count', async () => {
    const before = await snapshot();
    const report = await t.app.get(PersonalDataPurge).run(today, new Date('2030-06-30T03:00:00Z'));
    expect(report).toEqual({ editions: ['test-2000'], registrations: 3 });
    const after = await snapshot();

    for (const id of [ids.first, ids.second, ids.third]) {
      const was = before.registrations.find((r) => r.id === id)!;
      const row = after.registrations.find((r) => r.id === id)!;
      expect(row).toMatchObject({
        name: '已匿名',
        email: `anonymized+${id}@invalid.huiwu`,
        phone: null,
        organization: null,
        title: null,
        anonymizedAt: new Date('2030-06-30T03:00:00Z'),
        // What the figures are made of stays.
        status: was.status,
        checkedInAt: was.checkedInAt,
        code: was.code,
        editionId: was.editionId,
      });
    }
    expect(after.registrations).toHaveLength(before.registrations.length);
    expect(after.seats.map(({ id, registrationId, sessionId, status }) => ({ id, registrationId, sessionId, status }))).toEqual(
      before.seats.map(({ id, registrationId, sessionId, status }) => ({ id, registrationId, sessionId, status })),
    );
    expect(after.registrations.filter((r) => r.checkedInAt !== null)).toHaveLength(1);

    expect(after.messages.find((m) => m.id === ids.pendingMessage)).toBeUndefined();
    expect(after.messages.find((m) => m.id === ids.sentMessage)).toMatchObject({
      status: 'sent',
      kind: 'confirmation',
      toAddress: `anonymized+${ids.second}@invalid.huiwu`,
      body: '已匿名',
    });
    expect(after.editions.find((e) => e.id === ids.ended)!.personalDataPurgedAt).toEqual(new Date('2030-06-30T03:00:00Z'));

    // The edition that ended 90 days ago to the day is left alone.
    expect(after.registrations.find((r) => r.id === ids.kept)).toEqual(before.registrations.find((r) => r.id === ids.kept));
    expect(after.messages.find((m) => m.id === ids.keptMessage)).toEqual(before.messages.find((m) => m.id === ids.keptMessage));
    expect(after.editions.find((e) => e.id === ids.recent)!.personalDataPurgedAt).toBeNull();
    expect(JSON.stringify(after.registrations.filter((r) => r.editionId === ids.ended))).not.toMatch(/参会者|example\.com|138 0000|某单位|处长/);
  });

  it('forgets who slept where in the purged edition, keeping its hotels and blocks, and leaves the other edition’s rooms', async () => {
    const rooms = await t.dataSource.getRepository(RoomAssignment).find();
    expect(rooms.map((r) => r.id)).toEqual([ids.keptRoom]);
    expect(await t.dataSource.getRepository(RoomBlock).count()).toBe(2);
  });

  it('changes nothing when it runs again, even twice at once', async () => {
    const before = await snapshot();
    const purge = t.app.get(PersonalDataPurge);
    const reports = await Promise.all([purge.run(today), purge.run(today)]);
    expect(reports).toEqual([
      { editions: [], registrations: 0 },
      { editions: [], registrations: 0 },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('purges the next edition once its day has come', async () => {
    const report = await t.app.get(PersonalDataPurge).run('2030-07-01');
    expect(report).toEqual({ editions: ['test-2001'], registrations: 1 });
    const kept = await t.dataSource.getRepository(Registration).findOneByOrFail({ id: ids.kept });
    expect(kept).toMatchObject({ name: '已匿名', email: `anonymized+${ids.kept}@invalid.huiwu` });
    expect(await t.dataSource.getRepository(OutboxMessage).findOneBy({ id: ids.keptMessage })).toBeNull();
  });
});

describe('job leases across servers', () => {
  let t: TestApp;
  let peer: SecondApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false' } });
    peer = await startSecondApp(t.database.url, { JOBS_ENABLED: 'false' });
  });
  afterAll(async () => {
    await peer?.close();
    await t?.close();
  });

  async function lease(name: string): Promise<JobLease> {
    return t.dataSource.getRepository(JobLease).findOneByOrFail({ name });
  }

  it('runs each tick on exactly one server, and not again on a server whose timer fires late', async () => {
    const servers = [t.app.get(JobLeases), peer.app.get(JobLeases)];
    expect(servers[0].holder).not.toBe(servers[1].holder);
    const ranOn: string[] = [];
    let startedAt = 0;
    const tick = (leases: JobLeases) =>
      leases.runExclusively('lease-probe', 2, async () => {
        startedAt = Date.now();
        ranOn.push(leases.holder);
        await sleep(50);
      });

    const first = await Promise.all([tick(servers[0]), tick(servers[1]), tick(servers[0]), tick(servers[1])]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(ranOn).toHaveLength(1);
    expect(await lease('lease-probe')).toMatchObject({ runCount: 1, holder: ranOn[0] });

    await sleep(200);
    expect(await Promise.all([tick(servers[1]), tick(servers[0])])).toEqual([false, false]);
    expect((await lease('lease-probe')).runCount).toBe(1);

    // The next tick, one period (2 s) after this one, runs again, once, even when it fires a
    // little sooner after its tick than this one took the lease.
    expect((await lease('lease-probe')).expiresAt.getTime()).toBeLessThan(startedAt + 2_000);
    await sleep(startedAt + 1_950 - Date.now());
    const next = await Promise.all([tick(servers[1]), tick(servers[0])]);
    expect(next.filter(Boolean)).toHaveLength(1);
    expect((await lease('lease-probe')).runCount).toBe(2);
  });

  it('keeps the tick of a run that failed, so the failure is not retried at once elsewhere', async () => {
    const failing = () => Promise.reject(new Error('boom'));
    await expect(t.app.get(JobLeases).runExclusively('failing-probe', 60, failing)).rejects.toThrow('boom');
    expect(await peer.app.get(JobLeases).runExclusively('failing-probe', 60, failing)).toBe(false);
    expect(await lease('failing-probe')).toMatchObject({ runCount: 1, holder: t.app.get(JobLeases).holder });
  });
});

describe('JOBS_ENABLED', () => {
  let off: TestApp;
  let on: SecondApp | undefined;
  let fx: AttendeeFixtures;
  let spoolDir: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    spoolDir = mkdtempSync(join(tmpdir(), 'huiwu-spool-'));
    off = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false', MAIL_SPOOL: join(spoolDir, 'spool.jsonl') } });
    fx = new AttendeeFixtures(off.dataSource);
    ids.message = (await fx.message()).id;
    ids.edition = (await fx.edition({ startDate: '2001-01-01', endDate: '2001-01-02' })).id;
    ids.registration = (await fx.registration(ids.edition)).id;
  });
  afterAll(async () => {
    await on?.close();
    await off?.close();
    rmSync(spoolDir, { recursive: true, force: true });
  });

  it('false: sets up no timer, and a job called anyway does nothing', async () => {
    const registry = off.app.get(SchedulerRegistry);
    expect(registry.getCronJobs().size).toBe(0);
    expect(registry.getTimeouts()).toEqual([]);

    const jobs = off.app.get(TimedJobs);
    expect(await Promise.all([jobs.deliverOutbox(), jobs.sendReminders(), jobs.purgePersonalData(), jobs.purgeAfterStart()])).toEqual([false, false, false, false]);

    expect(await off.dataSource.getRepository(JobLease).count()).toBe(0);
    expect(await off.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: ids.message })).toMatchObject({ status: 'pending' });
    expect(await off.dataSource.getRepository(Registration).findOneByOrFail({ id: ids.registration })).toMatchObject({ anonymizedAt: null });
    expect(readSpool(join(spoolDir, 'spool.jsonl'))).toEqual([]);
  });

  it('true (the default): the same calls deliver and purge, through the lease', async () => {
    on = await startSecondApp(off.database.url, { MAIL_SPOOL: join(spoolDir, 'spool.jsonl') });
    const registry = on.app.get(SchedulerRegistry);
    expect([...registry.getCronJobs().keys()].sort()).toEqual(['guest-reminders', 'outbox-delivery', 'personal-data-purge', 'reminders', 'unconfirmed-expiry']);
    expect(registry.getTimeouts()).toEqual(['personal-data-purge-after-start']);
    stopTimers(on.app);

    const jobs = on.app.get(TimedJobs);
    await jobs.deliverOutbox();
    await jobs.purgePersonalData();

    expect(await off.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: ids.message })).toMatchObject({ status: 'sent' });
    expect(readSpool(join(spoolDir, 'spool.jsonl'))).toHaveLength(1);
    expect(await off.dataSource.getRepository(Registration).findOneByOrFail({ id: ids.registration })).toMatchObject({ name: '已匿名' });
    const leases = await off.dataSource.getRepository(JobLease).find({ order: { name: 'ASC' } });
    expect(leases.map((l) => l.name)).toEqual(['outbox-delivery', 'personal-data-purge']);
    expect(leases.every((l) => l.runCount >= 1 && l.holder === on!.app.get(JobLeases).holder)).toBe(true);
  });

  it('a tick whose lease take the database did not answer is skipped and counted as such, not as a run', async () => {
    const jobs = on!.app.get(TimedJobs);
    const counted = async (counter: typeof jobRuns | typeof jobLeaseFailures) =>
      (await counter.get()).values.filter((v) => v.labels.job === 'outbox-delivery').reduce((sum, v) => sum + v.value, 0);
    const [runsBefore, failuresBefore] = [await counted(jobRuns), await counted(jobLeaseFailures)];
    const runCount = (await off.dataSource.getRepository(JobLease).findOneByOrFail({ name: 'outbox-delivery' })).runCount;
    // The take meets a database error of its own: the table is not there for a moment.
    await off.dataSource.query('ALTER TABLE job_lease RENAME TO job_lease_away');
    const logs = captureLogs();
    try {
      expect(await jobs.deliverOutbox()).toBe(false);
    } finally {
      logs.restore();
      await off.dataSource.query('ALTER TABLE job_lease_away RENAME TO job_lease');
    }
    expect(await counted(jobRuns)).toBe(runsBefore);
    expect(await counted(jobLeaseFailures)).toBe(failuresBefore + 1);
    expect(logs.lines.some((line) => line.includes('outbox-delivery skipped a tick'))).toBe(true);
    expect((await off.dataSource.getRepository(JobLease).findOneByOrFail({ name: 'outbox-delivery' })).runCount).toBe(runCount);
  });
});
