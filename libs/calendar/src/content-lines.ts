/**
 * Repairs the layout of ical-generator's folded output, working on whole content lines
 * (a physical line plus its folded continuations) so folding is never disturbed.
 *
 * ical-generator writes REFRESH-INTERVAL after the VTIMEZONEs and x-properties after the
 * VEVENTs, and ends without a line break; RFC 5545 §3.4/§3.6 want every calendar property
 * before the first component and every content line, the last included, ended by CRLF.
 */
export function hoistCalendarProperties(folded: string): string {
  const lines = contentLines(folded);
  const first = lines.shift();
  const last = lines.pop();
  if (first !== 'BEGIN:VCALENDAR' || last !== 'END:VCALENDAR') {
    throw new Error('Expected exactly one VCALENDAR from ical-generator');
  }

  const properties: string[] = [];
  const components: string[] = [];
  let depth = 0;
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) depth++;
    (depth > 0 ? components : properties).push(line);
    if (line.startsWith('END:')) depth--;
  }
  return [first, ...properties, ...components, last].join('\r\n') + '\r\n';
}

function contentLines(folded: string): string[] {
  const lines: string[] = [];
  for (const physical of folded.split('\r\n')) {
    if (physical === '') continue;
    // A continuation starts with one space or tab (RFC 5545 §3.1).
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += '\r\n' + physical;
    } else {
      lines.push(physical);
    }
  }
  return lines;
}
