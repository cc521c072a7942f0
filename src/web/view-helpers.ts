import Handlebars from 'handlebars';
import { ORGANIZATION_ROLE_LABELS, OrganizationRole } from '../organizations/organization-role';
import { SESSION_KIND_LABELS, SessionKind } from '../sessions/session-kind';
import { CHINA_CLOCK, formatDay, onClock } from '../common/i18n/instant-text';
import { Language, translate } from './i18n/messages';

type HelperOptions = Handlebars.HelperOptions;

/** Every page model carries `lang` at its root; helpers read it there rather than take it as an argument each time. */
const langOf = (options: HelperOptions): Language => ((options.data as { root?: { lang?: Language } })?.root?.lang === 'en' ? 'en' : 'zh');

export { formatDay };

/**
 * An instant as the page's reader reads it. A zoned ISO (`…+08:00`, as edition pages are given)
 * is shown as its own wall time; a UTC one (`…Z`, as some answers carry it: a proposal's sending,
 * an invitation's expiry) on the clock of the page's edition, else Beijing's. Slicing the UTC
 * form as it was showed 16:00 of the day before for midnight in Beijing.
 */
export function formatInstant(iso: string, lang: Language, timeZone: string = CHINA_CLOCK): string {
  let zoned = iso;
  if (!/[+-]\d{2}:\d{2}$/.test(iso)) {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    zoned = onClock(at, timeZone).local;
  }
  return `${formatDay(zoned.slice(0, 10), lang, true)} ${wallTime(zoned)}`;
}

/** The page's edition's zone, where the page has one. */
function pageClock(options: HelperOptions): string | undefined {
  const root = (options.data as { root?: { timeZone?: unknown; edition?: { timeZone?: unknown } } })?.root;
  const zone = root?.timeZone ?? root?.edition?.timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}

/** Two calendar days as one range, the year once unless they differ: 2026年12月1日 周二 – 12月2日 周三. */
export function formatDayRange(start: string | null, end: string | null, lang: Language): string {
  // An edition whose days are not known yet says so; it never shows a guessed day.
  if (!start || !end) return translate(lang, 'datesToBeAnnounced');
  return start === end ? formatDay(start, lang, true) : `${formatDay(start, lang, true)} – ${formatDay(end, lang, start.slice(0, 4) !== end.slice(0, 4))}`;
}

/** `2026-12-01T14:00:00+08:00` → `14:00`: instants arrive already in the edition's zone. */
export const wallTime = (iso: string | null | undefined): string => (iso ? iso.slice(11, 16) : '');

/**
 * The one Handlebars environment of the pages. `{{…}}` escapes; no helper returns a SafeString
 * built from data, so nothing a visitor typed can reach the page unescaped.
 */
export function createHandlebars(): typeof Handlebars {
  const hbs = Handlebars.create();
  hbs.registerHelper('t', function (key: string, options: HelperOptions) {
    return translate(langOf(options), key, options.hash as Record<string, unknown>);
  });
  // Picks the English field when reading in English and it exists; Chinese is always there.
  hbs.registerHelper('l', function (zh: unknown, en: unknown, options: HelperOptions) {
    return langOf(options) === 'en' && typeof en === 'string' && en !== '' ? en : zh;
  });
  hbs.registerHelper('roleLabel', (role: OrganizationRole, options: HelperOptions) => ORGANIZATION_ROLE_LABELS[role]?.[langOf(options)] ?? role);
  hbs.registerHelper('kindLabel', (kind: SessionKind, options: HelperOptions) => SESSION_KIND_LABELS[kind]?.[langOf(options)] ?? kind);
  hbs.registerHelper('time', (iso: string | null) => wallTime(iso));
  hbs.registerHelper('day', (date: string | null, options: HelperOptions) => (date ? formatDay(date, langOf(options), options.hash?.year === true) : ''));
  hbs.registerHelper('dateRange', (start: string | null, end: string | null, options: HelperOptions) => formatDayRange(start, end, langOf(options)));
  hbs.registerHelper('instant', (iso: string | null, options: HelperOptions) => (iso ? formatInstant(iso, langOf(options), pageClock(options)) : ''));
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.map(String).includes(String(value)));
  return hbs;
}
