/**
 * Bare values the key/value reader (./assignments.ts) finds after a secret-named key that are
 * code or prose, not a secret. Code: a name the key is compared with (`if token == END_MARK:`), a
 * stand-in before a call's closing brackets (`def read(self, pwd=None):`), a variable given to a
 * field (`self.passwd = pw_store`, `password_mgr=store)`), an attribute's path or an index
 * (`mgr._authkey`, `ast_node.kind`, `parts[2]`), a TypeScript type annotation or alias
 * (`token?: SyntaxKind.Comma | undefined`, `type Mode = "omit" | "same-origin"`), a Perl or PHP
 * call or package variable (`$self->get_token`, `$Config::password`), JavaScript's `await`
 * (`password = await prompt()`). Prose, after a colon or a blank: a function word (`--password
 * for PKCS`, `the '--password' option is`), or a plain word followed by more words (`x_password:
 * reject empty password`, `pwd: expected bytes, got …`), or a change log's `Added`. Only clear
 * code and prose: a plain word ending its line (`password: sunshine`) or after `=`, or a word
 * with a digit or a capital inside (`hunter2x[0]`, `Zx9Qm2Lw`), stays a value. Kept small: every
 * function's bundle carries it.
 */
import { isPlaceholder } from "../placeholders.ts";
import { charsBefore } from "./syntax.ts";

/**
 * What isCodeValue reads of the reader's Assignment (./assignments.ts), typed here so that
 * neither module imports the other's.
 */
interface FoundValue {
  key: string;
  keyStart: number;
  start: number;
  end: number;
  cut: boolean;
  opens: unknown;
}

/** Whether the value `a` that the reader found on `line` is code or prose, not a secret. */
export function isCodeValue(line: string, a: FoundValue): boolean {
  const v = line.slice(a.start, a.end), op = line.slice(a.keyStart + a.key.length, a.start);
  return !a.cut && !a.opens && (
    // A Python format string's template (`"prefix_{}".format(v)`, `f"prefix_{name}"`): words
    // around the fields, the value is built from variables.
    /\{\w*\}/.test(v) && /^[A-Za-z_ :-]*$/.test(v.replace(/\{\w*\}/g, "")) &&
      (line.startsWith(".format(", a.end + 1) ||
        /(?:^|\W)f["']$/.test(charsBefore(line, a.start, 3))) ||
    // A TypeScript type alias (`type Mode = "include" | "same-origin"`): types, no value.
    /^\s*(?:export |declare )*type $/.test(line.slice(0, a.keyStart)) ||
    !/["'`]/.test(line[a.start - 1]) && (
        /[=!]=/.test(op) && /^(?:[A-Z_]+|[a-z_.]+)[):]?$/.test(v) ||
        /^\w+[)\]}]/.test(v) && isPlaceholder(v.replace(/\W+$/, "")) ||
        /^\w+$/.test(v) && /^self\.|_mgr$/.test(a.key) ||
        // No digit unless a `_` (`k3.x9`, `hunter2x[0]` may be generated).
        /^(?=.*_|\D*$)[a-z_][a-z\d_.]*$/.test(v) &&
          /\.|\[$/.test(v + line[a.end]) ||
        // A type annotation: a type's name, words in camel case (a member maybe), before ` |`, `<`,
        // `;` or `,` (`token?: BraceToken | null`), or before a return type (`t: SyntaxKind.X):`).
        /^\??: ([A-Z]+[a-z]{2,}){2,}(\.\w+)?(\):\n |\n( \||[<;,]))/.test(
          op + v + "\n" + line.slice(a.end),
        ) ||
        // A Perl or PHP call, member or package variable (`$p->next_token`, `$Site::password`), or
        // JavaScript's `await` before an expression (`const password = await prompt()`).
        /^\$\w+(?:->|::)/.test(v) || v === "await" && line[a.end] === " " ||
        // A variable given to an object literal's member (`password: token,` ending its line;
        // `{secret: configSecret}`, `{"password": new_password, …}` after `(`, `=`, `[` or
        // `return`): one lower-case word, or a name in camel or snake case with a short number at
        // most after it. Not a YAML flow map's value (`db: {password: x}`), nor a name with a
        // digit inside (`s3cr3tV4lue`), nor a word with digits after it (`hunter2`: a password's
        // shape, not a variable's).
        /^["']?\s*:\s*$/.test(op) && /^[a-z]+(?:(?:[A-Z][a-z]+|_[a-z]+)+\d{0,2})?$/.test(v) &&
          (/^\s*,\s*$/.test(line.slice(a.end)) ||
            /^\s*[,}]/.test(line.slice(a.end)) &&
              /(?:[(=[]|\breturn)\s*\{[^{}]*$/.test(line.slice(0, a.keyStart))) ||
        // Prose: a function word (Docker's `Using --password via the CLI is insecure`), or a plain
        // word that more words follow (not `password: sunshine`), also after Markdown's emphasis
        // (`**Password**: The …`, `**API key:** the …`).
        /^(?:["'`]|[*_]{1,2})?(?: +|\s*:(?:[*_`]{1,2})?\s*)$/.test(op) && (
            /^(?:the|for|of|to|is|was|and|or|option|added|via|over|from|with|using|through)$/i.test(
              v,
            ) ||
            /^[A-Za-z][a-z]+$/.test(v) &&
              /^(?:'\w)? [a-z]+(?:[,.;]? [a-z%(]|[,.;]?$)/.test(line.slice(a.end))
          )
      )
  );
}

/** A call on a dotted path (`hdr.split(`, `parts[1].decode(`): a header's value in code. */
export const isCodeCall = (value: string) => /^\w+(?:\[\w+\])?(?:\.\w+)+\(/.test(value);
