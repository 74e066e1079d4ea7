/**
 * A given name that names a thing, not a person (hO3's benign audit): an ML optimizer or model
 * (`Adam`, PyTorch's `Adam (` repr, `Gemma 2 9B`) and a maker's, seller's, brand's or speech
 * voice's name under its key (`"vendor":"Ralph Lauren"`, `Manufacturer: Carl Zeiss`,
 * `"VoiceId":"Joanna"`) are kept; the same names as people's, in the same lines' shapes, are still
 * masked whole.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(20261209);
const lr = () => (random() / 100).toFixed(5);
const size = () => [2, 7, 9, 27][Math.floor(random() * 4)];

Deno.test("a given name that names an optimizer, a model or a brand under its key is kept", () => {
  const lines = [
    `Optimizer: Adam (lr=${lr()}, betas=(0.9, 0.999), eps=1e-08, weight_decay=0)`,
    `  optimizer: Adam`,
    `{"optimizer":"Adam","lr":${lr()}}`,
    `Adam (`,
    `INFO Using Adam optimizer with learning rate ${lr()}`,
    `Loaded Gemma 2 ${size()}B weights in 12.3s`,
    `llama_model_loader: - kv   1:    general.name str    = Gemma 2 ${size()}b It`,
    `Downloading Gemma ${size()}B from cache`,
    `{"id":7066110713407,"title":"Oxford Shirt","vendor":"Ralph Lauren","product_type":"Shirts"}`,
    `Instrument Manufacturer: Carl Zeiss`,
    `brand=Tommy Hilfiger category=apparel`,
    `vendor=John Deere sku=AT959333 inventory=61`,
    `Product sync: 9 skipped (vendor "Carl Zeiss" not mapped to a supplier)`,
    `aws polly synthesize-speech --engine neural --voice-id Matthew --output-format mp3 out.mp3`,
    `INFO Polly request {"Engine":"neural","OutputFormat":"mp3","VoiceId":"Joanna"}`,
    `INFO synthesizing ${Math.floor(random() * 3000)} chars with voice=Kimberly engine=neural`,
    `TextToSpeech: [com.apple.speech.synthesis] Selected voice: Samantha (en-US)`,
  ];
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
});

Deno.test("the same names as people's are still masked whole", () => {
  const cases: [string, string][] = [
    ["ticket assigned to Adam Kowalczyk", "Adam Kowalczyk"],
    ["meet Adam (finance) at noon", "Adam"],
    ["Ticket for Maria Lopez (", "Maria Lopez"],
    ["Delivered to Anna Schmidt 7B", "Anna Schmidt"],
    [`approved by Gemma Atkinson at step ${Math.floor(random() * 1000)}`, "Gemma Atkinson"],
    ["owner: John Deere", "John Deere"],
    ["customer=Carl Zeiss", "Carl Zeiss"],
    ["message from Joanna Kowalski: call me back", "Joanna Kowalski"],
  ];
  for (const [line, name] of cases) {
    const out = scrubber.scrub(line).text;
    deepStrictEqual([out.includes(name.split(" ")[0]), out.includes(name.split(" ").at(-1)!)], [
      false,
      false,
    ], `${line} → ${out}`);
  }
});
