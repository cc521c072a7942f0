import type { Guest } from '../guests/guest.store';
import type { SeatedGuestDto } from './dto/seating.dto';

/** A guest as seating needs them: what the chart prints, and `rank`, the rank's position in the edition's list (unranked last). */
export interface SeatedGuest {
  id: number;
  name: string;
  title: string | null;
  organization: string | null;
  rankName: string | null;
  rank: number;
}

/** Whether the guest takes a seat: not when they declined. */
export function takesSeat(guest: Guest): boolean {
  return guest.reply !== 'declined';
}

/** A guest sending an approved deputy is seated as the deputy, at the guest's rank. */
export function seatedGuest(guest: Guest): SeatedGuest {
  const deputy = guest.reply === 'deputy' && guest.deputyState === 'approved' && !!guest.deputyName;
  return {
    id: guest.id,
    name: deputy ? guest.deputyName! : guest.name,
    title: deputy ? guest.deputyTitle : guest.title,
    organization: guest.organization,
    rankName: guest.rank?.name ?? null,
    rank: guest.rank?.position ?? Number.POSITIVE_INFINITY,
  };
}

export function seatedGuestDto(person: SeatedGuest): SeatedGuestDto {
  return { id: person.id, name: person.name, title: person.title, organization: person.organization, rank: person.rankName };
}
