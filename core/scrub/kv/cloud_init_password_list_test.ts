/**
 * cloud-init's `chpasswd:` map: the passwords of its `list:` entry's `user:password` lines (a
 * block, `list: |`, or `- ` items) are masked, the users and the other entries kept; a stand-in,
 * cloud-init's `RANDOM`, and a list of names under another secret-named key stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0xc10d1);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

Deno.test("the passwords of chpasswd's list are masked, the users kept", () => {
  for (let k = 0; k < 30; k++) {
    const users = ["ubuntu", "root", "ec2-user", "admin.ops"].slice(
      0,
      1 + Math.floor(random() * 3),
    );
    const secrets = users.map(() => secretFrom(random));
    const item = pick(["", "- "]);
    const lines = users.map((u, i) => `    ${item}${u}:${secrets[i]}`);
    const expire = pick(["", "  expire: false\n"]);
    const text = `#cloud-config\nchpasswd:\n${expire}  list:${item === "" ? " |" : ""}\n${
      lines.join("\n")
    }\nruncmd:\n  - systemctl restart sshd\n`;
    const out = scrubWholeAndStreamed(text);
    for (const s of secrets) ok(!out.includes(s), out);
    for (const u of users) ok(out.includes(`${item}${u}:[REDACTED:`), out);
    ok(out.includes("  - systemctl restart sshd"), out);
  }
});

Deno.test("chpasswd's stand-ins and RANDOM, and a list of names, stay", () => {
  for (
    const text of [
      "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    ubuntu:<hidden>\n    root:RANDOM\n",
      "chpasswd:\n  list:\n    - ubuntu:REDACTED\n",
      "secrets:\n  list:\n    - db_password\n    - api_key\n",
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
