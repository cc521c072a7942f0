import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UnprocessableEntityException } from '@nestjs/common';
import { DELEGATION_MESSAGES } from './delegation-messages';

/** A portrait, not a poster: 2 MB is plenty for a photo shown at a few hundred pixels. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const SIGNATURES = [
  { type: 'image/png', ext: 'png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', ext: 'jpg', matches: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
] as const;

/**
 * Keeps a proposed speaker's photo: a PNG or JPEG by its own bytes (whatever the browser said it
 * was; no SVG, which could carry script), under a name made from its content. The file name.
 */
export async function storeSpeakerPhoto(uploadDir: string, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw new UnprocessableEntityException({ message: DELEGATION_MESSAGES.photoEmpty(), errors: { photo: DELEGATION_MESSAGES.photoEmpty() } });
  if (bytes.length > MAX_PHOTO_BYTES) throw new UnprocessableEntityException({ message: DELEGATION_MESSAGES.photoTooLarge(), errors: { photo: DELEGATION_MESSAGES.photoTooLarge() } });
  const kind = SIGNATURES.find((s) => s.matches(bytes));
  if (!kind) throw new UnprocessableEntityException({ message: DELEGATION_MESSAGES.photoType(), errors: { photo: DELEGATION_MESSAGES.photoType() } });
  const dir = join(uploadDir, 'speaker-photos');
  await mkdir(dir, { recursive: true });
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${kind.ext}`;
  await writeFile(join(dir, `${name}.tmp`), bytes);
  await rename(join(dir, `${name}.tmp`), join(dir, name));
  return name;
}

export async function readSpeakerPhoto(uploadDir: string, name: string): Promise<{ body: Buffer; type: string }> {
  if (!/^[a-f0-9]{32}\.(png|jpg)$/.test(name)) throw new Error(`not a photo name: ${name}`);
  return { body: await readFile(join(uploadDir, 'speaker-photos', name)), type: name.endsWith('.png') ? 'image/png' : 'image/jpeg' };
}
