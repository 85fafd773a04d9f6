// Reading a shared plan from a link: loaded only when a link arrives. It goes through the same checks
// as an import file, with limits on its size before and after it is unpacked.
import { readExport, type ImportResult, type KnownIds } from "../progress/transfer";
import { LINK_PREFIX, MAX_LINK_FRAGMENT, transform } from "./share-link";

/** The most a link may unpack to: far more than any real plan, and a stop for a "zip bomb". */
const MAX_UNPACKED_BYTES = 500_000;

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
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
