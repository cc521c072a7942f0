import { toZonedIso } from '../zoned-dates';
import type { Language } from './language';
import { LocalText } from './local-text';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day `2026-12-01` as the reader says it: 12月1日 周二 / Tue 1 Dec (with the year: 2026年12月1日 周二 / Tue 1 Dec 2026). */
export function formatDay(date: string, lang: Language, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (lang === 'en') return `${WEEKDAYS_EN[weekday]} ${d} ${MONTHS_EN[m - 1]}${withYear ? ` ${y}` : ''}`;
  return `${withYear ? `${y}年` : ''}${m}月${d}日 ${WEEKDAYS_ZH[weekday]}`;
}

/** The federation's clock: where a moment has no edition to tell it by, or its edition's zone is unknown. */
export const CHINA_CLOCK = 'Asia/Shanghai';
/** The zone a Chinese reader need not be told: the mainland's one clock. */
const CHINA_TIME = new Set([CHINA_CLOCK, 'Asia/Chongqing', 'Asia/Harbin', 'PRC']);

/** An instant as a zoned ISO (`2026-12-02T08:44:26+08:00`) on the zone's clock, or China's for a zone luxon does not know (it answers null, not an error). */
export function onClock(at: Date, timeZone: string): { local: string; zone: string } {
  const local = toZonedIso(at, timeZone) as string | null;
  return local ? { local, zone: timeZone } : { local: toZonedIso(at, CHINA_CLOCK), zone: CHINA_CLOCK };
}

/**
 * An instant in a sentence as a person at the edition reads it: on the edition's clock, worded as
 * the pages word it (2026年12月2日 周三 08:44 / Wed 2 Dec 2026, 08:44), never the server's ISO UTC
 * instant (报名已于 2026-12-01T16:00:00.000Z 截止 said midnight as four in the afternoon of the day
 * before). A zone other than China's is named. Seconds only where they tell two events apart (who
 * was at the door first). Structured fields keep the ISO instant; this is for the words only.
 */
export function instantText(at: Date, timeZone: string, { seconds = false }: { seconds?: boolean } = {}): LocalText {
  const { local, zone } = onClock(at, timeZone);
  const clock = local.slice(11, seconds ? 19 : 16);
  const china = CHINA_TIME.has(zone);
  const day = local.slice(0, 10);
  return new LocalText(`${formatDay(day, 'zh', true)} ${clock}${china ? '' : `（${zone}）`}`, `${formatDay(day, 'en', true)}, ${clock}${china ? ' Beijing time' : ` (${zone})`}`);
}
