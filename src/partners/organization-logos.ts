import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UnprocessableEntityException } from '@nestjs/common';
import { rewriteSvgLogo, SvgRefused } from './svg-logo';
import type { LocalText } from '../common/i18n/local-text';
import { PARTNER_MESSAGES } from './partner-messages';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<LogoType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };

/**
 * The bytes to keep for an uploaded logo: a PNG or JPEG as sent once its signature matches the
 * declared type; an SVG read by an XML parser and written anew from an allow-list (svg-logo.ts),
 * so what is served is never the uploaded text. What cannot be a safe logo is refused with the reason.
 */
export function prepareLogo(bytes: Buffer, type: LogoType): Buffer {
  const refuse = (why: LocalText): never => {
    throw new UnprocessableEntityException({ message: PARTNER_MESSAGES.logoRefused({ why }), errors: { logo: why } });
  };
  if (bytes.length === 0) refuse(PARTNER_MESSAGES.emptyFile());
  if (type === 'image/png' && !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) refuse(PARTNER_MESSAGES.notPng());
  if (type === 'image/jpeg' && !(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)) refuse(PARTNER_MESSAGES.notJpeg());
  if (type !== 'image/svg+xml') return bytes;
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(PARTNER_MESSAGES.svgNotUtf8());
  }
  try {
    return Buffer.from(rewriteSvgLogo(text), 'utf8');
  } catch (error) {
    // The parser's reasons are technical (an element's name, an attribute): shown as they are, introduced in the reader's language.
    if (error instanceof SvgRefused) return refuse(PARTNER_MESSAGES.svgRefused({ detail: error.message }));
    throw error;
  }
}

/** Content-addressed, so a new logo never overwrites one a cached page still shows. */
export async function storeLogo(uploadDir: string, organizationId: number, bytes: Buffer, type: LogoType): Promise<string> {
  const dir = join(uploadDir, 'logos');
  await mkdir(dir, { recursive: true });
  const name = `${organizationId}-${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.${EXTENSIONS[type]}`;
  const file = join(dir, name);
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
  return name;
}

export function readLogo(uploadDir: string, name: string): Promise<Buffer> {
  return readFile(join(uploadDir, 'logos', name));
}

/** Removes a logo that was replaced; one already gone is fine (another server may have removed it). */
export async function removeLogo(uploadDir: string, name: string): Promise<void> {
  if (!/^[\w.-]+$/.test(name)) return;
  await rm(join(uploadDir, 'logos', name), { force: true });
}
