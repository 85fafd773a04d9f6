// A whole plan in a link: the exported plan, compressed (deflate) and written in base64url after
// "#plan=". A URL's fragment is never sent to a server. Reading a link goes through the same checks
// as an import file, with limits on its size before and after it is unpacked.
import { stateToJson, type PlanState } from "../progress/plan-state";
import { EXPORT_FORMAT, readExport, type ImportResult, type KnownIds } from "../progress/transfer";

export const LINK_PREFIX = "#plan=";

/**
 * The longest fragment a link may carry. A full plan with a 500-character note on every action
 * fits with room to spare (about 6,000 characters of real notes, 12,000 of random text); longer
 * links break in some email and chat tools, so a bigger plan goes by file.
 */
export const MAX_LINK_FRAGMENT = 16_000;

/** The most a link may unpack to: far more than any real plan, and a stop for a "zip bomb". */
const MAX_UNPACKED_BYTES = 500_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Runs bytes through a compression or decompression stream, stopping once the output passes `limit`. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array | null> {
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

/** True when an address's fragment looks like a shared plan. */
export function isPlanFragment(hash: string): boolean {
  return hash.startsWith(LINK_PREFIX);
}

/**
 * Reads a shared plan from a fragment. Refuses a damaged, oversized or hostile link with the reason,
 * as an import refuses a file: nothing is merged until it has passed every check.
 */
export async function readPlanFragment(hash: string, known: KnownIds): Promise<ImportResult> {
  const body = hash.slice(LINK_PREFIX.length);
  if (body.length > MAX_LINK_FRAGMENT) return { ok: false, why: "it is longer than any plan link this guide makes" };
  const packed = fromBase64Url(body);
  if (!packed || packed.length === 0)
    return { ok: false, why: "it is incomplete or damaged (it may have been cut short when it was copied)" };
  let unpacked: Uint8Array | null;
  try {
    unpacked = await transform(packed, new DecompressionStream("deflate-raw"), MAX_UNPACKED_BYTES);
  } catch {
    return { ok: false, why: "it is incomplete or damaged (it may have been cut short when it was copied)" };
  }
  if (!unpacked) return { ok: false, why: "it unpacks to far more than any plan" };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(unpacked));
  } catch {
    return { ok: false, why: "it is damaged (it does not hold a readable plan)" };
  }
  return readExport(value, known);
}
