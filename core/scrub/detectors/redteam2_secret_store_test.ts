/**
 * Secrets handed to a secret store's command line (the second red-team round's
 * `dotnet user-secrets set "Db:Password" "…"` and its kin), with generated passwords in each
 * store's syntax and quoting; commands that store plain settings, and values read from a file or
 * a variable, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";
import { mixed, password } from "../corpus/redteam2/providers.ts";

const scrubber = createScrubber();

const STORES: ((v: string, q: string) => string)[] = [
  (v, q) => `dotnet user-secrets set "Db:Password" ${q}${v}${q}`,
  (v, q) => `gh secret set NPM_TOKEN --body ${q}${v}${q} --repo acme/api`,
  (v, q) => `az keyvault secret set --vault-name kv1 --name db-password --value ${q}${v}${q}`,
  (v, q) => `aws secretsmanager put-secret-value --secret-id prod/db --secret-string ${q}${v}${q}`,
  (v, q) =>
    `aws ssm put-parameter --name /prod/db/password --value ${q}${v}${q} --type SecureString`,
  (v, q) => `echo ${q}${v}${q} | docker secret create db_password -`,
  (v, q) => `vercel env add DATABASE_PASSWORD production <<< ${q}${v}${q}`,
  (v, q) => `netlify env:set API_SECRET ${q}${v}${q}`,
  (v, q) => `printf '%s' ${q}${v}${q} | gcloud secrets versions add db-pass --data-file=-`,
];

Deno.test("a secret given to a secret store's command is masked, in every quoting", () => {
  const r = new Rand(81);
  const leaks: string[] = [];
  for (const store of STORES) {
    for (const q of ["", '"', "'"]) {
      const v = r.int(2) ? password(r) : mixed(r, 12 + r.int(24));
      const line = store(v, q);
      if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("plain settings and values read from elsewhere stay", () => {
  const lines = [
    "netlify env:set NODE_VERSION 18.19.0",
    "aws ssm put-parameter --name /prod/app/region --value eu-west-1 --type String",
    "gh secret set NPM_TOKEN < token.txt",
    'gh secret set NPM_TOKEN --body "$NPM_TOKEN"',
    "vercel env add NEXT_PUBLIC_REGION production <<< eu",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
