import { Negotiator } from '@fastify/accept-negotiator';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The compressions a document is kept in beside its own bytes, in the order they are preferred. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** One stored representation: its bytes and its own strong validator. */
export interface EncodedBody {
  readonly body: Buffer;
  readonly etag: string;
}
export type EncodedBodies = Partial<Record<ContentCoding, EncodedBody>>;

/** Below this a compressed copy saves less than its headers and the client's work cost. */
const MIN_BYTES = 1024;
/** A copy kept only when it is at most this share of the original (PDF streams are deflated already). */
const MAX_SHARE = 0.9;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** From this size on, a PDF's brotli copy is made quickly rather than small (see brotliQualityFor). */
const LARGE_PDF_BYTES = 256 * 1024;

/**
 * Brotli's quality by what the bytes are. Text (JSON, calendars, XML, CSV) shrinks a good deal
 * more at 9 than at 5, and is worth the time. A PDF's streams are deflated already: on the
 * 1,000-session program (638 KB) quality 9 took 236 ms where 5 took 34 ms, for 1.7 % fewer bytes,
 * and a cold program waits for its copies; a small PDF keeps 9, which is quick on it and saves
 * the few per cent that keep its copy worth having (the 50-session program, 188 KB: 168 KB at 9,
 * over MAX_SHARE at 5).
 */
export function brotliQualityFor(mediaType: string | undefined, bytes: number): number {
  return mediaType?.startsWith('application/pdf') && bytes >= LARGE_PDF_BYTES ? 5 : 9;
}

/**
 * The brotli and gzip copies of a rendered document. Made once, when the document is rendered
 * (a release's documents right after publishing), on libuv's thread pool: the requests being
 * served meanwhile do not wait. Brotli quality 9 for text, not 11: 11 costs seconds for a large
 * program and saves a few per cent more (see brotliQualityFor).
 */
export async function encodedBodies(body: Buffer, etag: string, mediaType?: string): Promise<EncodedBodies> {
  if (body.length < MIN_BYTES) return {};
  const quality = brotliQualityFor(mediaType, body.length);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: quality === 9 ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 9 }),
  ]);
  const kept: EncodedBodies = {};
  if (br.length <= body.length * MAX_SHARE) kept.br = { body: br, etag: codedEtag(etag, 'br') };
  if (gz.length <= body.length * MAX_SHARE) kept.gzip = { body: gz, etag: codedEtag(etag, 'gzip') };
  return kept;
}

/** Another strong validator per coding: a cache holding the gzip bytes must not revalidate them as the brotli ones. */
function codedEtag(etag: string, coding: ContentCoding): string {
  return `${etag.slice(0, -1)}-${coding}"`;
}

/** A header's answers are few (a handful of browsers and tools); past this many, forget them all. */
const MAX_REMEMBERED_HEADERS = 256;

class BoundedMemo extends Map<string, string> {
  override set(key: string, value: string): this {
    if (this.size >= MAX_REMEMBERED_HEADERS) this.clear();
    return super.set(key, value);
  }
}

const negotiators = new Map<string, Negotiator>();

/**
 * The coding to send for an Accept-Encoding header among those the document has, or undefined
 * for its own bytes. A client that names none of ours, or refuses them all, still gets the
 * document uncompressed (never 406): every client can read identity.
 */
export function chooseCoding(acceptEncoding: string | undefined, available: EncodedBodies): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const offered = CONTENT_CODINGS.filter((coding) => available[coding]);
  if (!offered.length) return undefined;
  const name = offered.join(',');
  let negotiator = negotiators.get(name);
  if (!negotiator) {
    negotiator = new Negotiator({ supportedValues: [...offered, 'identity'], cache: new BoundedMemo() });
    negotiators.set(name, negotiator);
  }
  const chosen = negotiator.negotiate(acceptEncoding);
  return chosen === null || chosen === 'identity' ? undefined : (chosen as ContentCoding);
}
