/**
 * Personal data the operations corpus (../corpus/ops6.jsonl) and the business-PII corpus found in
 * the tools' own output: an LDIF person entry's common name, and a RADIUS server's calling
 * station (the client's MAC address) in its compact form.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrubbed = (text: string) => scrubber.scrub(text).text;

Deno.test("an LDIF entry's common name is masked when it is a person's; a service's or a group's stays", () => {
  const entry = [
    "dn: uid=oluwaseun,ou=people,dc=acme,dc=io",
    "objectClass: inetOrgPerson",
    "cn: Oluwaseun Keller",
    "cn: María de la Cruz",
  ].join("\n");
  deepStrictEqual(
    ["Oluwaseun Keller", "María de la Cruz"].filter((name) => scrubbed(entry).includes(name)),
    [],
  );
  const kept = ["cn: svc-jenkins", "cn: Internal Service Accounts", "cn: admins"];
  deepStrictEqual(kept.filter((line) => scrubbed(line) !== line), []);
});

Deno.test("a RADIUS calling station's compact MAC after cli is masked; other hex after cli stays", () => {
  const login = "radiusd[6259]: Login OK: [haugen] (from client ap-5 port 0 cli 13CD20EAA692)";
  deepStrictEqual(scrubbed(login).includes("13CD20EAA692"), false);
  const kept = "cli command 4bf92f3577b3 done";
  deepStrictEqual(scrubbed(kept), kept);
});
