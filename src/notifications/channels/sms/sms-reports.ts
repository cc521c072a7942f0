import { timingSafeEqual } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { NOTIFICATION_MESSAGES } from '../../notification-messages';
import { SmsDeliveryStore } from './sms-delivery.store';

/** One report, as both providers' pushes come down to it. */
interface DeliveryReport {
  providerMessageId: string;
  delivered: boolean;
  code: string | null;
  at: Date;
}

/** What each provider expects back once the reports are taken, or it pushes them again. */
const ACKNOWLEDGEMENTS = {
  aliyun: { code: 0, msg: '成功' },
  tencent: { result: 0, errmsg: 'OK' },
} as const;
export type ReportingProvider = keyof typeof ACKNOWLEDGEMENTS;

/**
 * Delivery reports pushed by the providers to `/api/sms/reports/{provider}?token=…` (the
 * callback address configured at the provider): Alibaba's SmsReport (`biz_id`, `success`,
 * `err_code`, `report_time`) and Tencent's status callback (`sid`, `report_status`, `errmsg`,
 * `user_receive_time`), each a JSON array. Each report marks the message it names delivered or
 * failed. Neither provider signs its pushes, so the address carries a secret (SMS_REPORT_TOKEN);
 * without it no address answers.
 */
@Injectable()
export class SmsReports {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: SmsDeliveryStore,
  ) {}

  async receive(provider: string, token: string | undefined, body: unknown): Promise<object> {
    if (!this.admits(provider, token)) throw new NotFoundException({ message: NOTIFICATION_MESSAGES.noReportRoute() });
    const reports = parseReports(provider as ReportingProvider, body);
    for (const report of reports) {
      await this.store.recordReport(provider, report.providerMessageId, report.delivered ? 'delivered' : 'failed', report.code, report.at);
    }
    return ACKNOWLEDGEMENTS[provider as ReportingProvider];
  }

  private admits(provider: string, token: string | undefined): boolean {
    const expected = this.config.sms.reportToken;
    if (!expected || !token || !Object.hasOwn(ACKNOWLEDGEMENTS, provider)) return false;
    const [a, b] = [Buffer.from(expected), Buffer.from(token)];
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

function parseReports(provider: ReportingProvider, body: unknown): DeliveryReport[] {
  if (!Array.isArray(body)) {
    throw new BadRequestException({ message: NOTIFICATION_MESSAGES.reportNotList(), errors: { body: NOTIFICATION_MESSAGES.reportNotList_field() } });
  }
  return body.map((entry: unknown, index) => {
    const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const idField = provider === 'aliyun' ? 'biz_id' : 'sid';
    const id = record[idField];
    if (typeof id !== 'string' || id === '') {
      throw new BadRequestException({
        message: NOTIFICATION_MESSAGES.reportEntry({ index: index + 1, field: idField }),
        errors: { [`body[${index}].${idField}`]: NOTIFICATION_MESSAGES.reportEntry_field({ field: idField }) },
      });
    }
    const delivered = provider === 'aliyun' ? record.success === true || record.success === 'true' : record.report_status === 'SUCCESS';
    const code = provider === 'aliyun' ? record.err_code : record.errmsg;
    const at = provider === 'aliyun' ? record.report_time : record.user_receive_time;
    return { providerMessageId: id, delivered, code: typeof code === 'string' ? code.slice(0, 100) : null, at: beijingTime(at) };
  });
}

/** Both providers write `2026-12-01 14:05:09` in Beijing time; anything else is taken as now. */
function beijingTime(value: unknown): Date {
  if (typeof value === 'string') {
    const parsed = DateTime.fromFormat(value, 'yyyy-MM-dd HH:mm:ss', { zone: 'Asia/Shanghai' });
    if (parsed.isValid) return parsed.toJSDate();
  }
  return new Date();
}
