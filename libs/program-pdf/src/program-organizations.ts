import { Row } from './page-flow';
import { drawText, measureText } from './pdf-text';
import { ProgramOrganization } from './program-document';
import { ContentsEntry } from './program-contents';
import { markTopic, ProgramLayout } from './program-layout';
import { headingRow, spaceRow, textRow } from './program-rows';

const COLUMNS = 2;

/** One row of the organization grid: up to two names, each with its tier in small type below. */
function gridRow(layout: ProgramLayout, organizations: ProgramOrganization[], x: number, width: number): Row {
  const { pdf, text, style } = layout;
  const columnWidth = (width - style.gap * (COLUMNS - 1)) / COLUMNS;
  const cells = organizations.map((organization) => {
    const nameHeight = measureText(pdf, organization.name, text.value, columnWidth);
    const tierHeight = organization.tier ? measureText(pdf, organization.tier, text.note, columnWidth) : 0;
    return { organization, nameHeight, height: nameHeight + tierHeight };
  });
  return {
    height: Math.max(...cells.map((cell) => cell.height)) + style.gap * 0.3,
    draw: (y) =>
      cells.forEach((cell, i) => {
        const cellX = x + i * (columnWidth + style.gap);
        drawText(pdf, cell.organization.name, text.value, cellX, y, columnWidth);
        if (cell.organization.tier) drawText(pdf, cell.organization.tier, text.note, cellX, y + cell.nameHeight, columnWidth);
      }),
  };
}

/** Organizations role by role, in the caller's order; a role's label never ends a page alone. */
export function layoutOrganizations(layout: ProgramLayout): ContentsEntry[] {
  const { flow, labels, text, style, doc } = layout;
  const groups = doc.organizationsByRole.filter((group) => group.organizations.length > 0);
  if (!groups.length) return [];
  flow.newPage();
  const entry: ContentsEntry = { title: labels.organizations, level: 0, pageIndex: flow.pageIndex };
  flow.place([headingRow(layout, labels.organizations, text.h1)]);
  const x = flow.left + style.gap * 1.6;
  const width = flow.width - style.gap * 1.6;
  for (const group of groups) {
    const rows: Row[] = [];
    for (let i = 0; i < group.organizations.length; i += COLUMNS) {
      rows.push(gridRow(layout, group.organizations.slice(i, i + COLUMNS), x, width));
    }
    const label = textRow(layout, group.label, text.h2, flow.left, flow.width, style.gap * 0.3);
    const [first, ...rest] = rows;
    const opening: Row = {
      height: label.height + first.height,
      draw: (y) => {
        label.draw(y);
        first.draw(y + label.height);
      },
    };
    flow.place([opening, ...rest, spaceRow(style.gap)]);
  }
  markTopic(layout, entry.pageIndex, labels.organizations);
  return [entry];
}
