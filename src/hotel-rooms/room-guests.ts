import type { Guest } from '../guests/guest.store';
import type { RoomGuestDto } from './dto/hotel-rooms.dto';
import type { PlanGuest } from './room-plan';

/** Whether the guest gets a room: they accepted (or their deputy was approved) and need one. */
export function staysAtHotel(guest: Guest): boolean {
  return guest.needsRoom && (guest.reply === 'attending' || (guest.reply === 'deputy' && guest.deputyState === 'approved'));
}

function deputy(guest: Guest): boolean {
  return guest.reply === 'deputy' && guest.deputyState === 'approved' && !!guest.deputyName;
}

/** An approved deputy sleeps in the guest's place at the guest's rank; their gender is not known, so they share with nobody unless the block allows mixed sharing. */
export function planGuest(guest: Guest): PlanGuest {
  return { id: guest.id, gender: deputy(guest) ? null : guest.gender, rank: guest.rank?.position ?? Number.POSITIVE_INFINITY };
}

export function roomGuestDto(guest: Guest): RoomGuestDto {
  const d = deputy(guest);
  return {
    guestId: guest.id,
    name: d ? guest.deputyName! : guest.name,
    gender: d ? null : guest.gender,
    rank: guest.rank?.name ?? null,
    organization: guest.organization,
    title: d ? guest.deputyTitle : guest.title,
  };
}
