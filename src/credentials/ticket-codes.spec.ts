import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { migratedSqlite } from '../../test/support/migrated-sqlite';
import { loadConfig } from '../config/app-config';
import { SettingStore } from '../settings/setting.store';
import { TicketCodes } from './ticket-codes';

/** Signed ticket codes, with the signing key kept in a real, migrated SQLite file. */
describe('ticket codes', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  let codes: TicketCodes;

  beforeAll(async () => {
    db = await migratedSqlite();
    codes = new TicketCodes(loadConfig({}), new SettingStore(db.dataSource));
    await codes.onApplicationBootstrap();
  });
  afterAll(() => db.close());
  afterEach(() => jest.restoreAllMocks());

  it('reads back the claims it signed, and nothing from an altered code', async () => {
    const claims = { editionId: 3, registrationId: 4_321, generation: 2 };
    const code = await codes.issue(claims);
    expect(await codes.verify(code)).toEqual(claims);
    // A guest's code is not a registration's, nor the reverse.
    expect(await codes.verifyGuest(code)).toBeNull();
    const bytes = Buffer.from(code, 'base64url');
    bytes[bytes.length - 5] ^= 0x01;
    expect(await codes.verify(bytes.toString('base64url'))).toBeNull();
  });

  it('checks a code scanned at four gates at once with one verification, and remembers it', async () => {
    const code = await codes.issue({ editionId: 3, registrationId: 77, generation: 1 });
    const verify = jest.spyOn(crypto, 'verify');
    const answers = await Promise.all([1, 2, 3, 4].map(() => codes.verify(code)));
    expect(answers).toEqual(Array(4).fill({ editionId: 3, registrationId: 77, generation: 1 }));
    expect(verify).toHaveBeenCalledTimes(1);
    // Scanned again later (on the way back in): remembered as genuine, not checked again.
    expect(await codes.verify(code)).not.toBeNull();
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('checks a forged code again each time it is scanned, and refuses it each time', async () => {
    const bytes = Buffer.from(await codes.issue({ editionId: 3, registrationId: 78, generation: 1 }), 'base64url');
    bytes[bytes.length - 1] ^= 0x80;
    const forged = bytes.toString('base64url');
    const verify = jest.spyOn(crypto, 'verify');
    expect(await Promise.all([codes.verify(forged), codes.verify(forged)])).toEqual([null, null]);
    expect(await codes.verify(forged)).toBeNull();
    // Two at once share one check; a forgery is never remembered, so the third is checked anew.
    expect(verify).toHaveBeenCalledTimes(2);
  });
});
