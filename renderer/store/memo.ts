/**
 * Remembers the last call: same arguments (by identity) give the same result object.
 * Derived values (scores, tallies) are computed through this so React sees stable references
 * and nothing derived is ever stored.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args: A): R => {
    const previous = lastArgs;
    if (previous !== null && previous.length === args.length && args.every((arg, i) => Object.is(arg, previous[i]))) {
      return lastResult as R;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
