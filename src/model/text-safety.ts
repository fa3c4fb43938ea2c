// Text from an inventory is untrusted. Where it goes decides what it may hold:
// XML (GEXF, GraphML, SVG, HTML) forbids most control characters, U+FFFE,
// U+FFFF and lone surrogates, and one of them makes the whole file unreadable;
// a terminal obeys escape sequences (a name can retitle the window or clear
// the screen). JSON must not carry lone surrogates. Extensible Markup
// Language 1.0, section 2.2 (Char); ECMA-48 for the terminal's controls.

/** Characters XML 1.0 does not allow, and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what XML forbids with U+FFFD, so the document stays well-formed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

export { terminalSafe } from '../diagnostics/terminal-safe.js';

/** What escapeXml changes: markup, quotes, control characters, U+FFFE/U+FFFF and surrogates (lone ones are found by xmlSafe). */
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as XML character data or an attribute value: escaped, and without what XML forbids. */
export function escapeXml(text: string): string {
  // Most text (ids, names, numbers) needs nothing: one test instead of eight replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
