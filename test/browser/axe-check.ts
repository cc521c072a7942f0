import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core inside the page and answers its serious and critical violations. The source is
 * evaluated through the DevTools protocol, which the page's strict CSP does not govern: the page
 * itself still runs no inline script.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeFinding[]> {
  const findings = (await page.evaluate(`(async () => {
    if (!window.axe) { ${AXE_SOURCE} }
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  })()`)) as AxeFinding[];
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
