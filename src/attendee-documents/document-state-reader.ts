import { Injectable } from '@nestjs/common';
import { TurnBatch } from '../database/turn-batch';
import type { DocumentStateRow } from '../registrations/registration.store';
import { RegistrationStore } from '../registrations/registration.store';

/**
 * Reads the state of attendee documents (`RegistrationStore.documentStates`) for every request
 * that asks within the same turn of the event loop, in one statement sent after all of them
 * arrived (TurnBatch): each still sees every change committed before it came.
 */
@Injectable()
export class DocumentStateReader {
  private readonly batch = new TurnBatch<string, DocumentStateRow[]>((codes) => this.readMany(codes), []);

  constructor(private readonly registrations: RegistrationStore) {}

  /** The registration's rows, its seats in session order; empty for an unknown code. */
  read(code: string): Promise<DocumentStateRow[]> {
    return this.batch.get(code);
  }

  private async readMany(codes: string[]): Promise<Map<string, DocumentStateRow[]>> {
    const byCode = new Map<string, DocumentStateRow[]>();
    for (const row of await this.registrations.documentStates(codes)) {
      const own = byCode.get(row.code);
      if (own) own.push(row);
      else byCode.set(row.code, [row]);
    }
    for (const own of byCode.values()) own.sort((a, b) => Number(a.session_id) - Number(b.session_id));
    return byCode;
  }
}
