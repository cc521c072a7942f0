import type { TestApp } from './test-app';

export const ADMIN = { email: 'organizer@huiwu.test', password: 'organizer-password' };

/** Environment for a test app whose first organizer is ADMIN. */
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export async function signIn(t: TestApp, email: string, password: string): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** A partner account for the organization, created by the organizer; returns its token. */
export async function partnerToken(t: TestApp, organizerToken: string, organizationId: number, email = `partner${organizationId}@huiwu.test`): Promise<string> {
  const password = 'partner-password';
  const res = await t.http
    .post('/api/accounts')
    .set('Authorization', `Bearer ${organizerToken}`)
    .send({ email, password, kind: 'partner', organizationId });
  if (res.status !== 201) throw new Error(`creating partner ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return signIn(t, email, password);
}
