/** Types for check-bundle.mjs, so the tests can import its pure parts. */
export declare function loadedModules(code: string): string[];
export declare function unexpectedModules(code: string): string[];
