import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';

/** Debian's Chromium: the tests never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real application listening on a port, its PUBLIC_BASE_URL being that address, so the
 * absolute links it prints (calendars, PDFs, tickets) are ones the browser can follow.
 */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await startTestApp({ env: { ...env, PUBLIC_BASE_URL: baseUrl } });
  await t.app.listen({ port, host: '127.0.0.1' });
  return { t, baseUrl };
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
