import { escapeXmlAttribute, escapeXmlText, serializeXmlDocument, xmlElement as el } from './xml-writer';

describe('xml-writer', () => {
  it('escapes the five markup characters in text and attributes', () => {
    expect(escapeXmlText(`A&B <c> "d" 'e'`)).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXmlAttribute(`A&B <c> "d" 'e'`)).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });

  it('keeps CR as a reference everywhere, and LF and tab as references in attributes', () => {
    expect(escapeXmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(escapeXmlAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
  });

  it('drops characters XML 1.0 forbids but keeps Chinese text and characters outside the BMP', () => {
    const forbidden = '\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDC00\uD800'; // surrogates reversed: both lone
    expect(escapeXmlText(`网${forbidden}络 🎉𠮷`)).toBe('网络 🎉𠮷');
    expect(escapeXmlAttribute(`网${forbidden}络`)).toBe('网络');
  });

  it('writes a declaration, indented elements, empty elements and skipped attributes', () => {
    const root = el('schedule', [el('version', '3'), el('persons', []), el('room', [el('title', '开幕 & 致辞')], { name: '主会场', guid: undefined })]);
    expect(serializeXmlDocument(root)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<schedule>',
        '  <version>3</version>',
        '  <persons/>',
        '  <room name="主会场">',
        '    <title>开幕 &amp; 致辞</title>',
        '  </room>',
        '</schedule>',
        '',
      ].join('\n'),
    );
  });
});
