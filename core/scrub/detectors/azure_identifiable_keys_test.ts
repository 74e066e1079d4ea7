/**
 * Azure's identifiable keys are masked on their own, with no key name before them: base64 keys
 * carrying their service's signature at its fixed place (Storage +ASt and Cosmos DB ACDb in
 * 88-character keys, Service Bus +ASb, Cache for Redis AzCa and IoT AIoT in 44-character ones, AI
 * Search AzSe and Container Registry +ACR in 52-character ones, Functions AzFu in URL-safe
 * 56-character ones, Event Grid AZEG and classic Machine Learning +AMC, the common annotated keys
 * of newer services with JQQJ9 after 52 alphanumerics). A key cut short, a signature out of place,
 * a run of one letter and the signatures as words stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEYS = [
  "g/X9uZpXm5vHIsg664EqV0a60t+5jurPLEKP45KZ+9BJXmiznnwIu3syygFQ/tLvA3RCMMRWf/P/ACDbMuDwAw==",
  "Vs4uQ9Z+W3OD76Yzxy/woqCFUUzbeGz89AzCaPxNB/Z=",
  "DAxJNkQqTiTe5kJdvZEpkC2zuvyko2U2rwmC+5RyWW+ACRCkRRsf",
  "AmaMFSfvPE6JHR2yndpu+yFkKt89f7mvgAIoTMUMypy=",
  "SQ_JxfH6SV69YLblIca7CVxl5GYxUYhKgF3Sii08lRUSAzFuCHEVMQ==",
];

Deno.test("an Azure identifiable key is masked bare, in JSON, after key= and in a URL", () => {
  for (const key of KEYS) {
    for (
      const text of [
        key,
        `2026-03-02T11:04:19Z WARN request rejected key=${key} status=401`,
        `{"primaryKey":"${key}","keyName":"RootManageSharedAccessKey"}`,
        `https://fn-orders.azurewebsites.net/api/sync?code=${key}`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(key.slice(0, 30)), `${text} -> ${out}`);
    }
  }
});

Deno.test("Event Grid, classic Machine Learning and common annotated keys are masked too", () => {
  for (
    const key of [
      "d55virF5xkPOJqNArkiNanQ1EsSJj/M5VAZEGA4gbxL=",
      "wW9IyonYMWPEA8hiBVP/xP/z2z4rtGGvk3Tk+yBj+t9URpKkim2U4VL7JrMxZQNl73wFBZsSV2/u+AMCiH18gA==",
      "VDoRr3hBIn3EyF7lLqk67fTMSfD4sjyU6N22x633dPx5lYuqoNC3JQQJ99RGoQeYSbNJBAPohKeZgZEceWAv",
      "RMjaf1cxisadwCgnKo7RSvt7ZVWx1UKLyEzUk2WXILbcX24xym0SJQQJ9DHHDm4heIU8twqxczeoWXNg7dArwJ==",
    ]
  ) {
    for (const text of [key, `{"key1":"${key}"}`, `export SPEECH_KEY=${key}`]) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(key.slice(0, 30)), `${text} -> ${out}`);
    }
  }
});

Deno.test("cut keys, misplaced signatures, one-letter runs and the signatures as words stay", () => {
  for (
    const text of [
      "key prefix g/X9uZpXm5vHIsg664EqV0a60t+5jurPLEKP45KZ+9BJXmiznnwIu3sy",
      "Vs4uQ9Z+W3OD76Yzxy/woqCFUUzbeGz89AAzCaPxNB/Z=",
      "A".repeat(33) + "AzCaA" + "AAAAA=",
      "apim-gateway-7f9c8d6b5 restarted; AIoT hub, +ASb namespace and AzSe index ok",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
