import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { aliyunSignature } from '../../src/notifications/channels/sms/aliyun-signature';
import { tc3Date, tc3Signature, TC3_ALGORITHM } from '../../src/notifications/channels/sms/tencent-signature';

/** A message the fake accepted, as the provider would have sent it. */
export interface FakeSms {
  provider: 'aliyun' | 'tencent';
  /** As the request named it: Alibaba's PhoneNumbers or Tencent's PhoneNumberSet[0]. */
  phone: string;
  signName: string;
  templateCode: string;
  /** Alibaba: the TemplateParam object; Tencent: the values in order, keyed 1, 2, 3… */
  params: Record<string, string>;
  /** BizId or SerialNo. */
  id: string;
  /** OutId or SessionContext. */
  context: string;
}

/** A request the fake refused, and why (a wrong signature, a stale timestamp…). */
export interface FakeRefusal {
  provider: 'aliyun' | 'tencent';
  code: string;
}

export interface FakeSmsProvider {
  url: string;
  accepted: FakeSms[];
  refused: FakeRefusal[];
  /** Numbers (as the request names them) the fake refuses as a provider does for a blocked number. */
  blocked: Set<string>;
  close(): Promise<void>;
}

/**
 * Alibaba Cloud SMS and Tencent Cloud SMS on one local port, for the adapters' tests. It knows
 * one key pair per provider and verifies every request the way the provider documents it: it
 * recomputes the signature from what arrived — Alibaba's RPC signature over the sorted,
 * percent-encoded parameters, Tencent's TC3-HMAC-SHA256 over the canonical request rebuilt from
 * the headers SignedHeaders names — and compares; a mismatch, an unknown key, a stale timestamp
 * or a nonce seen before is refused with the provider's own error code.
 */
export async function startFakeSmsProvider(keys: { aliyun?: { id: string; secret: string }; tencent?: { id: string; secret: string; appId: string } }): Promise<FakeSmsProvider> {
  const accepted: FakeSms[] = [];
  const refused: FakeRefusal[] = [];
  const blocked = new Set<string>();
  const nonces = new Set<string>();

  const aliyun = (req: IncomingMessage, body: string): { status: number; json: object } => {
    const params: Record<string, string> = {};
    const url = new URL(req.url ?? '/', 'http://fake');
    for (const [name, value] of url.searchParams) params[name] = value;
    for (const [name, value] of new URLSearchParams(body)) params[name] = value;
    const refuse = (status: number, code: string, message: string) => {
      refused.push({ provider: 'aliyun', code });
      return { status, json: { Code: code, Message: message, RequestId: randomUUID() } };
    };
    if (!keys.aliyun || params.AccessKeyId !== keys.aliyun.id) return refuse(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') return refuse(400, 'InvalidSignatureMethod', 'Specified signature method is not valid.');
    const at = Date.parse(params.Timestamp ?? '');
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '') || Math.abs(Date.now() - at) > 15 * 60_000) return refuse(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    if (!params.SignatureNonce || nonces.has(params.SignatureNonce)) return refuse(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    const expected = aliyunSignature(keys.aliyun.secret, req.method ?? 'GET', params);
    if (!same(expected, params.Signature ?? '')) return refuse(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    nonces.add(params.SignatureNonce);
    if (params.Action !== 'SendSms' || params.Version !== '2017-05-25') return refuse(400, 'InvalidAction.NotFound', 'Specified api is not found.');
    if (blocked.has(params.PhoneNumbers)) return { status: 200, json: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号', RequestId: randomUUID() } };
    const id = `${Date.now()}^${Math.floor(Math.random() * 1e9)}`;
    accepted.push({
      provider: 'aliyun',
      phone: params.PhoneNumbers,
      signName: params.SignName,
      templateCode: params.TemplateCode,
      params: JSON.parse(params.TemplateParam ?? '{}') as Record<string, string>,
      id,
      context: params.OutId ?? '',
    });
    return { status: 200, json: { Code: 'OK', Message: 'OK', BizId: id, RequestId: randomUUID() } };
  };

  const tencent = (req: IncomingMessage, body: string): { status: number; json: object } => {
    const refuse = (code: string, message: string) => {
      refused.push({ provider: 'tencent', code });
      return { status: 200, json: { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } } };
    };
    const authorization = header(req, 'authorization');
    const match = /^(\S+) Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match || match[1] !== TC3_ALGORITHM) return refuse('AuthFailure.InvalidAuthorization', 'Authorization header is not valid.');
    const [, , secretId, date, service, signedHeaders, signature] = match;
    if (!keys.tencent || secretId !== keys.tencent.id) return refuse('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
    const timestamp = Number(header(req, 'x-tc-timestamp'));
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return refuse('AuthFailure.SignatureExpire', 'Signature expired.');
    if (date !== tc3Date(timestamp) || service !== 'sms') return refuse('AuthFailure.SignatureFailure', 'The credential scope is not valid.');
    const names = signedHeaders.split(';');
    if (!names.includes('content-type') || !names.includes('host')) return refuse('AuthFailure.SignatureFailure', 'content-type and host must be signed.');
    const url = new URL(req.url ?? '/', 'http://fake');
    const expected = tc3Signature(keys.tencent.secret, {
      method: req.method ?? 'POST',
      path: url.pathname,
      query: url.search.slice(1),
      headers: Object.fromEntries(names.map((name) => [name, header(req, name)])),
      payload: body,
      service,
      timestamp,
    });
    if (!same(expected.signature, signature)) return refuse('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
    if (header(req, 'x-tc-action') !== 'SendSms' || header(req, 'x-tc-version') !== '2021-01-11') return refuse('InvalidAction', 'The action is not valid.');
    const request = JSON.parse(body) as { PhoneNumberSet: string[]; SmsSdkAppId: string; SignName: string; TemplateId: string; TemplateParamSet: string[]; SessionContext?: string };
    if (request.SmsSdkAppId !== keys.tencent.appId) return refuse('FailedOperation.SmsSdkAppIdVerifyFail', 'SmsSdkAppId does not belong to this account.');
    const phone = request.PhoneNumberSet[0];
    if (blocked.has(phone)) {
      return { status: 200, json: { Response: { SendStatusSet: [{ SerialNo: '', PhoneNumber: phone, Fee: 0, Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: 'incorrect phone number' }], RequestId: randomUUID() } } };
    }
    const id = `2433:${Math.floor(Math.random() * 1e12)}`;
    accepted.push({
      provider: 'tencent',
      phone,
      signName: request.SignName,
      templateCode: request.TemplateId,
      params: Object.fromEntries(request.TemplateParamSet.map((value, i) => [String(i + 1), value])),
      id,
      context: request.SessionContext ?? '',
    });
    return { status: 200, json: { Response: { SendStatusSet: [{ SerialNo: id, PhoneNumber: phone, Fee: 1, SessionContext: request.SessionContext ?? '', Code: 'Ok', Message: 'send success', IsoCode: 'CN' }], RequestId: randomUUID() } } };
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const answer = header(req, 'x-tc-action') ? tencent(req, body) : aliyun(req, body);
      res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    accepted,
    refused,
    blocked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

function same(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
