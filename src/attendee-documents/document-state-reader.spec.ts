import type { DocumentStateRow, RegistrationStore } from '../registrations/registration.store';
import { DocumentStateReader } from './document-state-reader';

describe('DocumentStateReader', () => {
  const row = (code: string, sessionId: number | null): DocumentStateRow => ({ id: code.length, code, anonymized_at: null, session_id: sessionId });

  function readerOver(rows: DocumentStateRow[]) {
    const calls: string[][] = [];
    const store = {
      documentStates: (codes: string[]) => {
        calls.push(codes);
        return Promise.resolve(rows.filter((r) => codes.includes(r.code)));
      },
    } as unknown as RegistrationStore;
    return { reader: new DocumentStateReader(store), calls };
  }

  it('reads what is asked in one turn in one statement, and gives each caller its own rows in session order', async () => {
    const { reader, calls } = readerOver([row('AAAAA-AAAAA', 9), row('BBBBB-BBBBB', 1), row('AAAAA-AAAAA', 2)]);
    const [a, again, b, none] = await Promise.all([reader.read('AAAAA-AAAAA'), reader.read('AAAAA-AAAAA'), reader.read('BBBBB-BBBBB'), reader.read('CCCCC-CCCCC')]);
    expect(calls).toEqual([['AAAAA-AAAAA', 'BBBBB-BBBBB', 'CCCCC-CCCCC']]);
    expect(a.map((r) => r.session_id)).toEqual([2, 9]);
    expect(again).toEqual(a);
    expect(b).toEqual([row('BBBBB-BBBBB', 1)]);
    expect(none).toEqual([]);
  });

  it('never lets a request share a statement sent before it came', async () => {
    const { reader, calls } = readerOver([row('AAAAA-AAAAA', 1)]);
    const first = reader.read('AAAAA-AAAAA');
    await new Promise((resolve) => setImmediate(resolve));
    // The first statement is on its way: a later request gets a statement of its own.
    const second = reader.read('AAAAA-AAAAA');
    await Promise.all([first, second]);
    expect(calls).toEqual([['AAAAA-AAAAA'], ['AAAAA-AAAAA']]);
  });

  it('hands a failed statement’s error to every caller of it', async () => {
    const store = { documentStates: () => Promise.reject(new Error('gone')) } as unknown as RegistrationStore;
    const reader = new DocumentStateReader(store);
    await expect(Promise.all([reader.read('AAAAA-AAAAA'), reader.read('BBBBB-BBBBB')])).rejects.toThrow('gone');
  });
});
