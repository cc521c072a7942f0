import request from 'supertest';
import { ADMIN, ADMIN_ENV } from '../support/accounts';
import { GaleraCluster, startGaleraCluster } from '../support/galera-cluster';
import { attendee, publishedEditionWithForum, RegistrationFixture } from '../support/registration-fixture';
import { ScheduleBuilder } from '../support/schedule-builder';
import { ServerProcess, startServerProcess } from '../support/server-process';

/**
 * Three server processes, each on its own node of a three-node Galera cluster (every node takes
 * writes). Concurrent writes to one seat counter on two nodes collide at certification (1213 at
 * COMMIT); the transactions are retried whole, so the invariants hold: never two seats for one
 * place, a waitlist without gaps, every node with the same rows.
 */
interface Answer {
  status: number;
  body: { code: string; token: string; sessions: { status: string; waitlistPosition: number | null }[] };
}
interface SeatRow {
  code: string;
  status: string;
  position: number | null;
}

describe('Huiwu on a three-node MariaDB Galera cluster', () => {
  let cluster: GaleraCluster;
  let servers: ServerProcess[] = [];
  let f: RegistrationFixture;
  let token: string;
  /** When the first process (and with it the first timer) started. */
  let firstUp = 0;
  const METRICS_TOKEN = 'cluster-metrics-token-0123456789';

  beforeAll(async () => {
    cluster = await startGaleraCluster();
    // Timed jobs on in every process: the last test counts how often each tick ran.
    const env = (node: number) => ({ ...ADMIN_ENV, DATABASE_URL: cluster.url(node), JOBS_ENABLED: 'true', METRICS_TOKEN, LOG_LEVEL: 'warn' });
    // The first migrates and creates the organizer; GET_LOCK does not span nodes, so the others start after it.
    // Migrating a new database through a cluster takes a while, the more so on a busy machine.
    const start = (node: number) => startServerProcess(env(node), { startWithinMs: 150_000 });
    servers = [await start(1)];
    firstUp = Date.now();
    servers.push(...(await Promise.all([start(2), start(3)])));
    token = (await request(servers[0].url).post('/api/auth/login').send(ADMIN).expect(200)).body.token;
    f = await publishedEditionWithForum(new ScheduleBuilder({ http: request(servers[0].url) }, token));
  }, 480_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await cluster?.stop();
  }, 180_000);

  async function register(server: string, i: number, sessionId: number, editionId = f.edition.id): Promise<Answer> {
    // A real client resends the same request (same Idempotency-Key) when its answer was lost or
    // was 503, for about ten seconds: a killed node stalls the survivors' commits until they
    // evict it (Galera's suspect timeout, 5 s), and the server's own retries last about 1.5 s.
    const ATTEMPTS = 10;
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${server}/api/editions/${editionId}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `cluster-${sessionId}-${i}` },
          body: JSON.stringify(attendee(i, { email: `c${sessionId}-${i}@example.com`, sessionIds: [sessionId] })),
        });
        const body = (await res.json()) as Answer['body'];
        if (res.status !== 503 || attempt >= ATTEMPTS) return { status: res.status, body };
      } catch (error) {
        if (attempt >= ATTEMPTS) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(200 * attempt, 1_500)));
    }
  }

  async function sameRowsOnEveryNode(): Promise<void> {
    const digests: string[] = [];
    for (const n of [1, 2, 3]) {
      const db = await cluster.node(n);
      const [rows] = await db.query(
        `SELECT COUNT(*) AS n, COALESCE(SUM(CRC32(CONCAT_WS('|', r.code, s.session_id, s.status, COALESCE(s.queue_number, 0)))), 0) AS digest
           FROM registration r JOIN session_seat s ON s.registration_id = r.id`,
      );
      digests.push(JSON.stringify(rows));
      await db.end();
    }
    expect(new Set(digests).size).toBe(1);
  }

  it('answers 400 concurrent registrations for 50 seats over three nodes: 50 confirmed, waitlist 1..350, the same rows on every node', async () => {
    const answers = await Promise.all(Array.from({ length: 400 }, (_, i) => register(servers[i % 3].url, i, f.forum)));
    expect(answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    const seats = answers.map((a) => a.body.sessions[0] as { status: string; waitlistPosition: number | null });
    expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(50);
    // Positions as they stand after the burst, read through a process on another node than the one that answered.
    const now = await Promise.all(answers.map((a, i) => request(servers[(i + 1) % 3].url).get(`/api/registrations/${a.body.code}?token=${a.body.token}`)));
    expect(now.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    const positions = now.map((r) => r.body.sessions[0]).filter((s) => s.status === 'waitlisted').map((s) => s.waitlistPosition).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 350 }, (_, i) => i + 1));
    await sameRowsOnEveryNode();
  }, 180_000);

  it('loses no acknowledged registration when a node is killed in a 2,000-registration burst; the process on it moves to a live node', async () => {
    const sessionId = f.other;
    const capacity = 100;
    let answered = 0;
    let killed = false;
    const killing = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (answered < 400) return;
        clearInterval(timer);
        killed = true;
        void cluster.kill(2).then(resolve);
      }, 20);
    });
    // 2,000 people, at most 60 in flight at once, spread over the three processes.
    const answers: (Answer & { server: number })[] = new Array(2000);
    let next = 0;
    await Promise.all(
      Array.from({ length: 60 }, async () => {
        for (let i = next++; i < 2000; i = next++) {
          const server = i % 3;
          const answer = await register(servers[server].url, i, sessionId);
          answers[i] = { ...answer, server };
          answered++;
        }
      }),
    );
    await killing;
    expect(killed).toBe(true);
    const acknowledged = answers.filter((a) => a.status === 201);
    // Every process kept answering, the one whose node died too.
    const afterKill = answers.slice(1200);
    for (const server of [0, 1, 2]) expect(afterKill.filter((a) => a.server === server && a.status === 201).length).toBeGreaterThan(0);
    // Named one by one, so a refusal says which process gave it and why.
    expect(answers.filter((a) => a.status !== 201).map((a) => `process ${a.server + 1}: ${a.status} ${JSON.stringify(a.body)}`)).toEqual([]);
    expect(acknowledged.length).toBe(2000);

    // Read back on the survivors: every acknowledged registration is there, the invariants hold.
    const survivors = [cluster.node(1), cluster.node(3)];
    for (const pending of survivors) {
      const db = await pending;
      const [rows] = await db.query<(SeatRow & import('mysql2').RowDataPacket)[]>(
        `SELECT r.code, s.status, s.queue_number AS position FROM registration r JOIN session_seat s ON s.registration_id = r.id WHERE s.session_id = ?`,
        [sessionId],
      );
      const byCode = new Map(rows.map((row) => [row.code, row]));
      expect(acknowledged.filter((a) => !byCode.has(a.body.code)).map((a) => a.body.code)).toEqual([]);
      expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(capacity);
      const positions = rows.filter((row) => row.status === 'waitlisted').map((row) => Number(row.position)).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: rows.length - capacity }, (_, i) => i + 1));
      expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
      await db.end();
    }
    // The process that started on node 2 says where it is now.
    const ready = await request(servers[1].url).get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.database.node).not.toBe('127.0.0.1:4302');
  }, 300_000);

  it('runs each timed job once per tick across the three processes on their different nodes', async () => {
    // Every process's outbox timer fires on each 10-second boundary; the lease, a conditional
    // UPDATE certified by the cluster, lets one of them run it.
    const runsOn = async (server: ServerProcess): Promise<number> => {
      const text = (await request(server.url).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;
      return text
        .split('\n')
        .filter((line) => line.startsWith('huiwu_job_runs_total{') && line.includes('job="outbox-delivery"'))
        .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    };
    const perProcess = await Promise.all(servers.map(runsOn));
    const db = await cluster.node(1);
    const [rows] = await db.query<({ run_count: number } & import('mysql2').RowDataPacket)[]>(`SELECT run_count FROM job_lease WHERE name = 'outbox-delivery'`);
    await db.end();
    const ticks = Math.floor(Date.now() / 10_000) - Math.floor(firstUp / 10_000);
    const runCount = Number(rows[0].run_count);
    // More than one process took part (the timers are the same on each), yet the ticks run
    // were no more than the ticks that passed: none twice. A tick or two may be lost while a
    // node is killed under a 2,000-registration burst, not more.
    expect(perProcess.filter((n) => n > 0).length).toBeGreaterThan(1);
    // (One take may have committed while its process lost the answer with node 2.)
    const ran = perProcess.reduce((a, b) => a + b, 0);
    expect(ran).toBeLessThanOrEqual(runCount);
    expect(ran).toBeGreaterThanOrEqual(runCount - 1);
    expect(runCount).toBeLessThanOrEqual(ticks + 1);
    expect(runCount).toBeGreaterThanOrEqual(ticks - 3);
  }, 60_000);
});
