import { allocate, Occupancy, PlanBlock, PlanGuest } from './room-plan';

const twin = (over: Partial<PlanBlock> = {}): PlanBlock => ({ id: 1, roomCount: 2, beds: 2, sharingAllowed: true, mixedGenderAllowed: false, aloneUpToRank: null, ...over });
const guest = (id: number, gender: PlanGuest['gender'], rank = 3): PlanGuest => ({ id, gender, rank });

describe('room allocation rules', () => {
  it('fills shared rooms by gender before opening new ones, and leaves over whoever fits nowhere', () => {
    const { placed, unplaced } = allocate([twin()], [guest(1, 'male'), guest(2, 'female'), guest(3, 'male'), guest(4, 'male')], []);
    expect(placed.map((b) => [b.guestId, b.roomNumber, b.bed])).toEqual([
      [1, 1, 1],
      [2, 2, 1],
      [3, 1, 2],
    ]);
    expect(unplaced.map((g) => g.id)).toEqual([4]);
  });

  it('shares across genders only where the block allows it, and one per room without sharing', () => {
    expect(allocate([twin({ mixedGenderAllowed: true, roomCount: 1 })], [guest(1, 'male'), guest(2, 'female')], []).placed).toHaveLength(2);
    expect(allocate([twin({ sharingAllowed: false })], [guest(1, 'male'), guest(2, 'male'), guest(3, 'male')], []).unplaced.map((g) => g.id)).toEqual([3]);
  });

  it('puts guests of the rule’s rank and above alone, and says why a room is refused', () => {
    const block = twin({ aloneUpToRank: 1 });
    const people = [guest(1, 'male', 1), guest(2, 'male', 2), guest(3, 'male', 2)];
    const { placed } = allocate([block], people, []);
    expect(placed.map((b) => b.roomNumber)).toEqual([1, 2, 2]);
    const occupancy = new Occupancy([block], new Map(people.map((p) => [p.id, p])), placed);
    expect(occupancy.refusal(block, 1, guest(9, 'male'))).toBe('occupantAlone');
    expect(occupancy.refusal(block, 2, guest(9, 'male'))).toBe('roomFull');
    expect(occupancy.refusal(block, 3, guest(9, 'male'))).toBe('noSuchRoom');
    const half = new Occupancy([twin()], new Map([[5, guest(5, 'female')]]), [{ guestId: 5, blockId: 1, roomNumber: 1, bed: 1 }]);
    expect(half.refusal(twin(), 1, guest(9, 'male'))).toBe('mixedGender');
    expect(half.refusal(twin(), 1, guest(9, null))).toBe('genderUnknown');
    expect(half.refusal(twin(), 1, guest(9, 'female', 1))).toBeNull();
    expect(half.refusal(twin({ aloneUpToRank: 1 }), 1, guest(9, 'female', 1))).toBe('guestAlone');
  });
});
