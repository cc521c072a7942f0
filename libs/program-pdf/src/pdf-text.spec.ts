import { BOLD, REGULAR } from './cjk-fonts';
import { pageStyle } from './page-style';
import { createPdf, finishPdf } from './pdf-output';
import { measureText, TextStyle } from './pdf-text';

describe('measureText', () => {
  const pdf = createPdf({ style: pageStyle('A4'), lang: 'zh', title: 'measure' });
  afterAll(() => finishPdf(pdf));

  const texts = [
    '平台经济诚信建设分论坛',
    '中国网络诚信大会 · 主论坛（开幕式）',
    '中国互联网发展基金会、中国网络社会组织联合会、浙江省委网信办、杭州市委网信办',
    'China Internet Integrity Conference: Platform Economy Sub-forum',
    'Opening ceremony and keynote speeches by the guests of honour',
    '张三 · 中国网络社会组织联合会 副秘书长',
    '第一行\n第二行',
    'A',
    '',
    '“诚信”与 ‘trust’ — a mixed line, 中英文混排',
  ];
  const styles: TextStyle[] = [
    { font: REGULAR, size: 9, color: '#000' },
    { font: BOLD, size: 14, color: '#000', lineGap: 3 },
    { font: REGULAR, size: 10.5, color: '#000', characterSpacing: 0.6 },
  ];

  // The short cut for one line must answer what pdfkit's own wrapping answers, at widths where
  // the text fits with room, just fits, just does not, and wraps many times.
  it('answers pdfkit’s wrapped height for every text, style and width', () => {
    let compared = 0;
    for (const style of styles) {
      for (const text of texts) {
        pdf.font(style.font).fontSize(style.size);
        const natural = pdf.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
        for (const width of [natural + 200, natural + 2, natural + 0.5, natural, natural - 0.5, natural / 2, 60, 24]) {
          if (width <= 0) continue;
          pdf.font(style.font).fontSize(style.size);
          const expected = pdf.heightOfString(text, { width, lineGap: style.lineGap ?? 0, characterSpacing: style.characterSpacing ?? 0 });
          expect({ text, width, height: measureText(pdf, text, style, width) }).toEqual({ text, width, height: expected });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('measures a line that fits without wrapping it, and wraps what does not fit', () => {
    const wrapped = jest.spyOn(pdf, 'heightOfString');
    try {
      const style = styles[0];
      measureText(pdf, texts[1], style, 400);
      expect(wrapped).not.toHaveBeenCalled();
      measureText(pdf, texts[1], style, 40);
      measureText(pdf, texts[6], style, 400);
      expect(wrapped).toHaveBeenCalledTimes(2);
    } finally {
      wrapped.mockRestore();
    }
  });
});
