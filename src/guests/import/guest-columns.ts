import type { LocalText } from '../../common/i18n/local-text';
import { GUEST_CATEGORY, type GuestCategory, type GuestGender } from '../guest-kinds';
import type { GuestInput } from '../guest-fields';
import { GUEST_IMPORT_MESSAGES, GUEST_MESSAGES } from '../guest-messages';

/** The fields a guest list may have, each with the headers WPS and Excel lists use for it. */
const HEADERS = {
  name: ['姓名', '嘉宾姓名', 'name'],
  organization: ['单位', '工作单位', '所在单位', '单位名称', 'organization'],
  title: ['职务', '职称', 'title'],
  rank: ['级别', '职级', 'rank'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', 'phone', 'mobile'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'e-mail'],
  gender: ['性别', 'gender'],
  category: ['类别', '嘉宾类别', '身份', 'category'],
  sessions: ['邀请场次', '场次', '参加场次', '受邀场次', 'sessions'],
  needsRoom: ['住宿', '需要住宿', '是否住宿', '需要住房', 'room'],
} as const;
export type ImportField = keyof typeof HEADERS;

/** 「手机号码（必填）」, 「* 姓名」 → 手机号码, 姓名: marks and notes people add to headers. */
function headerKey(text: string): string {
  return text.replace(/[（(][^）)]*[）)]/g, '').replace(/[*＊\s:：]/g, '').toLowerCase();
}

/** Which column holds which field (the first of each), and the header text as the file writes it. */
export interface ColumnMap {
  index: Partial<Record<ImportField, number>>;
  header: Partial<Record<ImportField, string>>;
}

export function mapColumns(headers: string[]): ColumnMap {
  const map: ColumnMap = { index: {}, header: {} };
  headers.forEach((text, i) => {
    const key = headerKey(text);
    for (const field of Object.keys(HEADERS) as ImportField[]) {
      if (map.index[field] === undefined && (HEADERS[field] as readonly string[]).includes(key)) {
        map.index[field] = i;
        map.header[field] = text.trim();
      }
    }
  });
  return map;
}

export const isGuestHeader = (cells: string[]): boolean => mapColumns(cells).index.name !== undefined;

/** A row's fields by name, with problems found while reading them, keyed by field. */
export interface ReadRow {
  input: GuestInput;
  /** Which fields the file has a column for: an import changes only those of a guest it matches. */
  present: ImportField[];
  problems: Partial<Record<string, LocalText>>;
}

const GENDER_WORDS: Record<string, GuestGender> = { 男: 'male', 女: 'female', m: 'male', f: 'female', male: 'male', female: 'female' };
const YES = new Set(['是', '需要', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '不需要', 'n', 'no', 'false', '0', '×']);
const LIMITS = { organization: 200, title: 200, rank: 50, phone: 32, email: 254 } as const;

/**
 * One row read into a guest's input: texts as they are, gender and category from their Chinese
 * words (男/女, 嘉宾/演讲嘉宾/媒体/工作人员/其他) or English values, sessions by their Chinese
 * title or number, separated by 、，,；; or line breaks.
 */
export function readRow(cells: string[], columns: ColumnMap, sessionsByTitle: Map<string, number>): ReadRow {
  const cell = (field: ImportField) => (columns.index[field] === undefined ? '' : (cells[columns.index[field]] ?? '').trim());
  const problems: ReadRow['problems'] = {};
  const name = cell('name');
  if (!name) problems.name = GUEST_IMPORT_MESSAGES.nameRequired();
  else if (name.length > 100) problems.name = GUEST_IMPORT_MESSAGES.nameTooLong();
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    if (cell(field).length > LIMITS[field]) problems[field] = GUEST_IMPORT_MESSAGES.tooLong({ max: LIMITS[field] });
  }
  let gender: GuestGender | null = null;
  const genderText = cell('gender');
  if (genderText) {
    gender = GENDER_WORDS[genderText.toLowerCase()] ?? null;
    if (!gender) problems.gender = GUEST_IMPORT_MESSAGES.genderUnknown({ value: genderText.slice(0, 20) });
  }
  let category: GuestCategory | undefined;
  const categoryText = cell('category');
  if (categoryText) {
    category = (Object.keys(GUEST_CATEGORY.labels) as GuestCategory[]).find((k) => GUEST_CATEGORY.labels[k].zh === categoryText || k === categoryText.toLowerCase());
    if (!category) problems.category = GUEST_IMPORT_MESSAGES.categoryUnknown({ value: categoryText.slice(0, 20), categories: Object.values(GUEST_CATEGORY.labels).map((l) => l.zh).join('、') });
  }
  let needsRoom: boolean | undefined;
  const roomText = cell('needsRoom').toLowerCase();
  if (roomText) {
    needsRoom = YES.has(roomText) ? true : NO.has(roomText) ? false : undefined;
    if (needsRoom === undefined) problems.needsRoom = GUEST_IMPORT_MESSAGES.yesNoUnknown({ value: roomText.slice(0, 20) });
  }
  const sessionIds: number[] = [];
  for (const part of cell('sessions').split(/[、,，;；\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const id = sessionsByTitle.get(part) ?? (/^\d+$/.test(part) ? Number(part) : undefined);
    if (id === undefined) problems.sessionIds = sessionProblem(part);
    else sessionIds.push(id);
  }
  const present = (Object.keys(HEADERS) as ImportField[]).filter((f) => columns.index[f] !== undefined);
  return {
    input: { name, organization: cell('organization'), title: cell('title'), rank: cell('rank'), phone: cell('phone'), email: cell('email'), gender, category, sessionIds, needsRoom },
    present,
    problems,
  };
}

function sessionProblem(title: string): LocalText {
  return GUEST_MESSAGES.sessionUnknown({ session: title.slice(0, 60) });
}

/** The column a field's problem is reported under: the file's header, or the field's usual header when the file lacks that column. */
export function columnOf(field: string, columns: ColumnMap): string {
  const importField: ImportField | undefined = field === 'sessionIds' ? 'sessions' : (field in HEADERS ? (field as ImportField) : undefined);
  if (!importField) return field;
  return columns.header[importField] ?? HEADERS[importField][0];
}
