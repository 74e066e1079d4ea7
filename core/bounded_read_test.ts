import { deepStrictEqual, strictEqual } from "@node/assert";
import { readAtMost } from "./bounded_read.ts";

function streamOf(...chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}

Deno.test("readAtMost joins every chunk when the stream fits", async () => {
  deepStrictEqual(
    await readAtMost(streamOf([1, 2], [3], [4, 5]), 5),
    new Uint8Array([1, 2, 3, 4, 5]),
  );
  deepStrictEqual(await readAtMost(null, 5), new Uint8Array(0));
});

Deno.test("readAtMost gives up, and cancels the stream, one byte past the cap", async () => {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new Uint8Array(4));
    },
    cancel() {
      cancelled = true;
    },
  });
  strictEqual(await readAtMost(stream, 10), undefined);
  strictEqual(cancelled, true);
  strictEqual(await readAtMost(streamOf([1, 2, 3], [4, 5, 6]), 5), undefined);
});
