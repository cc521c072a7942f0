import { newRegistrationCode, normalisePhone, REGISTRATION_CODE_PATTERN } from './registration-codes';

describe('registration codes', () => {
  it('are printable, grouped and practically unique', () => {
    const codes = new Set(Array.from({ length: 20_000 }, () => newRegistrationCode()));
    expect(codes.size).toBe(20_000);
    for (const code of [...codes].slice(0, 500)) expect(code).toMatch(REGISTRATION_CODE_PATTERN);
    expect([...codes].join('')).not.toMatch(/[01OIL]/);
  });
});

describe('phone numbers', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['+86 138-1234-5678', '+8613812345678'],
    ['86 19912345678', '+8619912345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['010-6512 3456', '+861065123456'],
    ['+86 29 8765 4321', '+862987654321'],
  ])('accepts %s as %s', (raw, normalised) => {
    expect(normalisePhone(raw)).toBe(normalised);
  });

  it.each(['12812345678', '+86 128 1234 5678', '1381234567', '138123456789', '0086 13812345678', '+0 123456789', 'phone', '+86', '+1234567890123456', '123'])('refuses %s', (raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });
});
