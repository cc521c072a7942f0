/**
 * Plain input for the PDF renderers. The caller maps its own records onto these shapes and
 * formats every date, time and word in the document's language: the library only lays out.
 * Everything here is structured-clone safe (strings, numbers, booleans, Dates), because
 * PdfRenderPool posts documents to a worker thread.
 */

export type ProgramLang = 'zh' | 'en';
export type ProgramPageSize = 'A4' | 'A5';
export type TicketPageSize = 'A5' | 'A6';

/**
 * The fixed words of a program in its language. Templates carry placeholders because only the
 * layout knows page numbers: `{n}` is a page number, `{version}` and `{date}` the release's.
 */
export interface ProgramLabels {
  /** 目录 */
  contents: string;
  /** 组织机构 */
  organizations: string;
  /** 会议议程 */
  agenda: string;
  /** 分论坛: heading of the pages given to large sessions. */
  forums: string;
  /** Footer page number, e.g. '第 {n} 页' or 'Page {n}'. */
  page: string;
  /** Pointer from the agenda to a session's own page, e.g. '详见第 {n} 页'. */
  seePage: string;
  /** 已取消 */
  cancelled: string;
  /** Footer release line, e.g. '第 {version} 版 · {date}'. */
  version: string;
  /** Footer line when there is no release yet, e.g. '草稿'. */
  draft: string;
  /** 主题 */
  theme: string;
  /** 主办: the organizations hosting a session. */
  hosts: string;
  /** 嘉宾 */
  speakers: string;
  /** 会场 */
  room: string;
  /** 时间 */
  time: string;
  /** Joins names in running text: '、' in Chinese, ', ' in English. */
  listSeparator: string;
}

export interface ProgramOrganization {
  name: string;
  /** Sponsorship level or similar, printed small after the name. */
  tier?: string | null;
}

export interface ProgramOrganizationGroup {
  /** 指导单位, 主办单位…; groups are printed in the given order. */
  label: string;
  organizations: ProgramOrganization[];
}

export interface ProgramSpeaker {
  name: string;
  /** Position and affiliation, e.g. 中国网络社会组织联合会副会长. */
  title?: string | null;
  /** Part in the session, e.g. 主旨演讲. */
  role?: string | null;
}

export interface ProgramSession {
  /** Formatted range or placeholder: '09:30–11:00', '待定'. */
  time: string;
  /** 开幕式, 主论坛, 分论坛… */
  kindLabel: string;
  title: string;
  theme?: string | null;
  room?: string | null;
  hosts: string[];
  speakers: ProgramSpeaker[];
  /** Printed struck through and marked with labels.cancelled, never dropped. */
  cancelled: boolean;
  description?: string | null;
}

export interface ProgramDay {
  /** '12月2日 星期一' */
  label: string;
  sessions: ProgramSession[];
}

export interface ProgramRelease {
  version: number;
  /** Formatted, e.g. 2019年11月28日. */
  publishedAt: string;
}

export interface ProgramDocument {
  lang: ProgramLang;
  size: ProgramPageSize;
  /** 中国网络诚信大会 */
  brandName: string;
  /** 2019中国网络诚信大会 */
  title: string;
  theme?: string | null;
  /** Formatted, e.g. 2019年12月2日—3日. */
  dates: string;
  city?: string | null;
  venue?: string | null;
  organizationsByRole: ProgramOrganizationGroup[];
  days: ProgramDay[];
  /** Null for a draft that has not been released. */
  release: ProgramRelease | null;
  labels: ProgramLabels;
  /**
   * Written as the PDF's CreationDate; pass the release's publication instant so the same
   * release renders to the same bytes. Defaults to the current time.
   */
  issuedAt?: Date | null;
}

export interface TicketLabels {
  /** 参会凭证 */
  ticket: string;
  /** 参会码 */
  code: string;
  /** 我的日程 */
  sessions: string;
  /** 会场 */
  room: string;
  /** Shown when the session list does not fit, e.g. '另有 {n} 场'. */
  more: string;
  /** 入场时请出示此二维码 */
  scanHint: string;
}

export interface TicketSession {
  time: string;
  title: string;
  room?: string | null;
  /** Formatted status, e.g. 已报名 or 已取消. */
  status: string;
}

export interface TicketDocument {
  lang: ProgramLang;
  /** Defaults to A6. */
  size?: TicketPageSize;
  attendeeName: string;
  editionTitle: string;
  dates: string;
  venue?: string | null;
  /** Printed large and read aloud at the desk, so keep it short. */
  code: string;
  /** Encoded in the QR code: the ticket's page, which the desk or the attendee opens with a phone. */
  ticketUrl: string;
  sessions: TicketSession[];
  labels: TicketLabels;
  /** See ProgramDocument.issuedAt. */
  issuedAt?: Date | null;
}
