import { Injectable } from '@nestjs/common';
import type { DocumentStateRow } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';

/** At most this many registrations in one statement (a placeholder each). */
const MAX_BATCH = 200;

/**
 * Reads the state of attendee documents (`RegistrationStore.documentStates`) for every request
 * that asks within the same turn of the event loop, in one statement sent after all of them
 * arrived: each still sees every change committed before it came, and a busy server sends one
 * statement where it had dozens of requests (for the same registration or for others). A
 * statement already sent is never shared with a request that came after it: that request
 * could miss a change committed in between.
 */
@Injectable()
export class DocumentStateReader {
  private waiting = new Map<string, { resolve: (rows: DocumentStateRow[]) => void; reject: (error: unknown) => void }[]>();
  private scheduled = false;

  constructor(private readonly registrations: RegistrationStore) {}

  /** The registration's rows, its seats in session order; empty for an unknown code. */
  read(code: string): Promise<DocumentStateRow[]> {
    return new Promise((resolve, reject) => {
      const callers = this.waiting.get(code);
      if (callers) callers.push({ resolve, reject });
      else this.waiting.set(code, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = new Map();
    const codes = [...batch.keys()];
    for (let i = 0; i < codes.length; i += MAX_BATCH) void this.send(codes.slice(i, i + MAX_BATCH), batch);
  }

  private async send(codes: string[], batch: typeof this.waiting): Promise<void> {
    try {
      const rows = await this.registrations.documentStates(codes);
      const byCode = new Map<string, DocumentStateRow[]>();
      for (const row of rows) {
        const own = byCode.get(row.code);
        if (own) own.push(row);
        else byCode.set(row.code, [row]);
      }
      for (const code of codes) {
        const own = (byCode.get(code) ?? []).sort((a, b) => Number(a.session_id) - Number(b.session_id));
        for (const caller of batch.get(code)!) caller.resolve(own);
      }
    } catch (error) {
      for (const code of codes) for (const caller of batch.get(code)!) caller.reject(error);
    }
  }
}
