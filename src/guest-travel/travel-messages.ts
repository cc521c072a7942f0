import { messages } from '../common/i18n/catalogue';

/** What guest travel says when it refuses, in both languages. */
export const TRAVEL_MESSAGES = messages({
  directionUnknown: { zh: '“{value}”不是有效的行程方向（arrival 抵达或 departure 返程）', en: '“{value}” is not a direction (arrival or departure)' },
  numberRequired: { zh: '乘坐航班或火车时须填写航班号或车次', en: 'a flight or train needs its number' },
  numberInvalid: { zh: '“{value}”不是有效的航班号或车次（如 CA1234、G87）', en: '“{value}” is not a flight or train number (e.g. CA1234, G87)' },
  departureBeforeArrival: { zh: '返程时间早于抵达时间', en: 'the departure is before the arrival' },
  stationRequired: { zh: '请填写机场或车站', en: 'the airport or station is required' },
  noTrip: { zh: '该嘉宾还没有{direction}行程', en: 'This guest has no {direction} trip' },
});
