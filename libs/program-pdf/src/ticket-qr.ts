import { create, QRCode } from 'qrcode';

/** Medium correction survives a creased or glossy print and keeps a URL's code small. */
export const QR_ERROR_CORRECTION = 'M';
/** Light margin a scanner needs around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

export function encodeQr(data: string): QRCode {
  return create(data, { errorCorrectionLevel: QR_ERROR_CORRECTION });
}

/**
 * The QR code as vector squares: sharp at any print resolution, and no PNG to encode and
 * decode. Each module is one unit after the transform and a row's dark runs are merged, so
 * the content stream stays small.
 */
export function drawQr(pdf: PDFKit.PDFDocument, qr: QRCode, x: number, y: number, size: number): void {
  const { modules } = qr;
  const count = modules.size;
  pdf.save().translate(x, y).scale(size / count);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      pdf.rect(start, row, col - start, 1);
    }
  }
  pdf.fill('#000000').restore();
}
