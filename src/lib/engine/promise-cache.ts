/**
 * Keeps what a key's loader gave, shares a load in flight between callers, forgets a load that
 * failed (so a retry loads again) and, past `capacity` keys, drops the least recently used.
 */
export class PromiseCache<T> {
  private readonly entries = new Map<string | number, Promise<T>>();

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  get(key: string | number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      if (this.capacity !== Number.POSITIVE_INFINITY) {
        // Most recently used last: a Map iterates in insertion order.
        this.entries.delete(key);
        this.entries.set(key, hit);
      }
      return hit;
    }
    let promise: Promise<T>;
    try {
      promise = load();
    } catch (error) {
      promise = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.entries.set(key, promise);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string | number;
      this.entries.delete(oldest);
    }
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }
}
