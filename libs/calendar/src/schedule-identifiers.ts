/**
 * The short names and identifiers both schedule formats constrain by pattern. Anything that
 * cannot be repaired is rejected: an invalid document would be dropped whole by the apps.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** schedule.xml's voc-slug-new and schedule.json's slug pattern, both at once. */
const SLUG_XML = /^[a-z0-9_]{4,}-[a-z0-9_-]{4,}$/;
const SLUG_JSON = /^[a-z0-9_-]+[a-z0-9]$/;

/**
 * A name matching schedule.json's `^[a-z0-9_-][a-z0-9_]{3,}(…)?$` and schedule.xml's
 * `[a-z0-9_-]{4,}`: lower case, every other run of characters becomes `_`, so `integrity-2019`
 * gives `integrity_2019`. Hyphens go because they would end the slug's first part early.
 */
export function scheduleAcronym(raw: string): string {
  const cleaned = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (cleaned.length >= 4) return cleaned;
  return cleaned ? `conf_${cleaned}` : 'conf';
}

/** The caller's slug when both formats accept it, else `${acronym}-${id}-${kind}`. */
export function sessionSlug(acronym: string, id: number, kind: string, given: string | undefined): string {
  if (given !== undefined && SLUG_XML.test(given) && SLUG_JSON.test(given)) return given;
  const kindPart = kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // The part after the acronym needs four characters and an alphanumeric end.
  return `${acronym}-${id}-${kindPart.length >= 2 ? kindPart : 'session'}`;
}

/** Lower-cased, because the uniqueness checks (and some apps) compare guids as strings. */
export function checkedGuid(guid: string, what: string): string {
  if (!UUID.test(guid)) throw new RangeError(`${what} guid is not an 8-4-4-4-12 UUID: ${guid}`);
  return guid.toLowerCase();
}

export function checkedId(id: number, what: string): number {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`${what} id must be a positive integer: ${id}`);
  return id;
}

/** Absolute http(s) URL, normalised by WHATWG URL (percent-encoded, so ASCII as `format: uri` wants). */
export function httpUrl(value: string, what: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new RangeError(`${what} is not an absolute URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError(`${what} is not an http(s) URL: ${value}`);
  }
  return url.href;
}

/**
 * schedule.json only accepts `Area/Location` or `UTC` (its pattern is loosely anchored, so
 * America/New_York passes on its prefix); other zones are left out there, the field being optional.
 */
export function jsonTimeZoneName(zone: string): string | undefined {
  return /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/.test(zone) ? zone : undefined;
}
