import { createHash, createHmac } from 'node:crypto';

/**
 * Tencent Cloud's API signature v3 (TC3-HMAC-SHA256), as its "Signature v3" page documents it:
 *   CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(payload))
 *   StringToSign     = "TC3-HMAC-SHA256" \n timestamp \n "<UTC date>/<service>/tc3_request" \n hex(SHA256(CanonicalRequest))
 *   key              = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request")
 *   Authorization    = TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, SignedHeaders=<…>, Signature=hex(HMAC(key, StringToSign))
 * Canonical headers are the signed ones, names in lower case, values trimmed, sorted by name,
 * each line ending in \n. Shared by the adapter and the tests' fake provider.
 */
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3Request {
  method: string;
  /** Path and query as sent; a POST of JSON has `/` and an empty query. */
  path: string;
  query: string;
  /** The signed headers by lower-case name (at least content-type and host). */
  headers: Record<string, string>;
  payload: string;
  service: string;
  /** Seconds since the epoch (X-TC-Timestamp). */
  timestamp: number;
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** The UTC calendar day of a timestamp, YYYY-MM-DD: part of the credential scope. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3CanonicalRequest(request: Tc3Request): { canonical: string; signedHeaders: string } {
  const names = Object.keys(request.headers)
    .map((name) => name.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const canonicalHeaders = names.map((name) => `${name}:${lower[name].trim()}\n`).join('');
  const signedHeaders = names.join(';');
  const canonical = [request.method.toUpperCase(), request.path, request.query, canonicalHeaders, signedHeaders, sha256Hex(request.payload)].join('\n');
  return { canonical, signedHeaders };
}

export function tc3StringToSign(request: Tc3Request): { stringToSign: string; scope: string; signedHeaders: string } {
  const { canonical, signedHeaders } = tc3CanonicalRequest(request);
  const scope = `${tc3Date(request.timestamp)}/${request.service}/tc3_request`;
  return { stringToSign: [TC3_ALGORITHM, String(request.timestamp), scope, sha256Hex(canonical)].join('\n'), scope, signedHeaders };
}

export function tc3Signature(secretKey: string, request: Tc3Request): { signature: string; scope: string; signedHeaders: string } {
  const { stringToSign, scope, signedHeaders } = tc3StringToSign(request);
  const signing = hmac(hmac(hmac(`TC3${secretKey}`, tc3Date(request.timestamp)), request.service), 'tc3_request');
  return { signature: createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex'), scope, signedHeaders };
}

export function tc3Authorization(secretId: string, secretKey: string, request: Tc3Request): string {
  const { signature, scope, signedHeaders } = tc3Signature(secretKey, request);
  return `${TC3_ALGORITHM} Credential=${secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
