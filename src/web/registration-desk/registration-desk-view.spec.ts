import { backQuery, codesOf, filterOf, listLink } from './registration-desk-view';

describe('the registrations desk list: filters carried through forms and links', () => {
  it('keeps only the known filters, as trimmed strings, blanks dropped', () => {
    expect(filterOf({ q: '  王 ', status: 'pending', checkedIn: '', sessionId: ['1', '2'], evil: 'x', offset: '50' })).toEqual({ q: '王', status: 'pending', offset: '50' });
  });

  it('links to the list with the filters and the extra parameters, and without a query when there is none', () => {
    expect(listLink(7, {}, {})).toBe('/admin/editions/7/registrations');
    expect(listLink(7, { q: '李 华', status: 'pending', offset: '50' }, { decided: 'approve', n: '3' })).toBe('/admin/editions/7/registrations?status=pending&q=%E6%9D%8E+%E5%8D%8E&decided=approve&n=3');
  });

  it('brings back only the filters from a posted form (no page offset, nothing else, nothing too long)', () => {
    expect(backQuery('status=pending&q=%E7%8E%8B&offset=100&next=https%3A%2F%2Fevil.test')).toBe('status=pending&q=%E7%8E%8B');
    expect(backQuery('q=' + 'x'.repeat(700))).toBe('');
    expect(backQuery(['status=pending'])).toBe('');
  });

  it('reads the ticked codes whether one checkbox or several were posted', () => {
    expect(codesOf('AAAAA-BBBBB')).toEqual(['AAAAA-BBBBB']);
    expect(codesOf(['AAAAA-BBBBB', ' CCCCC-DDDDD ', '', 3])).toEqual(['AAAAA-BBBBB', 'CCCCC-DDDDD']);
    expect(codesOf(undefined)).toEqual([]);
    expect(codesOf('')).toEqual([]);
  });
});
