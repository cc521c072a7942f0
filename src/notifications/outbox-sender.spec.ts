import { Logger } from '@nestjs/common';
import type { OutboxMessage } from './entities/outbox-message.entity';
import type { NotificationChannel, StoredMessage } from './notification-channel';
import { OutboxSender } from './outbox-sender';
import type { FailedSend, OutboxStore } from './outbox.store';

/** The outbox in memory: due rows are claimed as they are asked for, outcomes recorded. */
class FakeOutbox {
  readonly sent: number[] = [];
  readonly failures = new Map<number, FailedSend>();

  constructor(private readonly rows: OutboxMessage[]) {}

  dueIds = () => Promise.resolve(this.rows.map((row) => row.id));
  claim = (id: number) => Promise.resolve(this.rows.find((row) => row.id === id) ?? null);
  markSent = (id: number) => {
    this.sent.push(id);
    return Promise.resolve(true);
  };
  recordFailure = (id: number, _sender: string, failure: FailedSend) => {
    this.failures.set(id, failure);
    return Promise.resolve();
  };
}

/** A channel that renders `template:address` and records what it sends; `refuse` makes the send fail. */
class FakeChannel implements NotificationChannel<string> {
  readonly delivered: string[] = [];
  refuse = false;

  constructor(readonly channel: string) {}

  render(message: StoredMessage): string {
    if (message.template === 'broken') throw new Error('unknown template "broken"');
    return `${this.channel}:${message.template}:${message.address}`;
  }

  send(rendered: string): Promise<void> {
    if (this.refuse) return Promise.reject(new Error('550 mailbox unavailable'));
    this.delivered.push(rendered);
    return Promise.resolve();
  }
}

function row(id: number, values: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id,
    kind: 'confirmation',
    dedupeKey: `test:${id}`,
    registrationId: null,
    channel: 'email',
    address: `person${id}@example.org`,
    language: 'zh',
    template: 'confirmation',
    params: {},
    status: 'sending',
    attempts: 0,
    nextAttemptAt: new Date('2030-01-01T00:00:00Z'),
    claimedBy: 'me',
    claimedUntil: null,
    sentAt: null,
    lastError: null,
    createdAt: new Date('2030-01-01T00:00:00Z'),
    ...values,
  };
}

describe('OutboxSender, dispatching by channel', () => {
  const now = new Date('2030-01-01T00:00:10Z');
  let email: FakeChannel;
  let sms: FakeChannel;

  beforeEach(() => {
    email = new FakeChannel('email');
    sms = new FakeChannel('sms');
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  function sender(rows: OutboxMessage[], channels: FakeChannel[]) {
    const outbox = new FakeOutbox(rows);
    return { outbox, sender: new OutboxSender(outbox as unknown as OutboxStore, channels) };
  }

  it('sends each message through the channel its row names, rendered by that channel', async () => {
    const { outbox, sender: s } = sender([row(1), row(2, { channel: 'sms', address: '+8613800000000', template: 'reminder' })], [email, sms]);
    expect(await s.deliverDue(now)).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(email.delivered).toEqual(['email:confirmation:person1@example.org']);
    expect(sms.delivered).toEqual(['sms:reminder:+8613800000000']);
    expect(outbox.sent).toEqual([1, 2]);
  });

  it('marks a message for a channel this server lacks failed at once, with the reason, and goes on', async () => {
    const { outbox, sender: s } = sender([row(1, { channel: 'sms' }), row(2)], [email]);
    await expect(s.deliverDue(now)).resolves.toEqual({ sent: 1, retrying: 0, failed: 1 });
    expect(outbox.failures.get(1)).toEqual({ status: 'failed', attempts: 1, nextAttemptAt: row(1).nextAttemptAt, lastError: 'no channel "sms" to send through' });
    expect(outbox.sent).toEqual([2]);
    expect(email.delivered).toEqual(['email:confirmation:person2@example.org']);
  });

  it('marks a message its channel cannot render failed at once: no retry would help', async () => {
    const { outbox, sender: s } = sender([row(1, { template: 'broken' })], [email]);
    expect(await s.deliverDue(now)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(outbox.failures.get(1)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'unknown template "broken"' });
    expect(email.delivered).toEqual([]);
  });

  it('retries a refused send later, the address kept out of the recorded reason', async () => {
    email.refuse = true;
    const { outbox, sender: s } = sender([row(1, { attempts: 2 })], [email]);
    expect(await s.deliverDue(now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const failure = outbox.failures.get(1)!;
    expect(failure).toMatchObject({ status: 'pending', attempts: 3, lastError: '550 mailbox unavailable' });
    // The third attempt failed: the next one waits 2 minutes.
    expect(failure.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(120_000);
    expect(failure.nextAttemptAt.getTime() - now.getTime()).toBeLessThan(121_000);
  });
});
