/**
 * The shape of the real data Huiwu ships as its seed. Plain objects only: the loader
 * (seeds/seed-loader.ts) turns them into rows. Organizations are referred to from roles by
 * any of their names (main name, short name or alias), exactly as the seed documents write
 * them, so the alias table is what keeps one body one row.
 *
 * Every fact carries its citations (document and sentence, verbatim: test/seed.e2e-spec.ts
 * finds each sentence in its document). A value no document gives is named in `organizerAdded`
 * (English names are translations, so they always are unless a document gives them).
 */
import type { Citation } from '../../src/common/provenance';

export type { Citation };

export type SeedOrganizationKind = 'government' | 'social_organization' | 'enterprise' | 'media' | 'committee' | 'alliance' | 'other';

export interface SeedOrganization {
  /** The fullest Chinese name a document gives (simplified script); also the key the loader matches on. */
  nameZh: string;
  /** A translation by the organizer unless `nameEnFromDocument`. */
  nameEn?: string;
  nameEnFromDocument?: boolean;
  /** The usual short form, e.g. 中网联; also matched as a name. */
  shortName?: string;
  kind: SeedOrganizationKind;
  website?: string;
  /** Other names the same body appears under (not including nameZh or shortName). */
  aliases: string[];
  foundedOn?: string;
  foundedInZh?: string;
  sources: Citation[];
  /** Notes on a reading (一个单位两处出现…), stored after the citations. */
  notes?: string[];
  /** Fields the organizer supplied that no document gives, besides a translated nameEn. */
  organizerAdded?: string[];
}

export type SeedRelationKind = 'member_of' | 'founder_of' | 'committee_of' | 'supervised_by';
export type SeedTier = 'executive_council_member' | 'council_member' | 'member';

export interface SeedRelation {
  /** Both by any of their names. */
  organization: string;
  relation: SeedRelationKind;
  related: string;
  tier?: SeedTier;
  since?: string;
  sources: Citation[];
  notes?: string[];
}

export interface SeedBrand {
  slug: string;
  nameZh: string;
  /** A translation by the organizer. */
  nameEn: string;
  descriptionZh: string | null;
  /** federation: 品牌活动 of document 000; others: 参与主办或承办的品牌活动. */
  runBy: 'federation' | 'others';
  sources: Citation[];
  organizerAdded?: string[];
}

export type SeedRole = 'guide' | 'host' | 'organizer' | 'co_organizer' | 'supporter' | 'sponsor' | 'media_partner';

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
  /** Local date in the edition's time zone, YYYY-MM-DD; absent when no document gives the day (时间待定). */
  date?: string;
  /** Local wall-clock times HH:MM; absent when the documents do not give them (unscheduled). */
  startTime?: string;
  endTime?: string;
  /** Organizations by role in this session (主办/承办/协办 of a forum), by any of their names. */
  roles: Partial<Record<SeedRole, string[]>>;
  sources: Citation[];
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
  /** Local dates, YYYY-MM-DD, in timeZone; both null while the documents give none (日期待定). */
  startDate: string | null;
  endDate: string | null;
  timeZone: string;
  cityZh: string | null;
  cityEn: string | null;
  /** As the province list of document 002 names it. */
  provinceZh: string | null;
  venueZh: string | null;
  status: 'draft' | 'published' | 'cancelled';
  /** Each role lists organizations, by any of their names, in the order the document gives. */
  roles: Partial<Record<SeedRole, string[]>>;
  sessions: SeedSession[];
  sources: Citation[];
  /** Fields the organizer supplied that no document gives (titleEn/themeEn/cityEn are always translations). */
  organizerAdded?: string[];
}
