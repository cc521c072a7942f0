/**
 * Just enough XML serialisation for schedule.xml: elements, attributes and text, no namespaces,
 * no mixed content. Element and attribute names are trusted constants; only values are escaped.
 */

export interface XmlElement {
  name: string;
  /** Written in insertion order; `undefined` and `null` values are left out. */
  attributes?: Record<string, string | number | null | undefined>;
  /** Text, or child elements; absent or empty gives `<name/>`. */
  content?: string | XmlElement[];
}

/**
 * Everything outside XML 1.0's Char production: C0 controls other than tab, LF and CR, U+FFFE,
 * U+FFFF and lone surrogates. A parser must reject a document containing any of them, even as
 * character references, so they cannot be escaped, only dropped. The `u` flag makes a lone
 * surrogate a code point of its own while a valid pair still matches the astral range.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR would be folded into the following LF by every parser's end-of-line handling.
  '\r': '&#13;',
};

/** Attribute-value normalisation turns literal tab and LF into spaces, so they go as references. */
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '\n': '&#10;', '\t': '&#9;' };

export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r]/g, (ch) => TEXT_ENTITIES[ch]);
}

export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r\n\t]/g, (ch) => ATTRIBUTE_ENTITIES[ch]);
}

export function xmlElement(name: string, content?: XmlElement['content'], attributes?: XmlElement['attributes']): XmlElement {
  return { name, content, attributes };
}

/** A UTF-8 document: declaration, root element indented by two spaces, final newline. */
export function serializeXmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeElement(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function writeElement(element: XmlElement, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const open = `${element.name}${formatAttributes(element.attributes)}`;
  const { content } = element;
  if (content === undefined || content.length === 0) {
    lines.push(`${indent}<${open}/>`);
  } else if (typeof content === 'string') {
    // Text stays on the tag's line: indentation inside it would become part of the value.
    lines.push(`${indent}<${open}>${escapeXmlText(content)}</${element.name}>`);
  } else {
    lines.push(`${indent}<${open}>`);
    for (const child of content) writeElement(child, depth + 1, lines);
    lines.push(`${indent}</${element.name}>`);
  }
}

function formatAttributes(attributes: XmlElement['attributes']): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}
