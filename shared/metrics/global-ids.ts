import type { DictColumn } from './columns';

/** Several imports' dictionaries joined into one id space: id 0 is "no value", names[id] otherwise. */
export interface GlobalIds {
  readonly names: readonly string[];
  /** Per input dictionary (null stays null): global id per local code. */
  readonly maps: readonly (Uint32Array | null)[];
}

/** Joins dictionaries entry by entry (never row by row), so two files' "u07" are one user. */
export function joinDictionaries(dicts: readonly (Pick<DictColumn, 'values'> | null)[]): GlobalIds {
  const names = [''];
  const ids = new Map<string, number>();
  const maps = dicts.map((dict) => {
    if (dict === null) return null;
    const map = new Uint32Array(dict.values.length);
    dict.values.forEach((value, code) => {
      if (code === 0) return;
      let id = ids.get(value);
      if (id === undefined) {
        id = names.length;
        names.push(value);
        ids.set(value, id);
      }
      map[code] = id;
    });
    return map;
  });
  return { names, maps };
}
