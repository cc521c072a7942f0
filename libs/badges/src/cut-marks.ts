/** Length of a cut mark and its gap from the cut, in points: visible, and outside the badge. */
const MARK = 10;
const GAP = 3;

/**
 * Crop marks at the four corners of a cell: short hairlines in the margin, continuing each edge,
 * so a guillotine cut along them leaves no mark on the badge itself.
 */
export function drawCutMarks(pdf: PDFKit.PDFDocument, x: number, y: number, width: number, height: number): void {
  pdf.save().lineWidth(0.3).strokeColor('#000000');
  for (const cx of [x, x + width]) {
    for (const cy of [y, y + height]) {
      const h = cx === x ? -1 : 1;
      const v = cy === y ? -1 : 1;
      pdf.moveTo(cx + h * GAP, cy).lineTo(cx + h * (GAP + MARK), cy).stroke();
      pdf.moveTo(cx, cy + v * GAP).lineTo(cx, cy + v * (GAP + MARK)).stroke();
    }
  }
  pdf.restore();
}
