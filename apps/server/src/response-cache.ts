import { LRUCache } from 'lru-cache';

export interface ResponseCacheOptions {
  /** Most responses kept; default 4,000. */
  maxEntries?: number;
  /** Most bytes kept, counting each entry's key, headers and body; default 48 MiB. */
  maxBytes?: number;
}

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  status: number;
  headers: [string, string][];
}

// What a JavaScript object, a Map slot and the typed array's own header cost beyond the bytes we count.
const ENTRY_OVERHEAD = 320;

const textBytes = (text: string): number => text.length * 2; // V8 keeps non-Latin-1 strings as UTF-16

function entrySize(entry: Entry, key: string): number {
  let size = ENTRY_OVERHEAD + textBytes(key) + entry.body.byteLength;
  for (const [name, value] of entry.headers) size += textBytes(name) + textBytes(value);
  return size;
}

async function sha1Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const toResponse = (entry: Entry) =>
  new Response(entry.body, { status: entry.status, headers: entry.headers });

/**
 * Rendered 200 responses in one LRU for the whole app, bounded in entries and in bytes (key, headers and body
 * all count). Callers key it by the validated, canonical request, never the raw URL, so parameters that do not
 * change the answer cannot split it. GET and HEAD share entries: Hono answers HEAD by running the GET route.
 */
export class ResponseCache {
  readonly #cache: LRUCache<string, Entry>;
  readonly #rendering = new Map<string, Promise<Entry | undefined>>();

  constructor(options: ResponseCacheOptions = {}) {
    const maxBytes = options.maxBytes ?? 48 * 1024 * 1024;
    this.#cache = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 4000,
      maxSize: maxBytes,
      // One answer may not push out more than an eighth of the rest.
      maxEntrySize: Math.floor(maxBytes / 8),
      sizeCalculation: entrySize,
    });
  }

  /**
   * The cached answer for `key`, or `render()`'s, kept when it is a 200 (with its ETag computed once). Requests
   * for a key whose answer is being rendered wait for that one render instead of each starting their own: at a
   * cold start 100 connections asking for one feed cost one computation, not 100.
   */
  async respond(key: string, render: () => Response | Promise<Response>): Promise<Response> {
    const hit = this.#cache.get(key);
    if (hit) return toResponse(hit);
    const pending = this.#rendering.get(key);
    if (pending) {
      const entry = await pending;
      // The first render failed or was not a 200: this request renders (and answers) for itself.
      return entry ? toResponse(entry) : render();
    }
    let settle: (entry: Entry | undefined) => void = () => {};
    // At most one pending promise per request in flight, removed when it settles.
    this.#rendering.set(key, new Promise<Entry | undefined>((resolve) => (settle = resolve)));
    try {
      const response = await render();
      if (response.status !== 200) {
        settle(undefined);
        return response;
      }
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new Headers(response.headers);
      if (!headers.has('ETag')) headers.set('ETag', `"${await sha1Hex(body)}"`);
      const entry: Entry = { body, status: response.status, headers: [...headers.entries()] };
      this.#cache.set(key, entry);
      settle(entry);
      return toResponse(entry);
    } catch (error) {
      settle(undefined);
      throw error;
    } finally {
      this.#rendering.delete(key);
    }
  }

  /** Entries and counted bytes, for tests and the load script. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.#cache.size, bytes: this.#cache.calculatedSize };
  }
}
