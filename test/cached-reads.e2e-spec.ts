import { ADMIN, ADMIN_ENV, signIn } from './support/accounts';
import { asBuffer, pdfText } from './support/pdf';
import { recordQueries } from './support/query-counter';
import { publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A cached public document is served from memory: no SQL at all once it has been asked for,
 * and yet every write made through the server shows in the very next request.
 */
describe('cached public documents', () => {
  let t: TestApp;
  let api: ScheduleBuilder;
  let f: RegistrationFixture;

  beforeAll(async () => {
    t = await startTestApp({ env: ADMIN_ENV });
    api = new ScheduleBuilder(t, await signIn(t, ADMIN.email, ADMIN.password));
    f = await publishedEditionWithForum(api);
  });
  afterAll(async () => {
    await t?.close();
  });

  const documents = (slug: string) => [`/api/editions/${slug}/program`, `/api/editions/${slug}/calendar.ics`, `/api/editions/${slug}/schedule.json`];

  it('answers a repeated request for the program, calendar and schedule without a query', async () => {
    for (const path of documents(f.edition.slug)) {
      // Twice: the first renders (and compresses), which on a loaded machine can outlast the
      // published edition's one-second memo; the second finds the rendering and renews the memo.
      await t.http.get(path).expect(200);
      await t.http.get(path).expect(200);
      const { queries } = await recordQueries(t.dataSource, () => t.http.get(path).expect(200));
      expect({ path, queries }).toEqual({ path, queries: [] });
    }
  });

  it('shows a new release, a withdrawn edition and an edited one in the next request', async () => {
    const program = () => t.http.get(`/api/editions/${f.edition.slug}/program`).expect(200).then((r) => r.body as { release: { version: number }; edition: { title: string } });
    const before = await program();
    await api.session(f.edition.id, { title: '新增论坛', kind: 'sub_forum', startsAt: '2036-12-02T15:00', endsAt: '2036-12-02T16:00' });
    await api.post(`/api/editions/${f.edition.id}/releases`, { note: 'next' });
    expect((await program()).release.version).toBe(before.release.version + 1);

    await api.patch(`/api/editions/${f.edition.id}`, { status: 'draft' });
    await t.http.get(`/api/editions/${f.edition.slug}/program`).expect(404);
    await t.http.get(`/api/editions/${f.edition.id}/calendar.ics`).expect(404);
    await api.patch(`/api/editions/${f.edition.id}`, { status: 'published' });
    await t.http.get(`/api/editions/${f.edition.slug}/program`).expect(200);

    // The edition shows in documents rendered from the release: an edit after publication shows too.
    const pdf = () => asBuffer(t.http.get(`/api/editions/${f.edition.slug}/program.pdf`)).expect(200).then((r) => pdfText(r.body as Buffer));
    expect(await pdf()).not.toContain('改过的大会名称');
    await api.patch(`/api/editions/${f.edition.id}`, { title: '改过的大会名称' });
    expect((await program()).edition.title).toBe('改过的大会名称');
    expect((await t.http.get(`/api/editions/${f.edition.slug}/calendar.ics`).expect(200)).text).toContain('改过的大会名称');
    expect(await pdf()).toContain('改过的大会名称');
  });
});
