// A real Storage kept in memory, for giving the store (which takes its storage as an argument) a
// browser's storage in Node: it holds strings by key as localStorage does, and can be made to behave
// as a full storage (QuotaExceededError past a size) or a blocked one (SecurityError on every use).

/** Storage in memory, with an optional size limit in characters (keys and values), or blocked outright. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();

  constructor(private readonly options: { quota?: number; blocked?: boolean } = {}) {}

  [name: string]: unknown;

  get length(): number {
    this.check();
    return this.items.size;
  }

  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.check();
    const size = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), key.length + String(value).length);
    if (size > (this.options.quota ?? Infinity)) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }

  clear(): void {
    this.check();
    this.items.clear();
  }

  /** Every key and value held, for a test to look at without going through the checks. */
  entries(): Map<string, string> {
    return new Map(this.items);
  }

  private check(): void {
    if (this.options.blocked) throw new DOMException("The operation is insecure.", "SecurityError");
  }
}

/** A "storage" event as another tab's save raises it: its key names what changed. */
export class StorageChange extends Event {
  constructor(readonly key: string | null) {
    super("storage");
  }
}
