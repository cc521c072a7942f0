import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
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

export function launchChromium(options: { chineseFont?: boolean } = {}): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    env: options.chineseFont ? { ...process.env, FONTCONFIG_FILE: chineseFontConfig() } : undefined,
  });
}

/**
 * Debian's Chromium here has no CJK font, so Chinese screenshots would show boxes: a fontconfig
 * file that adds the Noto Sans Hans the PDFs already bundle (@embedpdf/fonts-sc) to the system's.
 */
function chineseFontConfig(): string {
  const fonts = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..');
  const file = join(tmpdir(), `huiwu-fonts-${process.pid}.conf`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(fonts, 'fonts')}</dir>\n  <cachedir>${join(tmpdir(), 'huiwu-fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}
