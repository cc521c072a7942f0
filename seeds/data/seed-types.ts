/**
 * The shape of the real data Huiwu ships as its seed. Plain objects only: the loader
 * (seeds/seed-loader.ts) turns them into rows. Organizations are referred to from roles by
 * any of their names (main name, short name or alias), exactly as the seed documents write
 * them, so the alias table is what keeps one body one row.
 */

export type SeedOrganizationKind =
  | 'government'
  | 'social_organization'
  | 'enterprise'
  | 'media'
  | 'other';

export interface SeedOrganization {
  /** The full official Chinese name; also the stable key the loader matches on. */
  nameZh: string;
  nameEn: string;
  /** The usual short form, e.g. 中网联; also matched as a name. */
  shortName?: string;
  kind: SeedOrganizationKind;
  website?: string;
  /** Other names the same body appears under in the documents (not including nameZh or shortName). */
  aliases: string[];
  /** Which seed document(s) name this body. */
  source: string;
}

export interface SeedBrand {
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  source: string;
}

export type SeedRole =
  | 'guide'
  | 'host'
  | 'organizer'
  | 'co_organizer'
  | 'supporter'
  | 'sponsor'
  | 'media_partner';

export type SeedSessionKind =
  | 'opening_ceremony'
  | 'main_forum'
  | 'sub_forum'
  | 'summit'
  | 'seminar'
  | 'side_event'
  | 'launch_event'
  | 'exhibition'
  | 'break';

export interface SeedSession {
  kind: SeedSessionKind;
  titleZh: string;
  titleEn?: string;
  themeZh?: string;
  themeEn?: string;
  descriptionZh?: string;
  /** Local date in the edition's time zone, YYYY-MM-DD. */
  date: string;
  /** Local wall-clock times HH:MM; absent when the documents do not give them (unscheduled). */
  startTime?: string;
  endTime?: string;
  /** Hosting organizations (主办 of the session), by any of their names. */
  hosts: string[];
  source: string;
}

export interface SeedEdition {
  brand: string;
  year: number;
  /** 首届 = 1; null when the documents do not number it. */
  ordinal: number | null;
  titleZh: string;
  titleEn: string;
  themeZh: string | null;
  themeEn: string | null;
  /** Local dates, YYYY-MM-DD, in timeZone. */
  startDate: string;
  endDate: string;
  timeZone: string;
  cityZh: string | null;
  cityEn: string | null;
  venueZh: string | null;
  status: 'draft' | 'published' | 'cancelled';
  /** Each role lists organizations, by any of their names, in the order the document gives. */
  roles: Partial<Record<SeedRole, string[]>>;
  sessions: SeedSession[];
  /** Document file name and the sentence(s) this edition is taken from. */
  source: string;
}
