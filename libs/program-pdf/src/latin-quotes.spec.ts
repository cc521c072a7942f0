import { fillLabel } from './labels';
import { mapStrings, straightenLatinQuotes } from './latin-quotes';

describe('straightenLatinQuotes', () => {
  it('straightens quotes that touch Latin text and keeps Chinese quotation marks', () => {
    expect(straightenLatinQuotes('Xi’an, China’s “Integrity” Forum')).toBe('Xi\'an, China\'s "Integrity" Forum');
    expect(straightenLatinQuotes('“一带一路”数字丝绸之路')).toBe('“一带一路”数字丝绸之路');
  });

  it('maps every string of a document and keeps dates', () => {
    const issuedAt = new Date('2019-11-28T02:00:00Z');
    const doc = { title: 'Xi’an', list: [{ name: 'O’Neil' }], issuedAt, count: 3, none: null };
    expect(mapStrings(doc, straightenLatinQuotes)).toEqual({ title: "Xi'an", list: [{ name: "O'Neil" }], issuedAt, count: 3, none: null });
  });
});

describe('fillLabel', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillLabel('第 {version} 版 · {date}', { version: 3, date: '2019年11月28日' })).toBe('第 3 版 · 2019年11月28日');
    expect(fillLabel('Page {m}', { n: 2 })).toBe('Page {m}');
  });
});
