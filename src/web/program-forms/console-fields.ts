import { HttpException } from '@nestjs/common';
import { errorBody } from '../../common/filters/api-exception.filter';
import { fieldWords } from '../../common/i18n/field-labels';
import { LocalText, Words } from '../../common/i18n/local-text';
import type { Language } from '../../common/i18n/language';

/** One input of a console form: the API's field name, how it is typed, and its words. */
export interface FieldSpec {
  name: string;
  type: 'text' | 'textarea' | 'select' | 'number' | 'datetime-local' | 'date';
  required?: boolean;
  options?: { value: string; label: Words }[];
  maxlength?: number | null;
  hint?: Words;
  /** Seconds between choosable times: 900 keeps a time on the quarter hour. */
  step?: number;
  /** When the field means something else here than the API's usual label (a person's name, a speaker's title). */
  label?: Words;
}

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, Words>;

/**
 * The form's rows (one field, or a Chinese field and its English one side by side) with what was
 * typed and the message beside each refused field. The label is the field's name as the API's
 * errors call it, so the words beside the field and in the summary agree.
 */
export function formRows(rows: FieldSpec[][], values: FormValues, errors: FormErrors) {
  return rows.map((row) => ({
    pair: row.length > 1,
    fields: row.map((spec) => {
      const error = errors[spec.name] ?? null;
      const describedBy = [spec.hint ? `f-${spec.name}-hint` : null, error ? `f-${spec.name}-error` : null].filter(Boolean).join(' ');
      const value = values[spec.name] ?? '';
      return {
        ...spec,
        label: spec.label ?? new LocalText(fieldWords(spec.name).zh, fieldWords(spec.name).en),
        value,
        error,
        describedBy: describedBy || null,
        isTextarea: spec.type === 'textarea',
        isSelect: spec.type === 'select',
        options: spec.options?.map((o) => ({ ...o, selected: o.value === value })),
      };
    }),
  }));
}

/** A submitted field as text (a repeated field keeps its first value). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');

/** An optional text: empty is a cleared field (null). */
export const optionalText = (value: unknown): string | null => (textOf(value).trim() === '' ? null : textOf(value));

/** A whole number typed in a form; anything else goes to the API's rules as typed, to be refused there in its words. */
export function optionalNumber(value: unknown): number | string | null {
  const text = textOf(value).trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/**
 * A refusal of the service (400/409) as the form shows it: the message for the summary and the
 * messages by field. `fieldOf` maps a conflict code (room_overlap…) to the field it is about.
 */
export function refusal(error: unknown, lang: Language, fieldOf: Record<string, string> = {}): { message: string; errors: FormErrors } | null {
  if (!(error instanceof HttpException) || ![400, 409].includes(error.getStatus())) return null;
  const body = errorBody(error, lang);
  const errors: FormErrors = {};
  for (const [key, text] of Object.entries(body.errors ?? {})) errors[fieldOf[key] ?? key] = text;
  return { message: String(body.message), errors };
}
