import { formatDay, instantText } from './instant-text';

describe('instantText', () => {
  const midnightInBeijing = new Date('2026-12-01T16:00:00.000Z');

  it('shows an instant on the edition’s clock as the pages word a day, in Chinese and English, with no ISO instant', () => {
    const text = instantText(midnightInBeijing, 'Asia/Shanghai');
    expect(text.zh).toBe('2026年12月2日 周三 00:00');
    expect(text.en).toBe('Wed 2 Dec 2026, 00:00 Beijing time');
    expect(`${text.zh} ${text.en}`).not.toMatch(/\d{4}-\d{2}-\d{2}T|Z\b/);
  });

  it('keeps seconds where asked', () => {
    expect(instantText(new Date('2026-12-02T00:44:26.981Z'), 'Asia/Shanghai', { seconds: true }).zh).toBe('2026年12月2日 周三 08:44:26');
  });

  it('names a zone other than China’s', () => {
    const text = instantText(midnightInBeijing, 'Europe/Berlin');
    expect(text.zh).toBe('2026年12月1日 周二 17:00（Europe/Berlin）');
    expect(text.en).toBe('Tue 1 Dec 2026, 17:00 (Europe/Berlin)');
  });

  it('falls back to China’s clock for a zone it does not know', () => {
    expect(instantText(midnightInBeijing, 'Mars/Olympus').zh).toBe('2026年12月2日 周三 00:00');
  });

  it('words a day with and without its year', () => {
    expect(formatDay('2026-12-01', 'zh')).toBe('12月1日 周二');
    expect(formatDay('2026-12-01', 'en', true)).toBe('Tue 1 Dec 2026');
  });
});
