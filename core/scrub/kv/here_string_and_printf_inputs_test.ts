/**
 * A secret handed to a command that reads it on its standard input is masked when bash's
 * here-string gives it (`gh auth login --with-token <<< T`, `chpasswd <<< "u:PASS"`) and when
 * `printf` prints it into the pipe (`printf '%s\n' T | docker login --password-stdin`), as it
 * was after `echo`. Here-strings and printf into other commands stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a here-string or printf into --with-token, --password-stdin or chpasswd is masked", () => {
  for (
    const line of [
      `gh auth login --with-token <<< ${value}`,
      `docker login -u deploy --password-stdin <<< "${value}"`,
      `sudo chpasswd <<< 'deploy:${value}'`,
      `printf %s ${value} | docker login --password-stdin registry.internal`,
      `printf '%s\\n' "${value}" | gh auth login --with-token`,
      // echo's flags, one to three of -n, -e, -E together.
      `echo -neE "${value}" | docker login --password-stdin registry.internal`,
    ]
  ) {
    const out = scrubWholeAndStreamed(line);
    ok(!out.includes(value), `${line} -> ${out}`);
    ok(!line.includes("deploy:") || out.includes("deploy:"), "the user name stays");
  }
});

Deno.test("here-strings and printf into other commands stay", () => {
  const lines = [
    `cat <<< "hello world" | wc -c`,
    `printf '%s\\n' release-2026 | tee version.txt`,
    `gh auth login --with-token < ~/.config/gh/token`,
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
