import type { GuestDto } from '../../guests/dto/guest.dto';
import { DEPUTY_STATE, GUEST_CATEGORIES, GUEST_CATEGORY, GUEST_GENDER, GUEST_GENDERS, GUEST_REPLIES, GUEST_REPLY, type GuestCategory, type GuestReply } from '../../guests/guest-kinds';
import type { Language } from '../i18n/messages';

/** Guests a list page shows at once. */
export const GUESTS_PER_PAGE = 50;

/** The list's filters as the address carries them; anything unknown is no filter. */
export interface GuestListFilters {
  category: GuestCategory | '';
  reply: GuestReply | '';
  /** A rank's id, `none` for guests without one, or '' for any. */
  rank: string;
  q: string;
  page: number;
}

export function listFilters(query: Record<string, unknown>): GuestListFilters {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const category = str(query.category);
  const reply = str(query.reply);
  const rank = str(query.rank);
  const page = Number(str(query.page));
  return {
    category: (GUEST_CATEGORIES as readonly string[]).includes(category) ? (category as GuestCategory) : '',
    reply: (GUEST_REPLIES as readonly string[]).includes(reply) ? (reply as GuestReply) : '',
    rank: rank === 'none' || /^\d{1,10}$/.test(rank) ? rank : '',
    q: str(query.q).slice(0, 100),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The rank and search filters (category and reply are the service's), then one page of what is left. */
export function filterAndPage(guests: GuestDto[], filters: GuestListFilters): { items: GuestDto[]; total: number; page: number; pages: number } {
  const q = filters.q.toLowerCase();
  const kept = guests.filter((g) => {
    if (filters.rank === 'none' && g.rank) return false;
    if (filters.rank && filters.rank !== 'none' && String(g.rank?.id) !== filters.rank) return false;
    if (!q) return true;
    return [g.name, g.organization, g.title, g.phone, g.email, g.code].some((v) => v && v.toLowerCase().includes(q));
  });
  const pages = Math.max(1, Math.ceil(kept.length / GUESTS_PER_PAGE));
  const page = Math.min(filters.page, pages);
  return { items: kept.slice((page - 1) * GUESTS_PER_PAGE, page * GUESTS_PER_PAGE), total: kept.length, page, pages };
}

/** The list's address with these filters (and a page), for the pager and the links back. */
export function listUrl(editionId: number, filters: Partial<GuestListFilters>): string {
  const params = new URLSearchParams();
  for (const key of ['category', 'rank', 'reply', 'q'] as const) if (filters[key]) params.set(key, String(filters[key]));
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return `/admin/editions/${editionId}/guests${query ? `?${query}` : ''}`;
}

/** A select's options from labelled kinds, in the page's language. */
export function kindOptions(labels: Record<string, { zh: string; en: string }>, values: readonly string[], chosen: string, lang: Language) {
  return values.map((value) => ({ value, label: labels[value][lang], selected: value === chosen }));
}

export const categoryOptions = (chosen: string, lang: Language) => kindOptions(GUEST_CATEGORY.labels, GUEST_CATEGORIES, chosen, lang);
export const replyOptions = (chosen: string, lang: Language) => kindOptions(GUEST_REPLY.labels, GUEST_REPLIES, chosen, lang);
export const genderOptions = (chosen: string, lang: Language) => kindOptions(GUEST_GENDER.labels, GUEST_GENDERS, chosen, lang);

/** A guest as a row of the console's tables, with the words for its kinds. */
export function guestRow(guest: GuestDto, lang: Language) {
  return {
    ...guest,
    categoryLabel: GUEST_CATEGORY.labels[guest.category][lang],
    replyLabel: GUEST_REPLY.labels[guest.reply][lang],
    deputyLabel: guest.reply === 'deputy' && guest.deputy.state !== 'none' ? DEPUTY_STATE.labels[guest.deputy.state][lang] : null,
    genderLabel: guest.gender ? GUEST_GENDER.labels[guest.gender][lang] : '',
  };
}
