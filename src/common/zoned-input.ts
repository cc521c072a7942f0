import { BadRequestException } from '@nestjs/common';
import { DateTime } from 'luxon';
import { FIELD_MESSAGES } from './i18n/common-messages';
import { fieldLabel } from './i18n/field-labels';

/** `2025-06-10T09:30` (wall time in the edition's zone) or with an offset/Z; seconds optional. */
export const LOCAL_OR_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a time an organizer typed. Without an offset it is wall time in the edition's zone,
 * so 09:30 means 09:30 in Shanghai whatever zone the server or the browser is in. A wall time
 * that does not exist (a daylight-saving gap) is refused rather than silently shifted.
 */
export function parseZonedInstant(value: string, timeZone: string, field: string): Date {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const parsed = hasOffset ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone: timeZone });
  const roundTrips = hasOffset || parsed.toFormat(value.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm") === value;
  if (!parsed.isValid || !roundTrips) {
    throw new BadRequestException({
      message: FIELD_MESSAGES.noSuchLocalTime({ field: fieldLabel(field), value, timeZone }),
      errors: { [field]: FIELD_MESSAGES.noSuchLocalTime({ field: fieldLabel(field), value, timeZone }) },
    });
  }
  return parsed.toUTC().toJSDate();
}

/** The local calendar day of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

export function isRealDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value).isValid;
}
