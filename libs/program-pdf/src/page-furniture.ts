import { fillLabel } from './labels';
import { COLORS } from './page-style';
import { drawLine, textWidth } from './pdf-text';
import { releaseLine } from './program-cover';
import { ProgramLayout } from './program-layout';

/**
 * Running head (edition title, then the day or section) and footer (release, page number) on every page but the cover,
 * drawn last because pages are only numbered once all exist.
 */
export function drawRunningHeads(layout: ProgramLayout): void {
  const { pdf, flow, style, doc, text } = layout;
  const { start, count } = pdf.bufferedPageRange();
  const headY = style.margins.top * 0.45;
  const footY = style.height - style.margins.bottom * 0.6;
  const release = releaseLine(layout);
  for (let i = start + 1; i < start + count; i++) {
    pdf.switchToPage(i);
    const topic = layout.topics.get(i) ?? doc.brandName;
    const topicWidth = Math.min(textWidth(pdf, topic, text.running) + 1, flow.width * 0.35);
    drawLine(pdf, doc.title, text.running, flow.left, headY, flow.width - topicWidth - style.gap);
    drawLine(pdf, topic, { ...text.running, align: 'right' }, flow.left + flow.width - topicWidth, headY, topicWidth);
    const ruleY = headY + text.running.size * 1.6;
    pdf.save().moveTo(flow.left, ruleY).lineTo(flow.left + flow.width, ruleY).lineWidth(0.5).strokeColor(COLORS.accent).stroke().restore();

    const page = fillLabel(layout.labels.page, { n: i + 1 });
    const pageWidth = textWidth(pdf, page, text.running) + 1;
    drawLine(pdf, release, text.running, flow.left, footY, flow.width - pageWidth - style.gap);
    drawLine(pdf, page, { ...text.running, align: 'right' }, flow.left + flow.width - pageWidth, footY, pageWidth);
  }
}
