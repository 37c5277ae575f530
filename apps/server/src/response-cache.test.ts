import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

const ok =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers });

describe('ResponseCache', () => {
  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const cache = new ResponseCache({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.respond(key, ok(key));
    expect(cache.stats.entries).toBe(3);
    let rendered = false;
    await cache.respond('a', () => {
      rendered = true;
      return new Response('a');
    });
    expect(rendered).toBe(true);
  });

  it('counts the key and the headers, not only the body, against maxBytes', async () => {
    const cache = new ResponseCache({ maxBytes: 1_000_000 });
    const key = 'k'.repeat(10_000);
    await cache.respond(key, ok('x', { 'X-Long': 'v'.repeat(5_000) }));
    // One body byte, yet the entry weighs the 10,000-character key and the 5,000-character header.
    expect(cache.stats.bytes).toBeGreaterThan(2 * (10_000 + 5_000));
  });

  it('stays within maxBytes however many distinct keys arrive', async () => {
    const maxBytes = 200_000;
    const cache = new ResponseCache({ maxBytes });
    for (let i = 0; i < 500; i++) await cache.respond(`key-${i}-${'q'.repeat(1_000)}`, ok('b'.repeat(500)));
    expect(cache.stats.bytes).toBeLessThanOrEqual(maxBytes);
    expect(cache.stats.entries).toBeLessThan(500);
  });

  it('keeps only 200s and gives every kept answer an ETag', async () => {
    const cache = new ResponseCache();
    await cache.respond('missing', () => new Response('no', { status: 404 }));
    expect(cache.stats.entries).toBe(0);
    const first = await cache.respond('page', ok('hello'));
    const again = await cache.respond('page', ok('other'));
    expect(await again.text()).toBe('hello');
    // SHA-1 of "hello".
    expect(first.headers.get('etag')).toBe('"aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"');
  });

  it('renders a key once however many requests for it arrive while it renders', async () => {
    const cache = new ResponseCache();
    let renders = 0;
    const slow = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Response('feed');
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.respond('feed', slow)));
    expect(renders).toBe(1);
    expect(await Promise.all(answers.map((a) => a.text()))).toEqual(Array(50).fill('feed'));
  });

  it('lets waiting requests render for themselves when the first render fails', async () => {
    const cache = new ResponseCache();
    let calls = 0;
    const flaky = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (calls === 1) throw new Error('first fails');
      return new Response('ok');
    };
    const [first, second] = await Promise.allSettled([cache.respond('k', flaky), cache.respond('k', flaky)]);
    expect(first.status).toBe('rejected');
    expect(second.status === 'fulfilled' && (await second.value.text())).toBe('ok');
  });
});
