import { messages } from '../common/i18n/catalogue';

/** What pickups say when they refuse, in both languages. */
export const PICKUP_MESSAGES = messages({
  vehicleNotFound: { zh: '本届没有编号为 {id} 的车辆', en: 'This edition has no vehicle with id {id}' },
  plateTaken: { zh: '本届已有车牌为 {plate} 的车辆', en: 'This edition already has a vehicle with the plate {plate}' },
  phoneInvalid: { zh: '“{value}”不是有效的手机号码', en: '“{value}” is not a valid phone number' },
  tripNotArrival: { zh: '行程 {id} 不是本届嘉宾的抵达行程', en: 'Trip {id} is not an arrival of this edition’s guests' },
  overCapacity: { zh: '车辆 {plate} 只有 {seats} 个座位，{window} 在{station}已安排 {count} 人', en: 'Vehicle {plate} has {seats} seats; {count} are already given it at {station}, {window}' },
  vehicleBusy: { zh: '车辆 {plate} 在 {window} 已安排在{station}接站', en: 'Vehicle {plate} already meets arrivals at {station} in {window}' },
  seatsBelowRun: { zh: '车辆 {plate} 在 {window} 已安排 {count} 人，座位数不能少于此', en: 'Vehicle {plate} already has {count} guests in {window}; it needs at least as many seats' },
  vehicleInUse: { zh: '车辆 {plate} 仍有 {count} 位嘉宾的接站安排，请先改派', en: 'Vehicle {plate} still has {count} guests to pick up; give them another vehicle first' },
  defaultMeetingPoint: { zh: '{station}到达出口', en: '{station}, arrivals exit' },
});
