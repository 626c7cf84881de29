/**
 * The platform APIs shared/ may use, for `npm run typecheck:shared` only: the ones every
 * runtime the app's shared code runs in provides alike (Electron's main process, Node for
 * tests and benchmarks, browsers and their workers). Anything else — `Buffer`, `process`,
 * `document`, `window` — fails that check. Shapes are the subset shared/ calls.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

interface AbortSignal {
  readonly aborted: boolean;
}

interface ReadableStreamDefaultReader<R> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: R }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}

interface ReadableStream<R = unknown> {
  getReader(): ReadableStreamDefaultReader<R>;
}

declare const crypto: { randomUUID(): string };

declare function structuredClone<T>(value: T): T;
