import { createHandlebars } from './view-helpers';

describe('the pages’ instant helper', () => {
  const render = (model: Record<string, unknown>) => createHandlebars().compile('{{instant at}}')(model);

  it('shows a zoned instant as its own wall time', () => {
    expect(render({ lang: 'zh', at: '2026-12-01T09:30:00+08:00' })).toBe('2026年12月1日 周二 09:30');
  });

  it('shows a UTC instant on Beijing’s clock, not as the UTC wall time (midnight in Beijing is not 16:00 the day before)', () => {
    expect(render({ lang: 'zh', at: '2026-12-01T16:00:00.000Z' })).toBe('2026年12月2日 周三 00:00');
    expect(render({ lang: 'en', at: '2026-12-01T16:00:00.000Z' })).toBe('Wed 2 Dec 2026 00:00');
  });

  it('shows a UTC instant on the clock of the page’s edition where the page has one', () => {
    expect(render({ lang: 'zh', edition: { timeZone: 'Europe/Berlin' }, at: '2026-12-01T16:00:00.000Z' })).toBe('2026年12月1日 周二 17:00');
  });

  it('shows nothing for no instant', () => {
    expect(render({ lang: 'zh', at: null })).toBe('');
  });
});
