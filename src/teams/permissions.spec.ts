import { allows, seesEdition, TeamGrantScope } from './permissions';

const everything = (role: TeamGrantScope['role']): TeamGrantScope => ({ role, brandId: null, editionId: null });
const brand = (role: TeamGrantScope['role'], brandId: number): TeamGrantScope => ({ role, brandId, editionId: null });
const edition = (role: TeamGrantScope['role'], editionId: number): TeamGrantScope => ({ role, brandId: null, editionId });

describe('permissions', () => {
  const a = { editionId: 1, brandId: 10 };
  const b = { editionId: 2, brandId: 10 };
  const other = { editionId: 3, brandId: 20 };

  it('lets a role over everything do what the role allows anywhere, at every level', () => {
    expect(allows([everything('owner')], 'manage_team', {}, 'global')).toBe(true);
    expect(allows([everything('viewer')], 'view', other, 'edition')).toBe(true);
    expect(allows([everything('viewer')], 'edit_schedule', other, 'edition')).toBe(false);
  });

  it('limits a brand role to the brand’s editions and the brand itself', () => {
    const grants = [brand('editor', 10)];
    expect(allows(grants, 'edit_schedule', a, 'edition')).toBe(true);
    expect(allows(grants, 'edit_schedule', b, 'edition')).toBe(true);
    expect(allows(grants, 'edit_edition', { brandId: 10 }, 'brand')).toBe(true);
    expect(allows(grants, 'edit_schedule', other, 'edition')).toBe(false);
    expect(allows(grants, 'edit_edition', {}, 'global')).toBe(false);
    expect(allows(grants, 'manage_team', a, 'edition')).toBe(false);
  });

  it('limits an edition role to that edition: not its brand, not its siblings', () => {
    const grants = [edition('owner', 1)];
    expect(allows(grants, 'manage_team', a, 'edition')).toBe(true);
    expect(allows(grants, 'view', b, 'edition')).toBe(false);
    expect(allows(grants, 'edit_edition', a, 'brand')).toBe(false);
    expect(seesEdition(grants, { id: 1, brandId: 10 })).toBe(true);
    expect(seesEdition(grants, { id: 2, brandId: 10 })).toBe(false);
  });

  it('gives each role its capabilities and no more', () => {
    expect(allows([edition('check_in', 1)], 'check_in', a, 'edition')).toBe(true);
    expect(allows([edition('check_in', 1)], 'manage_registrations', a, 'edition')).toBe(false);
    expect(allows([edition('desk', 1)], 'manage_registrations', a, 'edition')).toBe(true);
    expect(allows([edition('desk', 1)], 'edit_schedule', a, 'edition')).toBe(false);
    expect(allows([edition('viewer', 1)], 'view', a, 'edition')).toBe(true);
    expect(allows([edition('viewer', 1)], 'check_in', a, 'edition')).toBe(false);
  });

  it('finds a capability held anywhere for shared directories, and none without roles', () => {
    expect(allows([edition('editor', 1)], 'edit_schedule', {}, 'anywhere')).toBe(true);
    expect(allows([edition('viewer', 1)], 'edit_schedule', {}, 'anywhere')).toBe(false);
    expect(allows([], 'view', {}, 'anywhere')).toBe(false);
    expect(seesEdition(undefined, { id: 1, brandId: 10 })).toBe(false);
  });
});
