import { TripRequest } from '../../guest-travel/dto/guest-trip.dto';
import type { TripDto } from '../../guest-travel/dto/guest-trip.dto';
import { TRIP_MODE } from '../../guest-travel/trip-kinds';
import { asApiRequest } from '../form-validation';
import type { Language } from '../i18n/messages';
import { formErrors, text } from './page-refusal';

/** A trip as its form fields hold it: the date and time apart, as phones enter them. */
export interface TripFields {
  mode: string;
  number: string;
  date: string;
  time: string;
  station: string;
}

export function tripFields(trip: TripDto | null): TripFields {
  return trip ? { mode: trip.mode, number: trip.number ?? '', date: trip.day, time: trip.time, station: trip.station } : { mode: 'flight', number: '', date: '', time: '', station: '' };
}

export function tripFieldsOf(body: Record<string, unknown>, prefix = ''): TripFields {
  return { mode: text(body[`${prefix}mode`]) || 'flight', number: text(body[`${prefix}number`]), date: text(body[`${prefix}date`]), time: text(body[`${prefix}time`]), station: text(body[`${prefix}station`]) };
}

export function isBlank(fields: TripFields): boolean {
  return !fields.number && !fields.date && !fields.time && !fields.station;
}

/** The fields checked by the API's own request class; `at` is the date and time together. */
export async function tripRequestOf(fields: TripFields, lang: Language): Promise<{ request: TripRequest; errors: Record<string, string> }> {
  const at = fields.date && fields.time ? `${fields.date}T${fields.time}` : `${fields.date}${fields.time}`;
  const { request, errors } = await asApiRequest(TripRequest, { mode: fields.mode, number: fields.number || undefined, at, station: fields.station });
  return { request, errors: formErrors(errors, lang) };
}

/** The modes as a select's options, in the page's language. */
export function modeOptions(lang: Language, selected: string) {
  return TRIP_MODE.values.map((value) => ({ value, label: TRIP_MODE.labels[value][lang], selected: value === selected }));
}
