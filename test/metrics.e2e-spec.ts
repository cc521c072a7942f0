import { ADMIN, ADMIN_ENV } from './support/accounts';
import { attendee, publishedEditionWithForum, RegistrationFixture } from './support/registration-fixture';
import { ScheduleBuilder } from './support/schedule-builder';
import { startTestApp, TestApp } from './support/test-app';

const TOKEN = 'metrics-token-0123456789';

/** GET /metrics: Prometheus's text for a scraper holding METRICS_TOKEN, nothing for anyone else. */
describe('metrics', () => {
  let t: TestApp;
  let f: RegistrationFixture;

  beforeAll(async () => {
    t = await startTestApp({ env: { ...ADMIN_ENV, METRICS_TOKEN: TOKEN, JOBS_ENABLED: 'false' } });
    const token = (await t.http.post('/api/auth/login').send(ADMIN).expect(200)).body.token;
    f = await publishedEditionWithForum(new ScheduleBuilder(t, token));
  });
  afterAll(() => t?.close());

  it('refuses a scrape without the token, and one with another', async () => {
    await t.http.get('/metrics').expect(401);
    await t.http.get('/metrics').set('Authorization', 'Bearer metrics-token-0123456780').expect(401);
  });

  it('counts registrations, seats and waitlists, the outbox, and times requests by route pattern', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http.post(`/api/editions/${f.edition.id}/registrations`).send(attendee(i, { sessionIds: [f.forum] })).expect(201);
    }
    const res = await t.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toMatch(/^huiwu_registrations\{status="confirmed"\} 3$/m);
    expect(text).toMatch(/^huiwu_session_seats\{status="confirmed"\} 3$/m);
    expect(text).toMatch(/^huiwu_outbox_messages\{status="pending"\} 3$/m);
    expect(text).toMatch(/^huiwu_check_ins 0$/m);
    // The route's pattern, never the URL with its ids.
    expect(text).toContain('huiwu_http_request_duration_seconds_count{method="POST",route="/api/editions/:id/registrations",status="2xx"} 3');
    expect(text).not.toContain(`/api/editions/${f.edition.id}/registrations`);
    expect(text).toMatch(/^huiwu_transaction_retries_total \d+$/m);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false' } });
  });
  afterAll(() => t?.close());

  it('has no /metrics at all', async () => {
    await t.http.get('/metrics').expect(404);
  });
});
