/**
 * The part of papaparse's typing that shared/ uses, for `npm run typecheck:shared` only.
 * @types/papaparse references Node's types, which would let `Buffer` or `process` pass in
 * shared/; this stand-in keeps that check honest. The main typecheck uses the real typing.
 */
declare namespace Papa {
  interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    preview?: number;
    [option: string]: unknown;
  }
  class Parser {
    constructor(config: ParseConfig);
  }
}
declare const Papa: { Parser: typeof Papa.Parser };
export default Papa;
