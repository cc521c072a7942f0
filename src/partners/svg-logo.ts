import { SaxesParser, SaxesTagNS } from 'saxes';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** What a logo may be drawn with: shapes, text, gradients, clipping. Nothing that runs, links, loads or animates. */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'style', 'image',
]);
/** SVG elements refused with a reason: what can run script, load or embed a document, link away or change attributes later. */
const REFUSED: Record<string, string> = {
  script: 'a script',
  foreignObject: 'embedded HTML',
  iframe: 'embedded content',
  embed: 'embedded content',
  object: 'embedded content',
  a: 'a link',
  animate: 'an animation',
  set: 'an animation',
  animateTransform: 'an animation',
  animateMotion: 'an animation',
  handler: 'a script',
  listener: 'a script',
};
/** Attributes kept; any other plain attribute (an editor's data-name, say) is dropped, and `on…` refuses the file. */
const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'version', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'fx', 'fy', 'dx', 'dy', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'clip-path', 'clip-rule', 'clipPathUnits', 'mask',
  'maskUnits', 'maskContentUnits', 'patternUnits', 'patternContentUnits', 'patternTransform', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits',
  'gradientTransform', 'spreadMethod', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing',
  'word-spacing', 'text-decoration', 'visibility', 'display', 'color', 'href', 'startOffset', 'lengthAdjust', 'textLength',
]);
/** Namespaces of drawing programs' bookkeeping (Inkscape, Sodipodi, RDF metadata…): dropped with everything inside. */
const DROPPED_ELEMENTS = new Set(['metadata']);

/** Why a file is refused; the caller turns it into the 422 that names the logo field. */
export class SvgRefused extends Error {}

/**
 * An uploaded SVG logo, read by a real XML parser (namespaces resolved, character references
 * decoded, so `<s:script>` or `&#106;avascript:` is seen for what it is) and written out anew from
 * an allow-list: only drawing elements and attributes survive, and what is stored and served is
 * that rewrite, never the uploaded bytes. Dangerous content refuses the file with a reason rather
 * than being stripped quietly; drawing programs' bookkeeping is dropped.
 */
export function rewriteSvgLogo(text: string): string {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const out: string[] = [];
  const open: { name: string; dropped: boolean }[] = [];
  let dropDepth = 0;
  let svgNamespace: string | null = null;
  let usesXlink = false;
  let failure: Error | null = null;
  const refuse = (why: string): never => {
    throw new SvgRefused(why);
  };

  parser.on('doctype', () => refuse('SVG with a DOCTYPE or entities'));
  parser.on('processinginstruction', (pi) => {
    if (pi.target !== 'xml-stylesheet') return;
    refuse('SVG with a style sheet reference');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (dropDepth > 0) {
      dropDepth++;
      open.push({ name: tag.local, dropped: true });
      return;
    }
    if (svgNamespace === null) {
      // A hand-written logo often leaves out xmlns: its elements are then SVG's all the same.
      if (tag.local !== 'svg' || (tag.uri !== SVG && tag.uri !== '')) refuse('not an SVG image');
      svgNamespace = tag.uri;
    }
    if (tag.uri !== svgNamespace || DROPPED_ELEMENTS.has(tag.local)) {
      if (tag.uri === XHTML || tag.uri === '') refuse('SVG with embedded HTML');
      // A drawing program's own namespace (Inkscape, Sodipodi, RDF): bookkeeping, dropped with what it holds.
      dropDepth++;
      open.push({ name: tag.local, dropped: true });
      return;
    }
    if (REFUSED[tag.local]) refuse(`SVG with ${REFUSED[tag.local]}`);
    if (!ELEMENTS.has(tag.local)) refuse(`SVG with an element <${tag.local}>`);
    const attributes: string[] = [];
    for (const attribute of Object.values(tag.attributes)) {
      const { local, uri, value } = attribute;
      if (/^on/i.test(local)) refuse('SVG with an event handler attribute');
      if (uri === 'http://www.w3.org/2000/xmlns/' || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      if (uri === XML && local === 'space') {
        attributes.push(`xml:space="${escapeAttribute(value)}"`);
        continue;
      }
      const isHref = local === 'href' && (uri === XLINK || uri === '');
      if (uri !== '' && !isHref) continue;
      if (!ATTRIBUTES.has(local)) continue;
      if (isHref) {
        checkReference(tag.local, value);
        if (uri === XLINK) usesXlink = true;
        attributes.push(`${uri === XLINK ? 'xlink:' : ''}href="${escapeAttribute(value)}"`);
        continue;
      }
      checkValue(local, value);
      attributes.push(`${local}="${escapeAttribute(value)}"`);
    }
    const root = out.length === 0;
    out.push(`<${tag.local}${root ? ` xmlns="${SVG}"` : ''}${root ? '\u0000XLINK\u0000' : ''}${attributes.map((a) => ` ${a}`).join('')}>`);
    open.push({ name: tag.local, dropped: false });
  });
  parser.on('text', (text) => {
    if (dropDepth > 0 || open.length === 0) return;
    if (open[open.length - 1].name === 'style') checkStyleSheet(text);
    out.push(escapeText(text));
  });
  parser.on('cdata', (text) => {
    if (dropDepth > 0 || open.length === 0) return;
    if (open[open.length - 1].name === 'style') checkStyleSheet(text);
    out.push(escapeText(text));
  });
  parser.on('closetag', () => {
    const closed = open.pop();
    if (!closed) return;
    if (closed.dropped) dropDepth--;
    else out.push(`</${closed.name}>`);
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof SvgRefused) throw error;
    throw new SvgRefused('the SVG is not well-formed XML');
  }
  if (failure) throw new SvgRefused('the SVG is not well-formed XML');
  if (svgNamespace === null) refuse('not an SVG image');
  return out.join('').replace('\u0000XLINK\u0000', usesXlink ? ` xmlns:xlink="${XLINK}"` : '');
}

/** `use`, gradients and text paths may point inside the file (`#id`); an image may hold a PNG or JPEG itself. Nothing is fetched. */
function checkReference(element: string, value: string): void {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return;
  if (element === 'image' && /^data:image\/(png|jpeg);base64,[a-z0-9+/=\s]+$/i.test(trimmed)) return;
  throw new SvgRefused('SVG that references outside files');
}

/** Paint and clip values may name something in the file (`url(#id)`), never a URL. */
function checkValue(name: string, value: string): void {
  if (name === 'style') return checkStyleSheet(value);
  if (/url\s*\(/i.test(value) && !/^\s*url\(\s*['"]?#[\w.-]+['"]?\s*\)/i.test(value)) throw new SvgRefused('SVG that references outside files');
  if (/javascript:|vbscript:|data:/i.test(value)) throw new SvgRefused('SVG with a script URL');
}

/** CSS in a `<style>` element or a style attribute: no imports, no outside URLs, no escapes that could spell either. */
function checkStyleSheet(css: string): void {
  if (/@import|expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|\\|</i.test(css)) throw new SvgRefused('SVG with a style that loads or runs something');
  for (const match of css.matchAll(/url\s*\(([^)]*)\)/gi)) {
    if (!/^\s*['"]?#[\w.-]+['"]?\s*$/.test(match[1])) throw new SvgRefused('SVG that references outside files');
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
