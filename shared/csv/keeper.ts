/** Whether row text is copied out of the chunk it was parsed from (see `Keeper`). */

/**
 * Decides whether row text is copied out of the chunk it was parsed from. V8 keeps substrings of 13 or
 * more characters as views on their parent string, so a sink that kept every row object would keep every
 * megabyte chunk alive too. Copying costs an allocation per cell, which the app's own sink does not need:
 * it turns ids, stages and groups into dictionary codes and drops the rows. So copying is opt-in.
 */
export class Keeper {
  private readonly pool = new Map<string, string>();
  constructor(private readonly copy: boolean) {}

  /** Text that is usually different on every row (ids, comments). */
  one(value: string): string {
    return this.copy ? detach(value) : value;
  }

  /** Text with few distinct values (stage, group): one shared copy per value, bounded for safety. */
  repeated(value: string): string {
    if (!this.copy || value.length < 13) return value;
    const hit = this.pool.get(value);
    if (hit !== undefined) return hit;
    const own = detach(value);
    if (this.pool.size < 10_000) this.pool.set(own, own);
    return own;
  }
}

/** A copy that shares no memory with `value`'s parent string (shorter substrings are copies already). */
export function detach(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
