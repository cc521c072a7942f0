import { DateTime } from 'luxon';
import { LocalText } from '../../common/i18n/local-text';
import { TEXT_LIMITS } from '../../common/validation/text-fields';
import type { RoomDto } from '../../rooms/dto/room.dto';
import type { SessionDto } from '../../sessions/dto/session.dto';
import { SESSION_KIND_LABELS, SESSION_KINDS, SESSION_STATUSES } from '../../sessions/session-kind';
import { CONSOLE_TEXT } from './console-text';
import { FieldSpec, FormValues, optionalNumber, optionalText, textOf } from './console-fields';

const QUARTER_HOUR = 900;

/** The session form's rows: every field of the API's request, the Chinese and the English side by side. */
export function sessionFields(rooms: RoomDto[], timeZone: string): FieldSpec[][] {
  const wall = CONSOLE_TEXT.wallTimeHint({ zone: timeZone });
  return [
    [
      { name: 'kind', type: 'select', required: true, options: SESSION_KINDS.map((k) => ({ value: k, label: new LocalText(SESSION_KIND_LABELS[k].zh, SESSION_KIND_LABELS[k].en) })) },
      { name: 'status', type: 'select', options: SESSION_STATUSES.map((s) => ({ value: s, label: CONSOLE_TEXT[`status_${s}`]() })) },
    ],
    [
      { name: 'title', type: 'text', required: true, maxlength: TEXT_LIMITS.title },
      { name: 'titleEn', type: 'text', maxlength: TEXT_LIMITS.title },
    ],
    [
      { name: 'theme', type: 'text', maxlength: TEXT_LIMITS.title },
      { name: 'themeEn', type: 'text', maxlength: TEXT_LIMITS.title },
    ],
    [
      { name: 'description', type: 'textarea', maxlength: TEXT_LIMITS.description },
      { name: 'descriptionEn', type: 'textarea', maxlength: TEXT_LIMITS.description },
    ],
    [
      { name: 'startsAt', type: 'datetime-local', step: QUARTER_HOUR, hint: wall },
      { name: 'endsAt', type: 'datetime-local', step: QUARTER_HOUR, hint: wall },
    ],
    [{ name: 'day', type: 'date', hint: CONSOLE_TEXT.dayHint() }],
    [
      { name: 'roomId', type: 'select', options: [{ value: '', label: CONSOLE_TEXT.noRoomChosen() }, ...rooms.map((r) => ({ value: String(r.id), label: new LocalText(r.name, r.nameEn ?? r.name) }))] },
      { name: 'capacity', type: 'number', hint: CONSOLE_TEXT.capacityHint() },
    ],
    [
      { name: 'registrationOpensAt', type: 'datetime-local', hint: wall },
      { name: 'registrationClosesAt', type: 'datetime-local', hint: wall },
    ],
  ];
}

/** A session as its form shows it: times as the edition's wall time. */
export function sessionValues(s: SessionDto): FormValues {
  return {
    kind: s.kind,
    status: s.status,
    title: s.title,
    titleEn: s.titleEn ?? '',
    theme: s.theme ?? '',
    themeEn: s.themeEn ?? '',
    description: s.description ?? '',
    descriptionEn: s.descriptionEn ?? '',
    startsAt: s.startsAt?.slice(0, 16) ?? '',
    endsAt: s.endsAt?.slice(0, 16) ?? '',
    day: s.startsAt ? '' : (s.day ?? ''),
    roomId: s.room ? String(s.room.id) : '',
    capacity: s.capacity === null ? '' : String(s.capacity),
    registrationOpensAt: s.registrationOpensAt?.slice(0, 16) ?? '',
    registrationClosesAt: s.registrationClosesAt?.slice(0, 16) ?? '',
  };
}

/** What was typed, kept as typed to show again after a refusal. */
export function typedSession(body: Record<string, unknown>): FormValues {
  const keys = ['kind', 'status', 'title', 'titleEn', 'theme', 'themeEn', 'description', 'descriptionEn', 'startsAt', 'endsAt', 'day', 'roomId', 'capacity', 'registrationOpensAt', 'registrationClosesAt'];
  return Object.fromEntries(keys.map((k) => [k, textOf(body?.[k])]));
}

/**
 * The form as the API's request: a cleared field is null. The session's times are wall time (the
 * service reads them in the edition's zone); its registration window is an instant in the API, so
 * the wall time typed here is given the edition's offset.
 */
export function sessionRequest(typed: FormValues, timeZone: string): Record<string, unknown> {
  const instant = (value: string) => {
    if (value.trim() === '') return null;
    const parsed = DateTime.fromISO(value, { zone: timeZone });
    return parsed.isValid ? parsed.toISO({ suppressMilliseconds: true }) : value;
  };
  return {
    kind: typed.kind,
    status: typed.status || undefined,
    title: typed.title,
    titleEn: optionalText(typed.titleEn),
    theme: optionalText(typed.theme),
    themeEn: optionalText(typed.themeEn),
    description: optionalText(typed.description),
    descriptionEn: optionalText(typed.descriptionEn),
    startsAt: optionalText(typed.startsAt),
    endsAt: optionalText(typed.endsAt),
    day: optionalText(typed.day),
    roomId: optionalNumber(typed.roomId),
    capacity: optionalNumber(typed.capacity),
    registrationOpensAt: instant(typed.registrationOpensAt),
    registrationClosesAt: instant(typed.registrationClosesAt),
  };
}

/** Which field a schedule rule's refusal is about, so its message stands beside that field. */
export const CONFLICT_FIELDS: Record<string, string> = {
  room_overlap: 'roomId',
  outside_edition_dates: 'startsAt',
  ends_before_start: 'endsAt',
  capacity_above_room: 'capacity',
};
