/**
 * An in-memory browser.storage for unit tests: values are kept as JSON text (as browsers do), every
 * call yields to the event loop (so concurrent callers interleave as they would for real), storage.sync
 * enforces Chrome's size quotas, and a test can make the next writes fail with a chosen error.
 */
type Keys = null | undefined | string | string[];

export interface Quotas {
  /** Bytes per item: the key's length plus its value's JSON text (QUOTA_BYTES_PER_ITEM). */
  itemBytes?: number;
  /** Bytes of all items together (QUOTA_BYTES). */
  totalBytes?: number;
  /** Number of items (MAX_ITEMS). */
  maxItems?: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text).length;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export class FakeStorageArea {
  private items = new Map<string, string>();
  private failures: Error[] = [];
  /** Every successful set or remove, in order. */
  readonly writes: { op: 'set' | 'remove'; keys: string[] }[] = [];

  constructor(private readonly quotas: Quotas = {}) {}

  /** The next write (set or remove) fails with `error`; call again to queue more. */
  failNextWrite(error: Error): void {
    this.failures.push(error);
  }

  async get(keys?: Keys): Promise<Record<string, unknown>> {
    await tick();
    const wanted = keys === null || keys === undefined ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const text = this.items.get(key);
      if (text !== undefined) result[key] = JSON.parse(text);
    }
    return result;
  }

  async set(values: Record<string, unknown>): Promise<void> {
    await tick();
    this.takeFailure();
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(values)) {
      const text = JSON.stringify(value);
      if (this.quotas.itemBytes !== undefined && utf8(key) + utf8(text) > this.quotas.itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, text);
    }
    if (this.quotas.maxItems !== undefined && next.size > this.quotas.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (this.quotas.totalBytes !== undefined && bytesOf(next) > this.quotas.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.items = next; // all or nothing, like the browser
    this.writes.push({ op: 'set', keys: Object.keys(values) });
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    this.takeFailure();
    const list = typeof keys === 'string' ? [keys] : keys;
    for (const key of list) this.items.delete(key);
    this.writes.push({ op: 'remove', keys: list });
  }

  /** What is stored now, for assertions and for simulating damage. */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.items].map(([key, text]) => [key, JSON.parse(text)]));
  }

  /** Writes directly, bypassing quotas and failures (a test's setup, or another device's sync arriving). */
  put(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.items.set(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
    this.failures = [];
    this.writes.length = 0;
  }

  bytesInUse(): number {
    return bytesOf(this.items);
  }

  private takeFailure(): void {
    const failure = this.failures.shift();
    if (failure) throw failure;
  }
}

function bytesOf(items: Map<string, string>): number {
  let total = 0;
  for (const [key, text] of items) total += utf8(key) + utf8(text);
  return total;
}

/** Chrome's storage.sync quotas. */
export const SYNC_QUOTAS: Required<Quotas> = { itemBytes: 8192, totalBytes: 102_400, maxItems: 512 };

export const fakeBrowser = {
  storage: {
    sync: new FakeStorageArea(SYNC_QUOTAS),
    local: new FakeStorageArea(),
    onChanged: { addListener() {}, removeListener() {} },
  },
  reset(): void {
    this.storage.sync.clear();
    this.storage.local.clear();
  },
};
