import { ProgramLabels, ProgramLang, TicketLabels } from './program-document';

/**
 * Ready-made label sets. Callers with their own wording pass their own; these exist so the
 * app and the tests need not repeat the same words.
 */
export const PROGRAM_LABELS: Record<ProgramLang, ProgramLabels> = {
  zh: {
    contents: '目录',
    organizations: '组织机构',
    agenda: '会议议程',
    forums: '分论坛',
    page: '第 {n} 页',
    seePage: '详见第 {n} 页',
    cancelled: '已取消',
    version: '第 {version} 版 · {date}',
    draft: '草稿',
    theme: '主题',
    hosts: '主办',
    speakers: '嘉宾',
    room: '会场',
    time: '时间',
    listSeparator: '、',
  },
  en: {
    contents: 'Contents',
    organizations: 'Organizations',
    agenda: 'Agenda',
    forums: 'Forums',
    page: 'Page {n}',
    seePage: 'See page {n}',
    cancelled: 'Cancelled',
    version: 'Version {version}, {date}',
    draft: 'Draft',
    theme: 'Theme',
    hosts: 'Hosts',
    speakers: 'Speakers',
    room: 'Room',
    time: 'Time',
    listSeparator: ', ',
  },
};

export const TICKET_LABELS: Record<ProgramLang, TicketLabels> = {
  zh: {
    ticket: '参会凭证',
    code: '参会码',
    sessions: '我的日程',
    room: '会场',
    more: '另有 {n} 场',
    scanHint: '入场时请出示此二维码',
  },
  en: {
    ticket: 'Admission',
    code: 'Code',
    sessions: 'My sessions',
    room: 'Room',
    more: '{n} more',
    scanHint: 'Show this QR code at the entrance',
  },
};

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a typo shows in print. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
