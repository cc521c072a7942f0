import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asBuffer, pdfText } from './support/pdf';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Stored renderings are named by what they are made from, not by row ids: a server on a new
 * database reuses release ids, and sharing the cache directory must not serve it the printed
 * program of the database that was there before.
 */
describe('rendered documents keyed by their content', () => {
  const cacheDir = join(tmpdir(), `huiwu-cache-keys-${process.pid}-${Date.now()}`);
  let t: TestApp | undefined;

  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  /** The same edition on a fresh database, with one session of the given title, published. */
  async function publishOnNewDatabase(sessionTitle: string) {
    t = await startTestApp({ env: { ...ADMIN_ENV, CACHE_DIR: cacheDir } });
    const api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    const edition = await api.edition('integrity', 2027, '2027-12-01', '2027-12-01', { title: '2027中国网络诚信大会' });
    const hall = await api.room(edition.id, '主会场', 800);
    await api.session(edition.id, { kind: 'main_forum', title: sessionTitle, startsAt: '2027-12-01T10:00', endsAt: '2027-12-01T12:00', roomId: hall.id });
    const release = (await api.post(`/api/editions/${edition.id}/releases`, { note: 'v1' })) as { id: number };
    const pdf = async () => pdfText((await asBuffer(t!.http.get(`/api/editions/${edition.slug}/program.pdf`)).expect(200)).body as Buffer).replace(/\s+/g, '');
    return { edition, releaseId: release.id, pdf };
  }

  it('prints the second database’s sessions, though its edition and release have the ids of the first', async () => {
    const first = await publishOnNewDatabase('第一个数据库的主论坛');
    expect(await first.pdf()).toContain('第一个数据库的主论坛');
    await t!.close();
    t = undefined;

    const second = await publishOnNewDatabase('第二个数据库的主论坛');
    expect({ edition: second.edition.id, release: second.releaseId }).toEqual({ edition: first.edition.id, release: first.releaseId });
    const text = await second.pdf();
    expect(text).toContain('第二个数据库的主论坛');
    expect(text).not.toContain('第一个数据库的主论坛');
  });
});
