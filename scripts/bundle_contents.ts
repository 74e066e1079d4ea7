/**
 * What a bundle is made of, read from its source map (`deno bundle --sourcemap`, which has no
 * metafile): the bytes of bundled code that came from each source file. A byte of output is
 * counted for the source of the mapping segment it falls in; bytes before a line's first segment
 * or in a segment with no source (the bundler's own glue) are counted as `(bundler)`.
 */

/** The parts of a source map (version 3) read here. */
export interface SourceMap {
  sources: string[];
  mappings: string;
}

/** The bundler's own code, mapped to no source. */
export const UNMAPPED = "(bundler)";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** The Base64 VLQ numbers of one mapping segment (`AAAA`, `gBAAC` …). */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: "${char}" is not a Base64 VLQ digit`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      if (shift > 30) throw new Error("source map: a VLQ number longer than 32 bits");
      continue;
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error("source map: a segment ends inside a number");
  return values;
}

/**
 * Bytes of `code` per source of `map` (UTF-8 bytes, as the file is on disk; `code` must be the
 * file the map describes).
 */
export function bytesPerSource(code: string, map: SourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, text: string) => {
    if (text === "") return;
    totals.set(source, (totals.get(source) ?? 0) + new TextEncoder().encode(text).length);
  };
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  for (const [row, line] of lines.entries()) {
    // Each line but the last ends with the newline split removed: count it with the line's end.
    const text = row < lines.length - 1 ? `${line}\n` : line;
    let column = 0;
    let source = UNMAPPED;
    let start = 0;
    for (const segment of (mappingLines[row] ?? "").split(",")) {
      if (segment === "") continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(source, text.slice(start, column));
      start = column;
      if (sourceDelta === undefined) {
        source = UNMAPPED;
      } else {
        sourceIndex += sourceDelta;
        source = map.sources[sourceIndex] ?? UNMAPPED;
      }
    }
    add(source, text.slice(start));
  }
  return totals;
}

/**
 * A source file shortened for people: an npm package by its name (`npm:zod`), a project file
 * from the project root (`core/scrub/engine.ts`). `file` is absolute; `root` ends with `/`.
 */
export function sourceName(file: string, root: string): string {
  const npm = file.match(/\/registry\.npmjs\.org\/((?:@[^/]+\/)?[^/]+)\//);
  if (npm) return `npm:${npm[1]}`;
  return file.startsWith(root) ? file.slice(root.length) : file;
}
