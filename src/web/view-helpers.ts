import Handlebars from 'handlebars';
import { ORGANIZATION_ROLE_LABELS, OrganizationRole } from '../organizations/organization-role';
import { SESSION_KIND_LABELS, SessionKind } from '../sessions/session-kind';
import { Language, translate } from './i18n/messages';

type HelperOptions = Handlebars.HelperOptions;

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every page model carries `lang` at its root; helpers read it there rather than take it as an argument each time. */
const langOf = (options: HelperOptions): Language => ((options.data as { root?: { lang?: Language } })?.root?.lang === 'en' ? 'en' : 'zh');

/** A calendar day `2026-12-01` as the reader says it: 12月1日 周二 / Tue 1 Dec. */
export function formatDay(date: string, lang: Language, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (lang === 'en') return `${WEEKDAYS_EN[weekday]} ${d} ${MONTHS_EN[m - 1]}${withYear ? ` ${y}` : ''}`;
  return `${withYear ? `${y}年` : ''}${m}月${d}日 ${WEEKDAYS_ZH[weekday]}`;
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
  hbs.registerHelper('instant', (iso: string | null, options: HelperOptions) => (iso ? `${formatDay(iso.slice(0, 10), langOf(options), true)} ${wallTime(iso)}` : ''));
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.map(String).includes(String(value)));
  return hbs;
}
