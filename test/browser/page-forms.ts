import type { Response } from 'supertest';
import { DEFAULT_PRIVACY_NOTICE_VERSION } from '../../src/editions/privacy-notice';
import type { TestApp } from '../support/test-app';

/** What the registration form posts when its consent box is ticked (the default notice's version in a hidden field). */
export const FORM_CONSENT = { privacyConsent: 'yes', privacyNoticeVersion: DEFAULT_PRIVACY_NOTICE_VERSION } as const;

/** The cookies a response set, as one Cookie header value. */
export function cookiesOf(res: Response, previous = ''): string {
  const jar = new Map(previous ? previous.split('; ').map((c) => c.split('=') as [string, string]) : []);
  for (const line of [res.headers['set-cookie'] ?? []].flat()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ');
}

export function csrfFieldOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no _csrf field on the page');
  return match[1];
}

/** GETs a page with a form; returns what a browser would send back with it: cookies and the token. */
export async function openForm(t: TestApp, url: string, cookie = ''): Promise<{ cookie: string; csrf: string; html: string }> {
  const res = await t.http.get(url).set('Cookie', cookie);
  if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}`);
  return { cookie: cookiesOf(res, cookie), csrf: csrfFieldOf(res.text), html: res.text };
}
