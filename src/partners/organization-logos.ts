import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UnprocessableEntityException } from '@nestjs/common';
import { PARTNER_MESSAGES } from './partner-messages';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<LogoType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };

/**
 * Checks that the bytes are what the declared type says (by their signature, not the header
 * alone) and, for SVG, that nothing in it can run: scripts, event handlers, javascript: URLs,
 * embedded HTML or external references are refused rather than silently stripped.
 */
export function assertSafeLogo(bytes: Buffer, type: LogoType): void {
  const refuse = (reason: keyof typeof PARTNER_MESSAGES) => {
    const why = PARTNER_MESSAGES[reason]();
    throw new UnprocessableEntityException({ message: PARTNER_MESSAGES.logoRefused({ why }), errors: { logo: why } });
  };
  if (bytes.length === 0) refuse('emptyFile');
  if (type === 'image/png' && !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) refuse('notPng');
  if (type === 'image/jpeg' && !(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)) refuse('notJpeg');
  if (type === 'image/svg+xml') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return refuse('svgNotUtf8');
    }
    if (!/<svg[\s>]/i.test(text)) refuse('notSvg');
    if (/<!ENTITY|<!DOCTYPE/i.test(text)) refuse('svgDoctype');
    if (/<script[\s>/]/i.test(text)) refuse('svgScript');
    if (/\son[a-z]+\s*=/i.test(text)) refuse('svgHandler');
    if (/javascript:|data:text\/html|vbscript:/i.test(text)) refuse('svgScriptUrl');
    if (/<foreignObject[\s>]/i.test(text) || /<(iframe|embed|object)[\s>]/i.test(text)) refuse('svgEmbedded');
    if (/(?:xlink:)?href\s*=\s*["']\s*(?!#)[a-z]+:/i.test(text)) refuse('svgExternal');
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
