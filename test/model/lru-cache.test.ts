import { LruCache } from '../../src/model/lru-cache';

describe('LruCache', () => {
  test('keeps at most its capacity, forgetting the least recently used entry first', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // "a" is now the most recently used
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    cache.set('c', 30); // replacing keeps one entry
    expect(cache.size).toBe(2);
    expect(cache.get('c')).toBe(30);
  });

  test('refuses a capacity that is not a positive whole number', () => {
    expect(() => new LruCache(0)).toThrow('LruCache capacity must be a positive whole number, not 0');
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });
});
