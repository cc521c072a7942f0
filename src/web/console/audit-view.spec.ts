import { changesOf } from './audit-view';

describe('changesOf', () => {
  it('lists only the fields that changed, before and after', () => {
    expect(changesOf({ before: { title: '旧', city: '西安', roomId: 1 }, after: { title: '新', city: '西安', roomId: 2 } })).toEqual([
      { field: 'title', before: '旧', after: '新' },
      { field: 'roomId', before: '1', after: '2' },
    ]);
  });

  it('shows a created record’s fields as added and a deleted one’s as removed', () => {
    expect(changesOf({ before: null, after: { role: 'editor' } })).toEqual([{ field: 'role', before: '—', after: 'editor' }]);
    expect(changesOf({ before: { role: 'editor' }, after: null })).toEqual([{ field: 'role', before: 'editor', after: '—' }]);
    expect(changesOf({ before: { hosts: [1, 2] }, after: { hosts: [1, 2] } })).toEqual([]);
  });

  it('compares nested records field by field', () => {
    expect(changesOf({ before: { privacyNotice: { version: 'default-1', text: '同' } }, after: { privacyNotice: { version: '2036-1', text: '同' } } })).toEqual([
      { field: 'privacyNotice.version', before: 'default-1', after: '2036-1' },
    ]);
  });
});
