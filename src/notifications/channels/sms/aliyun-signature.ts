import { createHmac } from 'node:crypto';

/**
 * Alibaba Cloud's RPC signature (SignatureVersion 1.0, HMAC-SHA1), as its "Signature mechanism"
 * page documents it: sort every parameter but `Signature` by name, percent-encode names and
 * values (RFC 3986: only A–Z a–z 0–9 - _ . ~ stay as they are, a space is %20, never +), join
 * them as name=value with &, and sign
 *   StringToSign = HTTPMethod & percentEncode("/") & percentEncode(CanonicalizedQueryString)
 * with HMAC-SHA1 keyed by the AccessKey secret followed by "&"; the signature is its Base64.
 * Shared by the adapter and the tests' fake provider, which recomputes it from what arrived.
 */
export function percentEncode(value: string): string {
  // encodeURIComponent leaves ! ' ( ) * unencoded; the documented set leaves only unreserved characters.
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalizedQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    // Byte order of the names (they are ASCII): the "dictionary order" the page asks for.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

export function aliyunStringToSign(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalizedQuery(params))}`;
}

export function aliyunSignature(accessKeySecret: string, method: string, params: Record<string, string>): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(aliyunStringToSign(method, params), 'utf8').digest('base64');
}
