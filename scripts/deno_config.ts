/**
 * The project's deno.jsonc read as data, and a copy of it with imports remapped: how the build
 * bundles a function with one module standing for another (`deno bundle --config <copy>`).
 */
import { join } from "@node/path";

/** JSON with comments (`//`, `/* … *\/`) and trailing commas, as deno.jsonc is written. */
export function parseJsonc(text: string): unknown {
  let json = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (end >= text.length) throw new Error("JSONC: a string is not closed");
      json += text.slice(i, end + 1);
      i = end;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (char === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new Error("JSONC: a comment is not closed");
      i = end + 1;
    } else {
      // A comma before a closing bracket, outside strings, is a trailing comma.
      if (char === "}" || char === "]") json = json.replace(/,\s*$/, "");
      json += char;
    }
  }
  return JSON.parse(json);
}

/**
 * Writes into `dir` a copy of `root`'s deno.jsonc whose import map also maps each file URL of
 * `remaps` to another (`file:///…/a.ts` → `file:///…/b.ts`), and returns its path. The copy
 * uses the project's lock file as deno.jsonc does (its path made absolute, `frozen` kept).
 */
export async function remappedConfig(
  root: string,
  dir: string,
  remaps: Readonly<Record<string, string>>,
): Promise<string> {
  const config = parseJsonc(await Deno.readTextFile(join(root, "deno.jsonc"))) as {
    imports?: Record<string, string>;
    lock?: { path?: string; frozen?: boolean };
  };
  const file = join(dir, "deno.remapped.json");
  const copy = {
    ...config,
    imports: { ...config.imports, ...remaps },
    lock: { ...config.lock, path: join(root, config.lock?.path ?? "deno.lock") },
  };
  await Deno.writeTextFile(file, JSON.stringify(copy, null, 2));
  return file;
}
