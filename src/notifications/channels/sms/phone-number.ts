/**
 * A phone number as providers take it, E.164 (`+8613800138000`), from what people type:
 * `138 0013 8000`, `138-0013-8000`, `+86 138 0013 8000`, `0086…`, `86…` (11-digit mainland
 * mobiles), or any `+<country><number>`. Null for what no text message can reach (a landline
 * with an area code, letters, too short or too long).
 */
export function smsNumber(typed: string): string | null {
  const compact = typed.replace(/[\s\-().]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (/^1[3-9]\d{9}$/.test(compact)) digits = `86${compact}`;
  else if (/^861[3-9]\d{9}$/.test(compact)) digits = compact;
  else return null;
  if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
  // A mainland number must be a mobile one: 86 followed by 11 digits starting with 1[3-9].
  if (digits.startsWith('86') && !/^861[3-9]\d{9}$/.test(digits)) return null;
  return `+${digits}`;
}

/** The number as Alibaba's PhoneNumbers wants it: 11 digits for the mainland, country code and number otherwise. */
export function aliyunPhoneNumber(e164: string): string {
  return e164.startsWith('+86') ? e164.slice(3) : e164.slice(1);
}

/** The number with its middle digits hidden, for logs and error messages. */
export function maskedNumber(e164: string): string {
  return e164.length > 7 ? `${e164.slice(0, e164.length - 8)}****${e164.slice(-4)}` : '****';
}
