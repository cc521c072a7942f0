import { randomUUID } from 'node:crypto';
import type { SmsConfig } from '../../../config/app-config';
import { aliyunSignature, percentEncode } from './aliyun-signature';
import { aliyunPhoneNumber } from './phone-number';
import { OutgoingSms, PROVIDER_TIMEOUT_MS, SmsProvider, SmsRefused } from './sms-provider';

interface SendSmsAnswer {
  Code?: string;
  Message?: string;
  BizId?: string;
  RequestId?: string;
}

/**
 * Alibaba Cloud SMS (dysmsapi, API version 2017-05-25), action SendSms, signed with the RPC
 * signature (HMAC-SHA1, aliyun-signature.ts). Parameters are sent as a form body of a POST,
 * which is what the signature's method names. Code `OK` is an acceptance; any other code is a
 * refusal (retried later by the outbox: a daily limit or a flow control lifts with time).
 */
export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun';

  constructor(private readonly config: SmsConfig) {}

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string | null }> {
    const params: Record<string, string> = {
      AccessKeyId: this.config.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      RegionId: this.config.region,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      // ISO 8601 in UTC without milliseconds, as the common parameters ask.
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
      PhoneNumbers: aliyunPhoneNumber(sms.phone),
      SignName: this.config.signName,
      TemplateCode: sms.templateCode ?? '',
      TemplateParam: JSON.stringify(Object.fromEntries(sms.variables)),
    };
    if (sms.outboxMessageId !== null) params.OutId = String(sms.outboxMessageId);
    params.Signature = aliyunSignature(this.config.accessKeySecret, 'POST', params);
    const body = Object.entries(params)
      .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
      .join('&');
    const response = await fetch(this.config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
    const answer = (await response.json().catch(() => ({}))) as SendSmsAnswer;
    if (answer.Code !== 'OK') throw new SmsRefused(this.name, answer.Code ?? `HTTP ${response.status}`, answer.Message ?? '');
    return { providerMessageId: answer.BizId ?? null };
  }
}
