import { Injectable } from '@nestjs/common';
import { PROVINCE_CITY_LIST } from './province-city-list';

/** Entries of the list that stand for a kind of area, not a city one could hold an event in. */
const PLACEHOLDERS = new Set(['市辖区', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface ProvinceSuggestion {
  province: string;
  /** The cities an edition's city is suggested from; a municipality (北京市) is its own city. */
  cities: string[];
}

/**
 * The reference list of provinces and their cities (document 002) that edition forms suggest
 * from, so an edition's province is stored as the list names it. Suggestions only: a city the
 * list lacks (曲阜, a county-level city) can still be written.
 */
@Injectable()
export class PlaceReference {
  private readonly provinces: ProvinceSuggestion[] = PROVINCE_CITY_LIST.map(({ province, cities }) => {
    const real = [...new Set(cities.filter((c) => !PLACEHOLDERS.has(c)))];
    return { province, cities: real.length > 0 ? real : [province] };
  });

  /** Every province, or those whose name or one of whose cities contains `q` (each with all its cities). */
  suggestions(q?: string): ProvinceSuggestion[] {
    const term = q?.trim();
    if (!term) return this.provinces;
    return this.provinces.filter((p) => p.province.includes(term) || p.cities.some((c) => c.includes(term)));
  }

  /** The province a city belongs to in the list (西安 or 西安市 → 陕西省), or null. */
  provinceOf(city: string): string | null {
    const name = city.trim();
    if (!name) return null;
    const found = this.provinces.find((p) => p.province === name || p.province === `${name}市` || p.cities.some((c) => c === name || c === `${name}市`));
    return found?.province ?? null;
  }
}
