import { PageStyle } from './page-style';

/** Something drawn as one piece: never split across pages. */
export interface Row {
  height: number;
  draw(y: number): void;
}

/** Stacks rows down the pages' content area, starting a new page when a row does not fit. */
export class PageFlow {
  y = 0;
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;

  constructor(
    readonly pdf: PDFKit.PDFDocument,
    readonly style: PageStyle,
  ) {
    this.left = style.margins.left;
    this.width = style.width - style.margins.left - style.margins.right;
    this.top = style.margins.top;
    this.bottom = style.height - style.margins.bottom;
  }

  get pageHeight(): number {
    return this.bottom - this.top;
  }

  /** Zero-based index of the page being filled. */
  get pageIndex(): number {
    return this.pdf.bufferedPageRange().count - 1;
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits, or the page is still empty. */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top) this.newPage();
  }

  skip(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  /**
   * Places rows as one block: on the current page if they fit, else on the next. Only a block
   * taller than a whole page is broken, and then between rows.
   */
  place(rows: Row[], gapAfter = 0): void {
    const total = rows.reduce((sum, row) => sum + row.height, 0);
    if (total <= this.pageHeight) this.ensure(total);
    for (const row of rows) {
      this.ensure(row.height);
      const pages = this.pdf.bufferedPageRange().count;
      row.draw(this.y);
      // pdfkit continued an over-tall paragraph on a page of its own: carry on below it.
      if (this.pdf.bufferedPageRange().count > pages) this.y = this.pdf.y;
      else this.y += row.height;
    }
    this.skip(gapAfter);
  }
}
