import { labelledKinds } from '../common/labelled-kinds';

export const TRIP_DIRECTION = labelledKinds({
  arrival: { zh: '抵达', en: 'arrival' },
  departure: { zh: '返程', en: 'departure' },
});
export const TRIP_DIRECTIONS = TRIP_DIRECTION.values;
export type TripDirection = (typeof TRIP_DIRECTIONS)[number];

export const TRIP_MODE = labelledKinds({
  flight: { zh: '航班', en: 'flight' },
  train: { zh: '火车', en: 'train' },
  car: { zh: '自驾', en: 'by car' },
  other: { zh: '其他', en: 'other' },
});
export const TRIP_MODES = TRIP_MODE.values;
export type TripMode = (typeof TRIP_MODES)[number];
