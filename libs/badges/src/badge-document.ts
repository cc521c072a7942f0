/** What a table name card (座签) shows: the person, large, and where they come from. */
export interface NameCard {
  name: string;
  organization?: string | null;
  title?: string | null;
}

/** One badge: the person, their credential tier with its colour, and what the QR code says. */
export interface Badge extends NameCard {
  /** The tier's printed name, e.g. 嘉宾证. */
  tier: string;
  /** The tier's colour as #rrggbb: the band across the badge, seen from across the hall. */
  tierColor: string;
  /** The text the QR code encodes (the signed ticket address); none prints no code. */
  qr?: string | null;
  /** Printed small under the code, for typing when a scanner fails. */
  code?: string | null;
}

/**
 * Badges to print: `a6` is an A6 badge four to an A4 sheet, `card` a credit-card badge
 * (85.6 × 54 mm) ten to an A4 sheet; both with cut marks at every corner.
 */
export type BadgeFormat = 'a6' | 'card';

export interface BadgeSheet {
  format: BadgeFormat;
  /** The edition, printed in the band. */
  event: string;
  badges: Badge[];
  lang?: 'zh' | 'en';
  /** Fixes CreationDate (and so the bytes) for the same input. */
  issuedAt?: Date | null;
}

export interface NameCardSheet {
  cards: NameCard[];
  /** Printed small at the foot of each side, e.g. the edition or the session; optional. */
  event?: string | null;
  lang?: 'zh' | 'en';
  issuedAt?: Date | null;
}
