import type { AppConfig } from '../config/app-config';
import type { SettingStore } from '../settings/setting.store';
import { TokenSigner } from './token-signer';

const config = { auth: { secret: 'a-secret-of-the-test-only-0123456789', tokenTtlMinutes: 60 } } as unknown as AppConfig;
// With AUTH_SECRET set the signer never reads the settings.
const signer = () => new TokenSigner(config, null as unknown as SettingStore);

describe('TokenSigner.verify', () => {
  it('accepts its own token, then again from memory, and refuses it once expired all the same', async () => {
    const tokens = signer();
    const now = Date.now();
    const { token, expiresAt } = await tokens.sign(7, 2, now);
    expect(await tokens.verify(token, now)).toMatchObject({ sub: 7, ver: 2 });
    expect(await tokens.verify(token, now + 1_000)).toMatchObject({ sub: 7, ver: 2 });
    // Remembered as genuine, yet past its expiry it opens nothing.
    expect(await tokens.verify(token, expiresAt.getTime())).toBeNull();
    expect(await tokens.verify(token, expiresAt.getTime() + 60_000)).toBeNull();
  });

  it('refuses a token whose claims or signature were altered, before and after the genuine one was seen', async () => {
    const tokens = signer();
    const { token } = await tokens.sign(7, 2);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 1 })).toString('base64url');
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await tokens.verify(token)).toMatchObject({ sub: 7 });
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await tokens.verify(`${header}.${payload}.${signature.slice(0, -2)}AA`)).toBeNull();
    // Another server's secret: not genuine here.
    const other = new TokenSigner({ auth: { secret: 'another-secret-entirely-0123456789', tokenTtlMinutes: 60 } } as unknown as AppConfig, null as unknown as SettingStore);
    expect(await other.verify(token)).toBeNull();
  });
});
