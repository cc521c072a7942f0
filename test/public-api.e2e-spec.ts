import { Edition } from '../src/editions/entities/edition.entity';
import { startTestApp, TestApp } from './support/test-app';

describe('public read API on the seeded database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('GET /api/editions/:idOrSlug', () => {
    it('serves the 2019 Integrity Conference as the seed document gives it', async () => {
      const res = await t.http.get('/api/editions/integrity-2019').expect(200);
      const edition = res.body;
      expect(edition.city).toBe('西安');
      expect(edition.startDate).toBe('2019-12-02');
      expect(edition.endDate).toBe('2019-12-02');
      expect(edition.startsAt).toBe('2019-12-02T00:00:00+08:00');
      expect(edition.theme).toBe('网聚诚信力量 共创信用中国');
      expect(edition.brand.slug).toBe('integrity');
      expect(edition.timeZone).toBe('Asia/Shanghai');
      const names = (role: string) => edition.roles[role].map((o: { name: string }) => o.name);
      expect(names('guide')).toEqual(['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '陕西省人民政府']);
      expect(names('host')).toEqual(['中国网络社会组织联合会', '陕西省网信办']);
      expect(names('organizer')).toEqual(['西安市人民政府']);
      expect(Object.keys(edition.roles)).toEqual(['guide', 'host', 'organizer']);
      // 国家网信办 is printed as the edition wrote it; the body is the one 中央网信办 also names.
      expect(edition.roles.guide[0].officialName).toBe('中共中央网络安全和信息化委员会办公室');
      expect(edition.source).toContain('000_7401ad9edb3da1ac.txt');
    });

    it('prints the first Civilization Conference theme with the full-width comma of Chinese text', async () => {
      const res = await t.http.get('/api/editions/civilization-2021').expect(200);
      expect(res.body).toMatchObject({ theme: '汇聚向上向善力量，携手建设网络文明', ordinal: 1, city: '北京', startDate: '2021-11-19' });
      expect(res.body.roles.host.map((o: { name: string }) => o.name)).toEqual(['中央网信办', '中央文明办', '中共北京市委', '北京市人民政府']);
    });

    it('serves the same edition by its numeric id', async () => {
      const bySlug = await t.http.get('/api/editions/integrity-2019').expect(200);
      const byId = await t.http.get(`/api/editions/${bySlug.body.id}`).expect(200);
      expect(byId.body).toEqual(bySlug.body);
    });

    it('points the same body at one organization whichever name the edition printed', async () => {
      const e2018 = (await t.http.get('/api/editions/integrity-2018').expect(200)).body;
      const e2019 = (await t.http.get('/api/editions/integrity-2019').expect(200)).body;
      expect(e2018.roles.guide[0].name).toBe('国家互联网信息办公室');
      expect(e2019.roles.guide[0].name).toBe('国家网信办');
      expect(e2018.roles.guide[0].id).toBe(e2019.roles.guide[0].id);
    });

    it('answers 404 for an unknown slug and an unknown id, 400 for a malformed one', async () => {
      const missing = await t.http.get('/api/editions/integrity-1999').expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect(missing.body.message).toContain('integrity-1999');
      await t.http.get('/api/editions/999999').expect(404);
      const bad = await t.http.get('/api/editions/Not%20A%20Slug').expect(400);
      expect(bad.body.errors).toHaveProperty('idOrSlug');
      await t.http.get('/api/editions/99999999999').expect(400);
    });

    it('hides draft editions from the public', async () => {
      const repo = t.dataSource.getRepository(Edition);
      const published = await repo.findOneByOrFail({ slug: 'integrity-2021' });
      await repo.insert({ ...published, id: undefined, slug: 'integrity-2030', year: 2030, status: 'draft', startDate: '2030-01-01', endDate: '2030-01-01' });
      await t.http.get('/api/editions/integrity-2030').expect(404);
      const list = await t.http.get('/api/editions?brand=integrity').expect(200);
      expect(list.body.map((e: { slug: string }) => e.slug)).not.toContain('integrity-2030');
      const brand = await t.http.get('/api/brands/integrity').expect(200);
      expect(brand.body.editions.map((e: { slug: string }) => e.slug)).not.toContain('integrity-2030');
    });
  });

  describe('GET /api/editions', () => {
    it('filters by brand, year and city, newest first, with the total in X-Total-Count', async () => {
      const all = await t.http.get('/api/editions').expect(200);
      expect(all.body).toHaveLength(42);
      expect(all.headers['x-total-count']).toBe('42');
      const years = all.body.map((e: { year: number }) => e.year);
      expect([...years].sort().reverse()).toEqual(years);
      // Within a year by start date, newest first; an edition whose dates are to be announced after the dated ones.
      const y2021 = (await t.http.get('/api/editions?year=2021&limit=100').expect(200)).body as { startDate: string | null }[];
      const dated = y2021.filter((e) => e.startDate !== null).map((e) => e.startDate);
      expect([...dated].sort().reverse()).toEqual(dated);
      expect(y2021.findIndex((e) => e.startDate === null)).toBeGreaterThanOrEqual(dated.length);

      const integrity = await t.http.get('/api/editions?brand=integrity').expect(200);
      expect(integrity.body.map((e: { year: number }) => e.year)).toEqual([2021, 2020, 2019, 2018]);

      const y2022 = await t.http.get('/api/editions?year=2022&brand=civilization').expect(200);
      expect(y2022.body.map((e: { slug: string }) => e.slug)).toEqual(['civilization-2022']);

      const changchun = await t.http.get(`/api/editions?city=${encodeURIComponent('长春')}`).expect(200);
      expect(changchun.body.map((e: { slug: string }) => e.slug).sort()).toEqual(['new-ecommerce-2021', 'new-ecommerce-2022']);
      const xian = await t.http.get(`/api/editions?city=${encodeURIComponent("Xi'an")}`).expect(200);
      expect(xian.body.map((e: { slug: string }) => e.slug)).toEqual(['integrity-2019']);

      const page = await t.http.get('/api/editions?limit=2&offset=2').expect(200);
      expect(page.body).toHaveLength(2);
      expect(page.body[0].slug).toBe(all.body[2].slug);
      expect(page.headers['x-total-count']).toBe('42');
    });

    it.each([
      ['year=abc', 'year'],
      ['year=1800', 'year'],
      ['year=2020.5', 'year'],
      ['brand=%3Cscript%3E', 'brand'],
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['offset=-1', 'offset'],
      ['unknown=1', 'unknown'],
    ])('answers 400 naming the field for %s', async (query, field) => {
      const res = await t.http.get(`/api/editions?${query}`).expect(400);
      expect(res.body.statusCode).toBe(400);
      expect(res.body.errors).toHaveProperty(field);
    });
  });

  describe('GET /api/brands', () => {
    it('lists the three brands, then the events others run, each with its editions newest first', async () => {
      const res = await t.http.get('/api/brands').expect(200);
      const own = res.body.filter((b: { runBy: string }) => b.runBy === 'federation');
      expect(own.map((b: { slug: string }) => b.slug)).toEqual(['civilization', 'integrity', 'new-ecommerce']);
      expect(res.body.filter((b: { runBy: string }) => b.runBy === 'others')).toHaveLength(14);
      expect(res.body[0].source).toContain('000_7401ad9edb3da1ac.txt: ');
      expect(res.body[0].organizerAdded).toEqual(['nameEn']);
      const ecommerce = own[2];
      expect(ecommerce.name).toBe('中国新电商大会');
      expect(ecommerce.editions.map((e: { year: number }) => e.year)).toEqual([2023, 2022, 2021]);
      expect(ecommerce.editions[2].ordinal).toBe(1);
    });

    it('serves one brand by slug, 404 for an unknown one, 400 for a malformed one', async () => {
      const res = await t.http.get('/api/brands/civilization').expect(200);
      expect(res.body.name).toBe('中国网络文明大会');
      expect(res.body.editions.map((e: { year: number }) => e.year)).toEqual([2025, 2022, 2021]);
      // Hefei 2025: the year and city are known, the dates are not.
      expect(res.body.editions[0]).toMatchObject({ city: '合肥', province: '安徽省', datesAnnounced: false, startDate: null, endDate: null, startsAt: null, endsAt: null });
      await t.http.get('/api/brands/no-such-brand').expect(404);
      const bad = await t.http.get('/api/brands/BAD_SLUG').expect(400);
      expect(bad.body.errors).toHaveProperty('slug');
    });
  });

  describe('GET /api/organizations', () => {
    it('finds the federation as one organization under its short and its full name', async () => {
      const short = await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`).expect(200);
      const full = await t.http.get(`/api/organizations?q=${encodeURIComponent('中国网络社会组织联合会')}`).expect(200);
      expect(short.body).toHaveLength(1);
      // Its committees carry its name too; the federation itself is one row.
      expect(full.body.filter((o: { name: string }) => o.name === '中国网络社会组织联合会')).toHaveLength(1);
      expect(short.body[0].id).toBe(full.body[0].id);
      expect(short.body[0].name).toBe('中国网络社会组织联合会');
      expect(short.body[0].nameEn).toBe('China Federation of Internet Societies');
    });

    it('matches aliases and English names, and takes % and _ literally', async () => {
      const alias = await t.http.get(`/api/organizations?q=${encodeURIComponent('国家互联网信息办公室')}`).expect(200);
      const short = await t.http.get(`/api/organizations?q=${encodeURIComponent('国家网信办')}`).expect(200);
      expect(alias.body.map((o: { id: number }) => o.id)).toContain(short.body[0].id);
      const english = await t.http.get('/api/organizations?q=Market%20Regulation').expect(200);
      expect(english.body.map((o: { name: string }) => o.name)).toEqual(['国家市场监督管理总局']);
      const percent = await t.http.get('/api/organizations?q=%25').expect(200);
      expect(percent.body).toEqual([]);
      const underscore = await t.http.get('/api/organizations?q=_').expect(200);
      expect(underscore.body).toEqual([]);
    });

    it('lists every organization once, paginated', async () => {
      const all = await t.http.get('/api/organizations?limit=200').expect(200);
      const total = Number(all.headers['x-total-count']);
      expect(all.body).toHaveLength(total);
      expect(new Set(all.body.map((o: { name: string }) => o.name)).size).toBe(total);
      const page = await t.http.get('/api/organizations?limit=5&offset=5').expect(200);
      expect(page.body.map((o: { id: number }) => o.id)).toEqual(all.body.slice(5, 10).map((o: { id: number }) => o.id));
    });

    it('shows an organization with every edition role and hosted sub-forum', async () => {
      const [cfis] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('中网联')}`)).body;
      const res = await t.http.get(`/api/organizations/${cfis.id}`).expect(200);
      const roles = res.body.editionRoles.map((r: { editionSlug: string; role: string }) => `${r.editionSlug}:${r.role}`);
      expect(roles).toEqual(
        expect.arrayContaining([
          'integrity-2018:host',
          'integrity-2019:host',
          'civilization-2021:organizer',
          'civilization-2022:organizer',
          'new-ecommerce-2022:host',
        ]),
      );
      const hosted = res.body.sessionRoles.map((r: { sessionTitle: string }) => r.sessionTitle);
      expect(hosted).toEqual(expect.arrayContaining(['平台经济诚信建设分论坛', '网络诚信建设高峰论坛']));
    });

    it('answers 404 for an unknown id and 400 for a malformed id or query', async () => {
      await t.http.get('/api/organizations/99999').expect(404);
      const bad = await t.http.get('/api/organizations/abc').expect(400);
      expect(bad.body.errors).toHaveProperty('id');
      const long = await t.http.get(`/api/organizations?q=${'x'.repeat(101)}`).expect(400);
      expect(long.body.errors).toHaveProperty('q');
    });
  });

  describe('health and errors', () => {
    it('reports the database up', async () => {
      const res = await t.http.get('/api/health').expect(200);
      expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
      expect(res.body.database.type).toBe(t.dataSource.options.type);
      await t.http.get('/api/health/live').expect(200, { status: 'ok' });
    });

    it('is ready only while every migration of the build is applied', async () => {
      const ready = await t.http.get('/api/health/ready').expect(200);
      expect(ready.body).toMatchObject({ status: 'ok', database: { status: 'up', migrations: 'current' } });
      // One database server named: no cluster node to report.
      expect(ready.body.database.node).toBeUndefined();
      // Take the last migration back out of the record, as a deploy that has not migrated yet would look.
      const [last] = await t.dataSource.query('SELECT id, timestamp, name FROM schema_migration ORDER BY id DESC LIMIT 1');
      await t.dataSource.query('DELETE FROM schema_migration WHERE id = ?', [last.id]);
      try {
        const pending = await t.http.get('/api/health/ready').expect(503);
        expect(pending.body).toMatchObject({ status: 'error', database: { status: 'up', migrations: 'pending' } });
        // Liveness does not care: restarting the process would not apply the migration.
        await t.http.get('/api/health/live').expect(200);
      } finally {
        await t.dataSource.query('INSERT INTO schema_migration (id, timestamp, name) VALUES (?, ?, ?)', [last.id, last.timestamp, last.name]);
      }
      await t.http.get('/api/health/ready').expect(200);
    });

    it('answers an unknown route with the one error shape', async () => {
      const res = await t.http.get('/api/nothing-here').expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect(typeof res.body.message).toBe('string');
    });
  });
});
