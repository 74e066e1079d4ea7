/**
 * International e-mail addresses in URLs: a URL's user and host stay however long the line and
 * wherever the URL starts (at the line's start too); the same address as a mailbox is masked.
 */
import { ok } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./email_international.ts";

const EMAIL = detectors.find((d) => d.id === "email-address-international")!;
const ADDRESS = "josé@exämple.de";
const masked = (line: string) =>
  matchDetector(EMAIL, line).some((s) => line.slice(s.start, s.end) === ADDRESS);

Deno.test("an international address as a URL's user and host stays; as a mailbox it is masked", () => {
  const pad = "x".repeat(400);
  for (
    const line of [
      `https://${ADDRESS}/path`,
      `https://${ADDRESS}/path ${pad}`,
      `${pad} https://${ADDRESS}/path ${pad}`,
      `://${ADDRESS}`,
      `${pad} scp ${ADDRESS}:/srv/app`,
    ]
  ) ok(!masked(line), line.slice(0, 60));
  for (
    const line of [
      `mail ${ADDRESS} sent`,
      `${ADDRESS}`,
      `${pad} mail ${ADDRESS} sent`,
      `https://example.com/ ${ADDRESS}`,
      `https://${"u".repeat(300)}: ${ADDRESS}`,
    ]
  ) ok(masked(line), line.slice(0, 60));
});
