/**
 * Just enough XML for the parts of an .xlsx file: a forward scanner over start and end tags, attribute
 * lookup and entity decoding. Workbook parts are machine-written, so no DTDs or processing beyond
 * `<?xml?>` declarations occur; namespace prefixes (`x:row`) are dropped so strict and prefixed files
 * read the same as the usual ones.
 */

/** One tag as the scanner meets it. `attrs` is the raw text between the name and `>`. */
export interface XmlTag {
  readonly name: string;
  readonly attrs: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Offset just after the tag's `>`. */
  readonly end: number;
}

/** The next tag from `from`, skipping comments, declarations and CDATA; null at the end. */
export function nextTag(xml: string, from: number): XmlTag | null {
  let at = xml.indexOf('<', from);
  while (at !== -1) {
    const c = xml.charCodeAt(at + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = xml.startsWith('<!--', at) ? xml.indexOf('-->', at) : xml.startsWith('<![CDATA[', at) ? xml.indexOf(']]>', at) : xml.indexOf('>', at);
      if (close === -1) return null;
      at = xml.indexOf('<', close + 1);
      continue;
    }
    const gt = xml.indexOf('>', at);
    if (gt === -1) return null;
    const closing = c === 47; /* / */
    let nameStart = closing ? at + 2 : at + 1;
    let nameEnd = nameStart;
    let colon = -1;
    for (let c = xml.charCodeAt(nameEnd); nameEnd < gt && !isSpace(c) && c !== 47; c = xml.charCodeAt(++nameEnd)) {
      if (c === 58) colon = nameEnd;
    }
    if (colon !== -1) nameStart = colon + 1;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    return {
      name: xml.slice(nameStart, nameEnd),
      attrs: xml.slice(nameEnd, selfClosing ? gt - 1 : gt),
      closing,
      selfClosing,
      end: gt + 1,
    };
  }
  return null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** `name=` per attribute name, made once: a million cells look up three attributes each. */
const NEEDLES: Record<string, string> = Object.create(null) as Record<string, string>;

/** An attribute's decoded value, or null. `name` is matched without its namespace prefix (`r:id` → `id`) only when given bare. */
export function attr(attrs: string, name: string): string | null {
  const needle = (NEEDLES[name] ??= name + '=');
  let at = attrs.indexOf(needle);
  while (at !== -1) {
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (isSpace(before) || before === 58 /* : */) {
      const quote = attrs.charCodeAt(at + name.length + 1);
      const from = at + name.length + 2;
      const to = attrs.indexOf(String.fromCharCode(quote), from);
      if (to === -1) return null;
      return decodeXml(attrs.slice(from, to));
    }
    at = attrs.indexOf(needle, at + 1);
  }
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes `&amp;`, `&#10;`, `&#x41;` and Excel's `_x000D_` escapes of control characters. */
export function decodeXml(text: string): string {
  let out = text;
  if (out.indexOf('&') !== -1) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
      if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (out.indexOf('_x') !== -1) {
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return out;
}

/**
 * The text content of every `<t>` element between `from` and the end tag `until` (a shared string
 * or an inline string: plain, or rich-text runs), skipping phonetic runs (`<rPh>`), which are
 * reading aids and not part of the value. Returns the text and the offset after `</until>`.
 */
export function readText(xml: string, from: number, until: string): { text: string; end: number } {
  let text = '';
  let at = from;
  let phonetic = 0;
  for (;;) {
    const tag = nextTag(xml, at);
    if (tag === null) return { text, end: xml.length };
    at = tag.end;
    if (tag.closing) {
      if (tag.name === until) return { text, end: at };
      if (tag.name === 'rPh') phonetic--;
      continue;
    }
    if (tag.name === 'rPh' && !tag.selfClosing) phonetic++;
    else if (tag.name === 't' && !tag.selfClosing) {
      const close = xml.indexOf('</', at);
      if (close === -1) return { text, end: xml.length };
      if (phonetic === 0) text += decodeXml(xml.slice(at, close));
      at = close;
    }
  }
}
