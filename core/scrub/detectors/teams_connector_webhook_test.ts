/**
 * An Office 365 connector's webhook URL has the connector's own name where a Teams incoming
 * webhook's has IncomingWebhook (`…/webhook/<group>@<tenant>/JenkinsCI/<32 hex>/<uuid>`) and
 * authorises a post the same way: it is masked (none was). Found by the Nosey Parker proxy
 * (microsoft_teams.yml). A URL without the 32 hex characters and the id after them stays.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "../kv/test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x7ea35);
const hex = (n: number) =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

Deno.test("an Office 365 connector's webhook URL is masked whatever the connector's name", () => {
  for (const connector of ["JenkinsCI", "GitHub", "AzureDevOps", "IncomingWebhook", "Jira"]) {
    for (const host of ["outlook.office.com/webhook", "contoso.webhook.office.com/webhookb2"]) {
      const secret = hex(32);
      const url = `https://${host}/${uuid()}@${uuid()}/${connector}/${secret}/${uuid()}`;
      for (
        const text of [
          `webhookUrl: '${url}'`,
          `office365ConnectorSend message: 'Build done', status: 'End', webhookUrl: '${url}'`,
          `POST ${url} -> 200`,
        ]
      ) {
        const out = scrub(text);
        ok(!out.includes(secret), out);
      }
    }
  }
});

Deno.test("a connector URL without its secret part stays", () => {
  for (
    const text of [
      `https://outlook.office.com/webhook/${uuid()}@${uuid()}/JenkinsCI/`,
      "see https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors",
    ]
  ) strictEqual(scrub(text), text);
});
