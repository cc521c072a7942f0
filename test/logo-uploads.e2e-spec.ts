import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, ADMIN_ENV, partnerToken, signIn } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100' + 'e221bc330000000049454e44ae426082', 'hex');

/** The SVG payloads that passed the pattern checks (the sandbox CSP saved them), replaced files, and upload floods. */
describe('logo uploads', () => {
  const uploadDir = join(tmpdir(), `huiwu-logos-${process.pid}-${Date.now()}`);
  let t: TestApp;
  let partner: string;
  let organizationId: number;
  const upload = (type: string, body: Buffer | string) => t.http.put('/api/partner/organization/logo').set('Authorization', `Bearer ${partner}`).set('Content-Type', type).send(Buffer.from(body));

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, UPLOAD_DIR: uploadDir } });
    const organizer = await signIn(t, ADMIN.email, ADMIN.password);
    [{ id: organizationId }] = (await t.http.get(`/api/organizations?q=${encodeURIComponent('陕西省网信办')}`)).body;
    partner = await partnerToken(t, organizer, organizationId, 'logos@partner.test');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['a script element under another prefix', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(document.domain)</s:script></svg>'],
    ['an entity-encoded javascript: link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><rect width="5" height="5"/></a></svg>'],
    ['an entity-encoded javascript: use', '<svg xmlns="http://www.w3.org/2000/svg"><use href="&#x6a;avascript:alert(1)"/></svg>'],
    ['an animation writing a script URL', '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="jav&#x61;script:alert(1)"/></svg>'],
  ])('refuses %s', async (_, svg) => {
    const res = await upload('image/svg+xml', svg).expect(422);
    expect(res.body.errors).toHaveProperty('logo');
  });

  it('serves the rewrite of an SVG, never the uploaded text, and removes the logo it replaced', async () => {
    const first = await upload('image/png', PNG).expect(200);
    const firstFile = readdirSync(join(uploadDir, 'logos'));
    expect(firstFile).toHaveLength(1);
    await upload('image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10" inkscape:version="1"><rect width="10" height="10" fill="#c00" data-x="1"/></svg>').expect(200);
    const served = await t.http.get(`/api/organizations/${organizationId}/logo`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(served.headers['content-type']).toContain('image/svg+xml');
    expect((served.body as Buffer).toString('utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"></rect></svg>');
    const files = readdirSync(join(uploadDir, 'logos'));
    expect(files).toHaveLength(1);
    expect(existsSync(join(uploadDir, 'logos', firstFile[0]))).toBe(false);
    expect(first.body.logoUrl).toEqual(expect.any(String));
  });

  it('takes at most ten uploads an hour per organization', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await upload('image/png', PNG)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const refused = await upload('image/png', PNG).expect(429);
    expect(refused.body.errors).toHaveProperty('logo');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
