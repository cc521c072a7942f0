import { Template } from './template';

/** What a guest is told of their pickup. */
export interface PickupGuestParams {
  name: string;
  /** When the car waits, in the edition's wall clock: `12月1日 14:30`. */
  time: string;
  meetingPoint: string;
  plate: string;
  driverName: string;
  driverPhone: string;
}

/** What a driver is told of a pickup run. */
export interface PickupDriverParams {
  driverName: string;
  time: string;
  meetingPoint: string;
  plate: string;
  /** The guests' names, in the order they arrive. */
  guests: string;
  guestCount: number;
}

export const pickupGuest: Template<PickupGuestParams> = {
  zh: (p) => ({
    subject: '接站安排',
    body: `${p.name}，您好：\n\n${p.time}在${p.meetingPoint}接您的车辆为${p.plate}，司机${p.driverName}，电话${p.driverPhone}。\n`,
  }),
  en: (p) => ({
    subject: 'Your pickup',
    body: `Dear ${p.name},\n\nAt ${p.time} the car ${p.plate} waits for you at ${p.meetingPoint}; the driver is ${p.driverName}, phone ${p.driverPhone}.\n`,
  }),
};

export const pickupDriver: Template<PickupDriverParams> = {
  zh: (p) => ({
    subject: '接站任务',
    body: `${p.driverName}师傅，您好：\n\n请于${p.time}驾驶${p.plate}到${p.meetingPoint}接${p.guests}（共${p.guestCount}人）。\n`,
  }),
  en: (p) => ({
    subject: 'Pickup run',
    body: `Dear ${p.driverName},\n\nAt ${p.time} please take ${p.plate} to ${p.meetingPoint} to pick up ${p.guests} (${p.guestCount} in all).\n`,
  }),
};
