import { randomBytes } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { brotliQualityFor, chooseCoding, encodedBodies } from './content-codings';

describe('content codings', () => {
  const text = Buffer.from('中国网络诚信大会 平台经济诚信建设分论坛\n'.repeat(500));

  it('keeps a brotli and a gzip copy of text, each with its own validator', async () => {
    const kept = await encodedBodies(text, '"abc"');
    expect(brotliDecompressSync(kept.br!.body).equals(text)).toBe(true);
    expect(gunzipSync(kept.gzip!.body).equals(text)).toBe(true);
    expect([kept.br!.etag, kept.gzip!.etag]).toEqual(['"abc-br"', '"abc-gzip"']);
  });

  it('compresses text at brotli 9, and a large PDF (deflated already) at 5', async () => {
    const large = 512 * 1024;
    expect([brotliQualityFor('application/json; charset=utf-8', large), brotliQualityFor('text/calendar; charset=utf-8', large), brotliQualityFor(undefined, large)]).toEqual([9, 9, 9]);
    expect([brotliQualityFor('application/pdf', large), brotliQualityFor('application/pdf', 188 * 1024)]).toEqual([5, 9]);
    const atQuality = (body: Buffer, quality: number, mode: number) =>
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: mode, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const bigText = Buffer.concat(Array.from({ length: 30 }, () => text));
    const pdf = await encodedBodies(bigText, '"p"', 'application/pdf');
    expect(pdf.br!.body.equals(atQuality(bigText, 5, constants.BROTLI_MODE_GENERIC))).toBe(true);
    expect(brotliDecompressSync(pdf.br!.body).equals(bigText)).toBe(true);
    const smallPdf = await encodedBodies(text, '"s"', 'application/pdf');
    expect(smallPdf.br!.body.equals(atQuality(text, 9, constants.BROTLI_MODE_TEXT))).toBe(true);
    const json = await encodedBodies(bigText, '"j"', 'application/json; charset=utf-8');
    expect(json.br!.body.equals(atQuality(bigText, 9, constants.BROTLI_MODE_TEXT))).toBe(true);
  });

  it('keeps no copy of what does not compress, nor of a tiny document', async () => {
    expect(await encodedBodies(randomBytes(64 * 1024), '"x"')).toEqual({});
    expect(await encodedBodies(Buffer.from('{"ok":true}'), '"x"')).toEqual({});
  });

  it('chooses by the client’s preference among the copies there are', () => {
    const both = { br: { body: Buffer.alloc(1), etag: '"a-br"' }, gzip: { body: Buffer.alloc(1), etag: '"a-gzip"' } };
    expect(chooseCoding('gzip, deflate, br', both)).toBe('br');
    expect(chooseCoding('gzip, deflate, br', { gzip: both.gzip })).toBe('gzip');
    expect(chooseCoding('br;q=0.2, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseCoding('identity', both)).toBeUndefined();
    expect(chooseCoding('*;q=0', both)).toBeUndefined();
    expect(chooseCoding(undefined, both)).toBeUndefined();
    expect(chooseCoding('br', {})).toBeUndefined();
  });
});
