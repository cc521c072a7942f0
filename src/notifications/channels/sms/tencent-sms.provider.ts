import type { SmsConfig } from '../../../config/app-config';
import { OutgoingSms, PROVIDER_TIMEOUT_MS, SmsProvider, SmsRefused } from './sms-provider';
import { tc3Authorization } from './tencent-signature';

interface SendSmsAnswer {
  Response?: {
    Error?: { Code: string; Message: string };
    SendStatusSet?: Array<{ SerialNo?: string; Code?: string; Message?: string }>;
    RequestId?: string;
  };
}

const CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Tencent Cloud SMS (API version 2021-01-11), action SendSms, signed with TC3-HMAC-SHA256
 * (tencent-signature.ts) over the JSON body and the content-type and host headers. An error in
 * the answer, or a status other than `Ok` for the number, is a refusal.
 */
export class TencentSmsProvider implements SmsProvider {
  readonly name = 'tencent';

  constructor(private readonly config: SmsConfig) {}

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string | null }> {
    const payload = JSON.stringify({
      PhoneNumberSet: [sms.phone],
      SmsSdkAppId: this.config.appId,
      SignName: this.config.signName,
      TemplateId: sms.templateCode ?? '',
      TemplateParamSet: sms.variables.map(([, value]) => value),
      SessionContext: sms.outboxMessageId === null ? '' : String(sms.outboxMessageId),
    });
    const endpoint = this.config.endpoint;
    const timestamp = Math.floor(Date.now() / 1000);
    const authorization = tc3Authorization(this.config.accessKeyId, this.config.accessKeySecret, {
      method: 'POST',
      path: endpoint.pathname,
      query: '',
      // fetch sends the URL's host (with its port when not the default): the signature must name the same.
      headers: { 'content-type': CONTENT_TYPE, host: endpoint.host },
      payload,
      service: 'sms',
      timestamp,
    });
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': CONTENT_TYPE,
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': this.config.region,
      },
      body: payload,
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
    const answer = (await response.json().catch(() => ({}))) as SendSmsAnswer;
    const error = answer.Response?.Error;
    if (error) throw new SmsRefused(this.name, error.Code, error.Message);
    const status = answer.Response?.SendStatusSet?.[0];
    if (!status) throw new SmsRefused(this.name, `HTTP ${response.status}`, 'no send status in the answer');
    if (status.Code !== 'Ok') throw new SmsRefused(this.name, status.Code ?? 'unknown', status.Message ?? '');
    return { providerMessageId: status.SerialNo ?? null };
  }
}
