import { Row } from './page-flow';
import { COLORS } from './page-style';
import { drawLine, drawText, lineHeight, measureText, TextStyle, textWidth } from './pdf-text';
import { ProgramSpeaker } from './program-document';
import { cancelledStyle, ProgramLayout } from './program-layout';

/** Font ascent as a share of the size, to put texts of two sizes on one baseline. */
export const ASCENT = 0.88;

export function textRow(
  layout: ProgramLayout,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  spaceAfter = 0,
): Row {
  const height = measureText(layout.pdf, text, style, width) + spaceAfter;
  return { height, draw: (y) => drawText(layout.pdf, text, style, x, y, width) };
}

/** A section heading with a rule under it. */
export function headingRow(layout: ProgramLayout, text: string, style: TextStyle): Row {
  const { pdf, flow } = layout;
  const gap = layout.style.gap;
  const textHeight = measureText(pdf, text, style, flow.width);
  return {
    height: textHeight + gap * 1.2,
    draw: (y) => {
      drawText(pdf, text, style, flow.left, y, flow.width);
      const ruleY = y + textHeight - style.size * 0.2;
      pdf.save().moveTo(flow.left, ruleY).lineTo(flow.left + flow.width, ruleY).lineWidth(0.6).strokeColor(COLORS.rule).stroke().restore();
    },
  };
}

/** `label  value` with the value wrapping in its own column; an empty label keeps the indent. */
export function labeledRow(
  layout: ProgramLayout,
  label: string,
  value: string,
  x: number,
  width: number,
  valueStyle: TextStyle,
): Row {
  const { pdf, labelColumn, text } = layout;
  const valueWidth = width - labelColumn;
  const height = measureText(pdf, value, valueStyle, valueWidth);
  const labelDrop = (valueStyle.size - text.label.size) * ASCENT;
  return {
    height,
    draw: (y) => {
      if (label) drawText(pdf, label, text.label, x, y + labelDrop, labelColumn);
      drawText(pdf, value, valueStyle, x + labelColumn, y, valueWidth);
    },
  };
}

export function nameColumnWidth(layout: ProgramLayout, speakers: ProgramSpeaker[], width: number): number {
  const widest = Math.max(0, ...speakers.map((s) => textWidth(layout.pdf, s.name, layout.text.name)));
  const em = layout.text.name.size;
  return Math.min(Math.max(widest, em * 3) + em, width * 0.4);
}

/** One speaker: the name in bold, then position and part in the session. */
export function speakerRow(
  layout: ProgramLayout,
  speaker: ProgramSpeaker,
  label: string,
  x: number,
  width: number,
  nameWidth: number,
  cancelled: boolean,
): Row {
  const { pdf, labelColumn, text } = layout;
  const nameStyle = cancelledStyle(text.name, cancelled);
  const detailStyle = cancelledStyle({ ...text.value, color: COLORS.muted }, cancelled);
  const detail = [speaker.title, speaker.role].filter((part): part is string => !!part).join(' · ');
  const nameX = x + labelColumn;
  const detailX = nameX + nameWidth;
  const detailWidth = width - labelColumn - nameWidth;
  const height = Math.max(
    measureText(pdf, speaker.name, nameStyle, nameWidth),
    detail ? measureText(pdf, detail, detailStyle, detailWidth) : 0,
  );
  const labelDrop = (text.value.size - text.label.size) * ASCENT;
  return {
    height,
    draw: (y) => {
      if (label) drawText(pdf, label, text.label, x, y + labelDrop, labelColumn);
      drawText(pdf, speaker.name, nameStyle, nameX, y, nameWidth);
      if (detail) drawText(pdf, detail, detailStyle, detailX, y, detailWidth);
    },
  };
}

/**
 * The session kind in small accent type, and for a cancelled session labels.cancelled in an
 * outlined tag after it: a mark that reads the same in any language.
 */
export function drawKind(layout: ProgramLayout, kind: string, cancelled: boolean, x: number, y: number, width: number): void {
  const { pdf, text, labels, style } = layout;
  drawLine(pdf, kind, text.kind, x, y, width);
  if (!cancelled) return;
  const pad = text.cancelled.size * 0.35;
  const tagX = x + Math.min(textWidth(pdf, kind, text.kind), width * 0.6) + style.gap * 0.8;
  const tagWidth = Math.min(textWidth(pdf, labels.cancelled, text.cancelled), x + width - tagX - pad * 2);
  drawLine(pdf, labels.cancelled, text.cancelled, tagX + pad, y, tagWidth + 1);
  const top = y - pad * 0.4;
  const height = text.cancelled.size * 1.1 + pad * 0.8;
  pdf.save().roundedRect(tagX, top, tagWidth + pad * 2, height, 1.5).lineWidth(0.6).strokeColor(COLORS.accent).stroke().restore();
}

export function kindRow(layout: ProgramLayout, kind: string, cancelled: boolean, x: number, width: number, spaceAfter = 0): Row {
  return {
    height: lineHeight(layout.pdf, layout.text.kind) + spaceAfter,
    draw: (y) => drawKind(layout, kind, cancelled, x, y, width),
  };
}

/** Vertical space as a row, so it travels with the block it belongs to. */
export function spaceRow(height: number): Row {
  return { height, draw: () => undefined };
}
