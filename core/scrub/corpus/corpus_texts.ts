/**
 * The texts of every labelled corpus the project keeps (this folder and ./redteam2/) and of the
 * shared development set beside the repository, read for tests that hold two ways of finding the
 * same thing (a gate and no gate, a window and the whole line, bounded keywords and plain ones)
 * to the same answers over every text we have.
 */
import { decodedView } from "../decoded_view.ts";

/** The shared development set, when the checkout has ../shared beside it (CI does). */
export const DEV_SET = new URL("../../../../shared/eval/dev-cases.jsonl", import.meta.url);

/** Whether the shared development set is there to read. */
export const hasDevSet: boolean = (() => {
  try {
    return Deno.statSync(DEV_SET).isFile;
  } catch {
    return false;
  }
})();

/** The texts of a JSONL file's cases, in order. */
export function jsonlTexts(file: URL): string[] {
  return Deno.readTextFileSync(file).split("\n").filter((row) => row.trim() !== "").map((row) =>
    (JSON.parse(row) as { text: string }).text
  );
}

/** Every corpus file of the project, here and in ./redteam2/, sorted by name. */
export function corpusFiles(): URL[] {
  const here = new URL("./", import.meta.url);
  const names = [
    ...[...Deno.readDirSync(here)].map((e) => e.name),
    ...[...Deno.readDirSync(new URL("redteam2/", here))].map((e) => `redteam2/${e.name}`),
  ];
  return names.filter((name) => name.endsWith(".jsonl")).sort().map((name) => new URL(name, here));
}

/** The texts of every corpus file of the project. */
export function corpusTexts(): string[] {
  return corpusFiles().flatMap(jsonlTexts);
}

/** The single lines of `texts`, each followed by its decoded view when it has one. */
export function linesWithViews(texts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const line of texts.flatMap((t) => t.split("\n"))) {
    lines.push(line);
    const view = decodedView(line);
    if (view !== null) lines.push(view.text);
  }
  return lines;
}
