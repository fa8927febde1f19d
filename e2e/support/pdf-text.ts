import { inflateSync } from "node:zlib";

/**
 * The text on each page of a PDF that Chromium printed, read without a PDF library: Chromium (Skia) writes plain
 * objects, Flate-compressed content streams, and Type0 fonts whose glyphs map to text through a ToUnicode CMap. Enough
 * to check what a printed page says; not a general PDF reader.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages = pageIds(objects);
  return pages.map((pageId) => {
    const page = objects.get(pageId)!.dictionary;
    const fonts = fontsOf(page, objects);
    return refs(page.match(/\/Contents\s+(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? "")
      .map((id) => contentText(objects.get(id)?.stream?.toString("latin1") ?? "", fonts))
      .join("")
      .replace(/\s+/g, "");
  });
}

type PdfObject = { dictionary: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream");
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dataStart = start + streamAt + "stream".length + (text[start + streamAt + 6] === "\r" ? 2 : 1);
    const dataEnd = text.lastIndexOf("endstream", end);
    const raw = pdf.subarray(dataStart, dataEnd);
    const dictionary = body.slice(0, streamAt);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return objects;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));

/** The pages in reading order, from the page tree's kids. */
function pageIds(objects: Map<number, PdfObject>): number[] {
  const walk = (id: number): number[] => {
    const { dictionary } = objects.get(id)!;
    if (/\/Type\s*\/Page\b(?!s)/.test(dictionary)) return [id];
    return refs(dictionary.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? "").flatMap(walk);
  };
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog/.test(object.dictionary))!;
  return walk(refs(catalog.dictionary.match(/\/Pages\s+\d+ 0 R/)![0])[0]!);
}

/** Each font name a page uses (/F4), with what its glyphs say. */
function fontsOf(page: string, objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const resourcesRef = page.match(/\/Resources\s+(\d+) 0 R/)?.[1];
  const resources = resourcesRef ? objects.get(Number(resourcesRef))!.dictionary : page;
  const fonts = new Map<string, Map<number, string>>();
  for (const [, name, id] of resources.matchAll(/\/(F\w*)\s+(\d+) 0 R/g)) {
    const toUnicode = objects.get(Number(id))?.dictionary.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1];
    fonts.set(name!, toUnicode ? glyphMap(objects.get(Number(toUnicode))!.stream!.toString("latin1")) : new Map());
  }
  return fonts;
}

const hexText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

function glyphMap(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) glyphs.set(parseInt(glyph!, 16), hexText(text!));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, text] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(text!, 16);
      for (let glyph = parseInt(from!, 16); glyph <= parseInt(to!, 16); glyph++) glyphs.set(glyph, String.fromCodePoint(first + glyph - parseInt(from!, 16)));
    }
  }
  return glyphs;
}

/** The text a content stream shows: each Tj or TJ string, through the font chosen by the Tf before it. */
function contentText(content: string, fonts: Map<string, Map<number, string>>): string {
  let glyphs = new Map<number, string>();
  let text = "";
  for (const [, font, shown] of content.matchAll(/\/(F\w*)\s+[\d.]+\s+Tf|(\[(?:[^\]]*)\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
    if (font) {
      glyphs = fonts.get(font) ?? new Map();
      continue;
    }
    for (const [, hex] of shown!.matchAll(/<([0-9A-Fa-f]*)>/g)) {
      text += (hex!.match(/.{4}/g) ?? []).map((glyph) => glyphs.get(parseInt(glyph, 16)) ?? "").join("");
    }
  }
  return text;
}
