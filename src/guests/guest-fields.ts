import type { LocalText } from '../common/i18n/local-text';
import { normalisePhone } from '../registrations/registration-codes';
import type { GuestCategory, GuestGender } from './guest-kinds';
import { GUEST_MESSAGES } from './guest-messages';

/** A guest as typed (a request or a spreadsheet row), before the edition's rules are applied. */
export interface GuestInput {
  name: string;
  organization?: string | null;
  title?: string | null;
  rank?: string | null;
  phone?: string | null;
  email?: string | null;
  gender?: GuestGender | null;
  category?: GuestCategory;
  sessionIds?: number[];
  needsRoom?: boolean;
}

/** The columns a guest is stored with, after normalising. */
export interface GuestFields {
  name: string;
  organization: string | null;
  title: string | null;
  rankId: number | null;
  phone: string | null;
  email: string | null;
  gender: GuestGender | null;
  category: GuestCategory;
  sessionIds: number[];
  needsRoom: boolean;
}

/** What the edition offers to check a guest against. */
export interface GuestContext {
  ranks: { id: number; name: string }[];
  sessionIds: Set<number>;
}

// The same shape the registration form accepts; stricter checks are the mail server's.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * The one set of rules for a guest's fields, for the API and the spreadsheet import alike:
 * a valid phone (normalised to +86…) or e-mail, at least one of them, a rank from the edition's
 * list, sessions of the edition. Answers the fields, or the errors by field.
 */
export function checkGuest(input: GuestInput, context: GuestContext): { fields: GuestFields; errors: null } | { fields: null; errors: Record<string, LocalText> } {
  const errors: Record<string, LocalText> = {};
  const rawPhone = blankToNull(input.phone);
  const phone = rawPhone ? normalisePhone(rawPhone) : null;
  if (rawPhone && !phone) errors.phone = GUEST_MESSAGES.phoneInvalid({ value: rawPhone.slice(0, 40) });
  const email = blankToNull(input.email)?.toLowerCase() ?? null;
  if (email && (!EMAIL.test(email) || email.length > 254)) errors.email = GUEST_MESSAGES.emailInvalid({ value: email.slice(0, 60) });
  if (!rawPhone && !email) errors.phone = GUEST_MESSAGES.contactRequired();
  const rankName = blankToNull(input.rank);
  let rankId: number | null = null;
  if (rankName) {
    const rank = context.ranks.find((r) => r.name === rankName);
    if (rank) rankId = rank.id;
    else errors.rank = context.ranks.length ? GUEST_MESSAGES.rankUnknown({ rank: rankName, ranks: context.ranks.map((r) => r.name).join('、') }) : GUEST_MESSAGES.noRanks();
  }
  const foreign = (input.sessionIds ?? []).find((id) => !context.sessionIds.has(id));
  if (foreign !== undefined) errors.sessionIds = GUEST_MESSAGES.sessionNotInEdition({ id: foreign });
  if (Object.keys(errors).length) return { fields: null, errors };
  return {
    fields: {
      name: input.name.trim(),
      organization: blankToNull(input.organization),
      title: blankToNull(input.title),
      rankId,
      phone,
      email,
      gender: input.gender ?? null,
      category: input.category ?? 'guest',
      sessionIds: [...new Set(input.sessionIds ?? [])],
      needsRoom: input.needsRoom ?? true,
    },
    errors: null,
  };
}
