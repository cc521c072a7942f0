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

  it('compresses text at brotli 9 and a PDF, deflated already, at 5', async () => {
    expect([brotliQualityFor('application/json; charset=utf-8'), brotliQualityFor('text/calendar; charset=utf-8'), brotliQualityFor(undefined)]).toEqual([9, 9, 9]);
    expect(brotliQualityFor('application/pdf')).toBe(5);
    const atQuality = (body: Buffer, quality: number, mode: number) =>
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: mode, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const pdf = await encodedBodies(text, '"p"', 'application/pdf');
    expect(pdf.br!.body.equals(atQuality(text, 5, constants.BROTLI_MODE_GENERIC))).toBe(true);
    expect(brotliDecompressSync(pdf.br!.body).equals(text)).toBe(true);
    const json = await encodedBodies(text, '"j"', 'application/json; charset=utf-8');
    expect(json.br!.body.equals(atQuality(text, 9, constants.BROTLI_MODE_TEXT))).toBe(true);
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
