import { join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { BOLD, fontDirectory, REGULAR } from './cjk-fonts';
import { encodeContentAsText } from './pdf-content-text';
import { finishPdf } from './pdf-output';
import { pdfText, squash } from './testing/pdf-tools';

/** A pdfkit of its own (Jest's registry, isolated): patching one copy leaves the other as shipped. */
function freshPdfKit(): typeof PDFDocument {
  let Document: typeof PDFDocument | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Document = require('pdfkit') as typeof PDFDocument;
  });
  return Document!;
}

/** The same drawing on either pdfkit: buffered pages written to afterwards, both fonts, shapes, a link, an embedded image. */
function draw(Document: typeof PDFDocument): PDFKit.PDFDocument {
  const pdf = new Document({ size: 'A5', bufferPages: true, autoFirstPage: false, info: { Title: '会议指南', CreationDate: new Date('2026-11-30T02:00:00Z') } });
  pdf.registerFont(REGULAR, join(fontDirectory(), `${REGULAR}.otf`));
  pdf.registerFont(BOLD, join(fontDirectory(), `${BOLD}.otf`));
  for (let page = 1; page <= 3; page++) {
    pdf.addPage();
    pdf.font(BOLD).fontSize(16).fillColor('#b00000').text(`第${page}页 2026中国网络文明大会`, { width: 300 });
    pdf.font(REGULAR).fontSize(10).fillColor('#333333').text('主论坛 Main forum · 09:00–12:00 “网络文明” 主席台'.repeat(4), { width: 300, align: 'justify' });
    pdf.rect(40, 300, 200, 40).lineWidth(0.5).stroke('#999999');
    pdf.link(40, 300, 200, 40, 'https://huiwu.example.cn/');
  }
  pdf.image(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64'), 40, 400, { width: 20 });
  // Written on a page laid out earlier, as the running heads and page numbers are.
  pdf.switchToPage(0);
  pdf.font(REGULAR).fontSize(8).text('共3页', 40, 20);
  return pdf;
}

describe('encodeContentAsText', () => {
  it('holds a page’s operators as text until the page is written (as shipped, pdfkit holds an array per operator)', () => {
    const shipped = freshPdfKit();
    const patched = freshPdfKit();
    encodeContentAsText(patched);
    const chunksOfPage = (Document: typeof PDFDocument) => {
      const pdf = new Document({ autoFirstPage: false });
      pdf.addPage().rect(10, 10, 20, 20).fill('#000000');
      return (pdf.page as unknown as { content: { buffer: unknown[] } }).content.buffer.length;
    };
    expect(chunksOfPage(shipped)).toBeGreaterThan(2);
    expect(chunksOfPage(patched)).toBe(0);
  });

  it('writes the same document byte for byte as pdfkit as shipped', async () => {
    const shipped = await finishPdf(draw(freshPdfKit()));
    const Patched = freshPdfKit();
    encodeContentAsText(Patched);
    encodeContentAsText(Patched); // installed once, however often asked
    const patched = await finishPdf(draw(Patched));
    expect(patched.length).toBe(shipped.length);
    expect(patched.equals(shipped)).toBe(true);
    expect(squash(pdfText(patched))).toContain(squash('第1页 2026中国网络文明大会'));
  });
});
