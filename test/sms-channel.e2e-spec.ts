import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SmsConfig } from '../src/config/app-config';
import { AliyunSmsProvider } from '../src/notifications/channels/sms/aliyun-sms.provider';
import { SmsDeliveryStore } from '../src/notifications/channels/sms/sms-delivery.store';
import { SmsNumberLimits } from '../src/notifications/channels/sms/sms-number-limits';
import type { OutgoingSms } from '../src/notifications/channels/sms/sms-provider';
import { TencentSmsProvider } from '../src/notifications/channels/sms/tencent-sms.provider';
import { OutboxMessage } from '../src/notifications/entities/outbox-message.entity';
import type { Notification } from '../src/notifications/notification';
import { OutboxSender } from '../src/notifications/outbox-sender';
import { OutboxStore } from '../src/notifications/outbox.store';
import { Transactions } from '../src/database/transactions';
import { FakeSmsProvider, startFakeSmsProvider } from './support/fake-sms-provider';
import { startTestApp, TestApp } from './support/test-app';

const ALIYUN = { id: 'LTAI5tTestKeyId', secret: 'aliyun-test-secret-0123456789' };
const TENCENT = { id: 'AKIDtestSecretId0123', secret: 'tencent-test-secret-0123456789', appId: '1400787878' };
const REPORT_TOKEN = 'report-token-0123456789abcdef';

const pickup = (phone: string, key: string): Notification<'pickup_guest'> => ({
  kind: 'pickup_guest',
  dedupeKey: `test-pickup:${key}`,
  registrationId: null,
  channel: 'sms',
  recipient: { name: '王伟', phone, language: 'zh' },
  template: 'pickup_guest',
  params: { name: '王伟', time: '12月1日 14:30', meetingPoint: '西安北站出站口', plate: '陕A·12345', driverName: '李师傅', driverPhone: '139 1111 2222' },
});

async function enqueue(t: TestApp, ...notifications: Notification[]): Promise<void> {
  const outbox = t.app.get(OutboxStore);
  await t.app.get(Transactions).run(async (tx) => {
    for (const notification of notifications) await outbox.enqueue(tx, notification);
  });
}

const outboxRows = (t: TestApp) => t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });

const sms = (over: Partial<OutgoingSms> = {}): OutgoingSms => ({
  outboxMessageId: 7,
  kind: 'pickup_guest',
  phone: '+8613800138000',
  template: 'pickup_guest',
  templateCode: 'SMS_0001',
  variables: [['name', '王伟']],
  text: '王伟您好',
  ...over,
});

function smsConfig(provider: 'aliyun' | 'tencent', url: string, secret: string): SmsConfig {
  return {
    provider,
    accessKeyId: provider === 'aliyun' ? ALIYUN.id : TENCENT.id,
    accessKeySecret: secret,
    signName: '中网联',
    templates: {},
    appId: TENCENT.appId,
    region: provider === 'aliyun' ? 'cn-hangzhou' : 'ap-guangzhou',
    endpoint: new URL(url),
    spoolFile: '/dev/null',
    perNumberPerHour: 5,
    perNumberPerDay: 20,
    reportToken: null,
  };
}

describe('SMS channel', () => {
  let fake: FakeSmsProvider;

  beforeAll(async () => {
    fake = await startFakeSmsProvider({ aliyun: ALIYUN, tencent: TENCENT });
  });
  afterAll(() => fake.close());

  describe('the adapters, against the fake provider that verifies signatures as documented', () => {
    it('Alibaba: the right secret is accepted with a BizId; a wrong one is refused as SignatureDoesNotMatch', async () => {
      const good = await new AliyunSmsProvider(smsConfig('aliyun', fake.url, ALIYUN.secret)).send(sms());
      expect(good.providerMessageId).toBe(fake.accepted.at(-1)!.id);
      expect(fake.accepted.at(-1)).toMatchObject({ provider: 'aliyun', phone: '13800138000', signName: '中网联', templateCode: 'SMS_0001', params: { name: '王伟' }, context: '7' });
      await expect(new AliyunSmsProvider(smsConfig('aliyun', fake.url, 'not-the-secret')).send(sms())).rejects.toThrow('SignatureDoesNotMatch');
      expect(fake.refused.at(-1)).toEqual({ provider: 'aliyun', code: 'SignatureDoesNotMatch' });
    });

    it('Tencent: the right secret is accepted with a SerialNo; a wrong one is refused as AuthFailure.SignatureFailure', async () => {
      const good = await new TencentSmsProvider(smsConfig('tencent', fake.url, TENCENT.secret)).send(sms({ variables: [['a', '一'], ['b', '二']] }));
      expect(good.providerMessageId).toBe(fake.accepted.at(-1)!.id);
      expect(fake.accepted.at(-1)).toMatchObject({ provider: 'tencent', phone: '+8613800138000', templateCode: 'SMS_0001', params: { 1: '一', 2: '二' }, context: '7' });
      await expect(new TencentSmsProvider(smsConfig('tencent', fake.url, 'not-the-secret')).send(sms())).rejects.toThrow('AuthFailure.SignatureFailure');
      expect(fake.refused.at(-1)).toEqual({ provider: 'tencent', code: 'AuthFailure.SignatureFailure' });
    });

    it('a number the provider refuses is a refusal, with its code', async () => {
      fake.blocked.add('13900000000');
      await expect(new AliyunSmsProvider(smsConfig('aliyun', fake.url, ALIYUN.secret)).send(sms({ phone: '+8613900000000' }))).rejects.toThrow('isv.MOBILE_NUMBER_ILLEGAL');
      fake.blocked.add('+8613900000000');
      await expect(new TencentSmsProvider(smsConfig('tencent', fake.url, TENCENT.secret)).send(sms({ phone: '+8613900000000' }))).rejects.toThrow('InvalidParameterValue.IncorrectPhoneNumber');
    });
  });

  describe('through the outbox, with Alibaba configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        seed: false,
        env: {
          SMS_PROVIDER: 'aliyun',
          SMS_ACCESS_KEY_ID: ALIYUN.id,
          SMS_ACCESS_KEY_SECRET: ALIYUN.secret,
          SMS_SIGN_NAME: '中网联',
          SMS_TEMPLATES: 'pickup_guest=SMS_465900001,pickup_driver=SMS_465900002',
          SMS_ENDPOINT: fake.url,
          SMS_NUMBER_PER_HOUR: '2',
          SMS_REPORT_TOKEN: REPORT_TOKEN,
        },
      });
    });
    afterAll(() => t.close());

    it('sends the approved template with its variables, records the delivery, and takes the delivery report', async () => {
      const before = fake.accepted.length;
      await enqueue(t, pickup('138 0013 8001', 'a'));
      expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const sent = fake.accepted.slice(before);
      expect(sent).toEqual([
        expect.objectContaining({
          provider: 'aliyun',
          phone: '13800138001',
          signName: '中网联',
          templateCode: 'SMS_465900001',
          params: { name: '王伟', time: '12月1日 14:30', place: '西安北站出站口', plate: '陕A·12345', driver: '李师傅', phone: '139 1111 2222' },
        }),
      ]);
      const [row] = await outboxRows(t);
      expect(sent[0].context).toBe(String(row.id));
      const [delivery] = await t.app.get(SmsDeliveryStore).forOutboxMessages([row.id]);
      expect(delivery).toMatchObject({ provider: 'aliyun', phone: '+8613800138001', template: 'pickup_guest', providerMessageId: sent[0].id, status: 'accepted' });

      const report = [{ phone_number: '13800138001', send_time: '2026-12-01 14:00:00', report_time: '2026-12-01 14:00:05', success: true, err_code: 'DELIVERED', err_msg: '用户接收成功', sms_size: '1', biz_id: sent[0].id, out_id: String(row.id) }];
      await t.http.post('/api/sms/reports/aliyun?token=wrong-token-0123456789').send(report).expect(404);
      await t.http.post('/api/sms/reports/aliyun').send(report).expect(404);
      await t.http.post(`/api/sms/reports/aliyun?token=${REPORT_TOKEN}`).send({ not: 'a list' }).expect(400);
      const answer = await t.http.post(`/api/sms/reports/aliyun?token=${REPORT_TOKEN}`).send(report).expect(200);
      expect(answer.body).toEqual({ code: 0, msg: '成功' });
      const [reported] = await t.app.get(SmsDeliveryStore).forOutboxMessages([row.id]);
      expect(reported).toMatchObject({ status: 'delivered', reportCode: 'DELIVERED' });
      expect(reported.reportedAt!.toISOString()).toBe('2026-12-01T06:00:05.000Z');
    });

    it('keeps to the per-number limit across messages: the third in an hour waits, the others go', async () => {
      const before = fake.accepted.length;
      await enqueue(t, pickup('13800138002', 'b1'), pickup('+86 138 0013 8002', 'b2'), pickup('13800138002', 'b3'), pickup('13800138003', 'c1'));
      expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 3, retrying: 1, failed: 0 });
      expect(fake.accepted.slice(before).map((m) => m.phone)).toEqual(['13800138002', '13800138002', '13800138003']);
      const waiting = (await outboxRows(t)).find((row) => row.dedupeKey === 'test-pickup:b3')!;
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
      expect(waiting.lastError).toMatch(/used up until/);
      expect(waiting.lastError).not.toContain('13800138002');
      // An hour later the number has a new share.
      t.app.get(SmsNumberLimits).clock = () => new Date(Date.now() + 3_700_000);
      expect(await t.app.get(OutboxSender).deliverDue(new Date(Date.now() + 3_700_000))).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(fake.accepted.at(-1)!.phone).toBe('13800138002');
      t.app.get(SmsNumberLimits).clock = () => new Date();
    });

    it('fails at once, with the reason, a template without an approved code and a number no message reaches', async () => {
      await enqueue(t, { ...pickup('13800138004', 'x'), kind: 'guest_invitation', template: 'guest_invitation', params: { name: '王伟', editionTitle: { zh: '大会', en: null }, code: 'K7Q2M', replyUrl: 'https://huiwu.test/g/K7Q2M' } } as Notification, pickup('010-6552 9988', 'landline'));
      expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 2 });
      const rows = await outboxRows(t);
      expect(rows.find((r) => r.dedupeKey === 'test-pickup:x')!.lastError).toBe('SMS_TEMPLATES has no approved template code for "guest_invitation"');
      expect(rows.find((r) => r.dedupeKey === 'test-pickup:landline')!.lastError).toBe('the recipient’s phone number cannot receive text messages');
    });
  });

  describe('through the outbox, with Tencent configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        seed: false,
        env: {
          SMS_PROVIDER: 'tencent',
          SMS_ACCESS_KEY_ID: TENCENT.id,
          SMS_ACCESS_KEY_SECRET: TENCENT.secret,
          SMS_APP_ID: TENCENT.appId,
          SMS_SIGN_NAME: '中网联',
          SMS_TEMPLATES: 'pickup_guest=1866001',
          SMS_ENDPOINT: fake.url,
          SMS_REPORT_TOKEN: REPORT_TOKEN,
        },
      });
    });
    afterAll(() => t.close());

    it('sends the variables in the template’s order and takes a failed delivery report', async () => {
      const before = fake.accepted.length;
      await enqueue(t, pickup('13800138005', 't'));
      expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [sent] = fake.accepted.slice(before);
      expect(sent).toMatchObject({ provider: 'tencent', phone: '+8613800138005', templateCode: '1866001', params: { 1: '王伟', 2: '12月1日 14:30', 3: '西安北站出站口', 4: '陕A·12345', 5: '李师傅', 6: '139 1111 2222' } });
      const report = [{ user_receive_time: '2026-12-01 14:00:05', nationcode: '86', mobile: '13800138005', report_status: 'FAIL', errmsg: 'MK:0001', description: '用户短信接收失败', sid: sent.id }];
      const answer = await t.http.post(`/api/sms/reports/tencent?token=${REPORT_TOKEN}`).send(report).expect(200);
      expect(answer.body).toEqual({ result: 0, errmsg: 'OK' });
      const [row] = await outboxRows(t);
      expect((await t.app.get(SmsDeliveryStore).forOutboxMessages([row.id]))[0]).toMatchObject({ status: 'failed', reportCode: 'MK:0001', providerMessageId: sent.id });
    });
  });

  describe('without a provider', () => {
    let t: TestApp;
    const spool = join(tmpdir(), `huiwu-sms-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
    beforeAll(async () => {
      t = await startTestApp({ seed: false, env: { SMS_SPOOL: spool } });
    });
    afterAll(() => t.close());

    it('writes each message to the spool file, one JSON line with its words, and records it', async () => {
      await enqueue(t, pickup('+86 138 0013 8006', 's'));
      expect(await t.app.get(OutboxSender).deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const lines = (await readFile(spool, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({ to: '+8613800138006', template: 'pickup_guest', kind: 'pickup_guest', text: '王伟您好，12月1日 14:30在西安北站出站口接您的车辆为陕A·12345，司机李师傅，电话139 1111 2222。' }),
      ]);
      const [row] = await outboxRows(t);
      expect((await t.app.get(SmsDeliveryStore).forOutboxMessages([row.id]))[0]).toMatchObject({ provider: 'spool', providerMessageId: lines[0].id });
    });
  });
});
