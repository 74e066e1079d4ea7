/**
 * TypeScript that names a secret, read as an assignment of one (./code_values.ts): a type
 * annotation whose type is a name in camel case, a type alias. Found in an audit of type
 * declaration files; the lines here are written for these tests. Beside each form, what may be a
 * real value stays masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

/** The lines of `lines` the scrubber changes (none is expected). */
const changed = (lines: string[]) => lines.filter((line) => scrubber.scrub(line).text !== line);

/** The lines of `cases` whose secret is still in the scrubbed line (none is expected). */
const leaked = (cases: [string, string][]) =>
  cases.filter(([line, secret]) => scrubber.scrub(line).text.includes(secret)).map(([l]) => l);

Deno.test("a type annotation naming a type in camel case is no value", () => {
  deepStrictEqual(
    changed([
      "    readonly authToken: SyntaxKind.OpenKeyword | SyntaxKind.CloseKeyword;",
      "    makeNode(sessionToken: BraceToken | undefined, name: string): Node;",
      "    makeNode(sessionToken?: BraceToken, name: string): Node;",
      "    readonly refreshToken: HeaderLineToken;",
      "    renewToken(token: SyntaxKind.CommaToken): CommaNode;",
      "  accessToken: WrappedToken<string>;",
    ]),
    [],
  );
});

Deno.test("a type alias is no value", () => {
  deepStrictEqual(
    changed([
      "  type PipeToken = MarkToken<SyntaxKind.PipeToken>;",
      'export type FetchCredentials = "same-site" | "cross-site";',
      "declare type StoreSecret = VaultHandleSecret | undefined;",
    ]),
    [],
  );
});

Deno.test("a value shaped like a type's name, not before a type's end, is still a value", () => {
  deepStrictEqual(
    leaked([
      ["  token: QkRvTnWbHsLpYm;", "QkRvTnWbHsLpYm"],
      ["  token: Zq8KfPw3LmTxBv | x", "Zq8KfPw3LmTxBv"],
      ["  token: FooBar;Xk9pQ2wzLm4v", "Xk9pQ2wzLm4v"],
      ["  token: FooBar<Xk9pQ2wzLm4v", "Xk9pQ2wzLm4v"],
      ["  token: FooBar):Xk9pQ2wzLm4v", "Xk9pQ2wzLm4v"],
      ["  password: HelloWorld user=ann", "HelloWorld"],
      ["  api_token = RequestHeaderValue;", "RequestHeaderValue"],
      ['  prototype token = "Hq8vN3kP9zX2Lm"', "Hq8vN3kP9zX2Lm"],
      ['  set token type token = "Hq8vN3kP9zX2Lm"', "Hq8vN3kP9zX2Lm"],
    ]),
    [],
  );
});
