/**
 * Reads asked for within the same turn of the event loop, sent as one statement after all of them
 * arrived (`read(keys)` answers the rows for every key at once). Each caller still sees every
 * change committed before it asked: a statement already sent is never shared with a caller that
 * came after it, who could miss a change committed in between. A busy server sends one statement
 * where it had dozens of requests, for the same key or for others.
 */
export class TurnBatch<K, V> {
  private waiting = new Map<K, { resolve: (value: V) => void; reject: (error: unknown) => void }[]>();
  private scheduled = false;

  /**
   * @param read the rows of many keys in one statement, as a map by key (a key left out gets `missing`)
   * @param missing what a key the statement did not find answers
   * @param maxKeys at most this many keys in one statement (a placeholder each)
   */
  constructor(
    private readonly read: (keys: K[]) => Promise<Map<K, V>>,
    private readonly missing: V,
    private readonly maxKeys = 200,
  ) {}

  get(key: K): Promise<V> {
    return new Promise((resolve, reject) => {
      const callers = this.waiting.get(key);
      if (callers) callers.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = new Map();
    const keys = [...batch.keys()];
    for (let i = 0; i < keys.length; i += this.maxKeys) void this.send(keys.slice(i, i + this.maxKeys), batch);
  }

  private async send(keys: K[], batch: typeof this.waiting): Promise<void> {
    try {
      const found = await this.read(keys);
      for (const key of keys) for (const caller of batch.get(key)!) caller.resolve(found.get(key) ?? this.missing);
    } catch (error) {
      for (const key of keys) for (const caller of batch.get(key)!) caller.reject(error);
    }
  }
}
