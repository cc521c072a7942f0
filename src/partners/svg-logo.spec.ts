import { rewriteSvgLogo, SvgRefused } from './svg-logo';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('SVG logos, read by a parser and written anew', () => {
  it.each([
    ['a script under another prefix', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>'],
    ['an entity-encoded javascript: link', svg('<use href="&#106;avascript:alert(1)"/>')],
    ['a hex-encoded javascript: xlink', svg('<use xlink:href="&#x6A;avascript:alert(1)"/>')],
    ['an event handler', svg('<rect width="1" height="1" ONLOAD="alert(1)"/>')],
    ['embedded HTML', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
    ['HTML in its own namespace', svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://evil.example"/>')],
    ['an animation that rewrites a link', svg('<a><animate attributeName="href" to="javascript:alert(1)"/></a>')],
    ['a set element', svg('<set attributeName="onmouseover" to="alert(1)"/>')],
    ['an outside image', svg('<image href="https://evil.example/track.png"/>')],
    ['an outside paint', svg('<rect fill="url(https://evil.example/x#p)" width="1" height="1"/>')],
    ['a style import', svg('<style>@import url(https://evil.example/x.css);</style>')],
    ['a style with an escape', svg('<style>.a{background:u\\72l(https://evil.example)}</style>')],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY x "javascript:">]><svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['not XML at all', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'],
    ['no SVG', '<html><body>hi</body></html>'],
  ])('refuses %s', (_, text) => {
    expect(() => rewriteSvgLogo(text)).toThrow(SvgRefused);
  });

  it('keeps a drawing, drops editors’ bookkeeping and unknown attributes, and writes only what it read', () => {
    const inkscape = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" inkscape:version="1.2" data-name="图层 1">
  <sodipodi:namedview id="nv"><inkscape:page/></sodipodi:namedview>
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient><style>.a{fill:url(#g)}</style></defs>
  <rect class="a" width="10" height="10" fill="url(#g)" inkscape:label="背景"/>
  <text x="1" y="8" font-family="Noto Sans SC">中网联 &amp; &lt;会务&gt;</text>
  <use xlink:href="#g" xmlns:xlink="http://www.w3.org/1999/xlink"/>
</svg>`;
    const out = rewriteSvgLogo(inkscape);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink" viewBox="0 0 10 10">/);
    expect(out).not.toMatch(/inkscape|sodipodi|metadata|rdf|data-name/);
    expect(out).toContain('<rect class="a" width="10" height="10" fill="url(#g)"></rect>');
    expect(out).toContain('中网联 &amp; &lt;会务&gt;');
    expect(out).toContain('<use xlink:href="#g"></use>');
    expect(rewriteSvgLogo(out)).toBe(out);
  });

  it('takes a logo written without xmlns, and an embedded PNG', () => {
    expect(rewriteSvgLogo('<svg viewBox="0 0 1 1"><circle r="1"/></svg>')).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><circle r="1"></circle></svg>');
    expect(rewriteSvgLogo(svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'))).toContain('href="data:image/png;base64,iVBORw0KGgo="');
  });
});
