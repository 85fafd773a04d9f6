// A whole plan in a link: the exported plan, compressed (deflate) and written in base64url after
// "#plan=". A URL's fragment is never sent to a server. Reading one is share-link-read.ts, loaded only
// when a link arrives.
import { stateToJson } from "../progress/plan-state";
import type { PlanState } from "../progress/state-shape";
import { EXPORT_FORMAT } from "../progress/export-format";
import { LINK_PREFIX } from "./link-format";

export { isPlanFragment, LINK_PREFIX, MAX_LINK_FRAGMENT } from "./link-format";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Runs bytes through a compression or decompression stream, stopping once the output passes `limit`. */
export async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The fragment ("#plan=…") that carries `plan`, with who shared it and when (their clock), for the reader's prompt. */
export async function planFragment(plan: PlanState, sharedBy = "", sharedAt = new Date()): Promise<string> {
  const json = JSON.stringify({
    format: EXPORT_FORMAT,
    ...(sharedBy ? { sharedBy } : {}),
    sharedAt: sharedAt.toISOString(),
    ...stateToJson(plan),
  });
  const packed = await transform(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return `${LINK_PREFIX}${toBase64Url(packed ?? new Uint8Array())}`;
}
