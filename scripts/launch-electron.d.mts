/** Types for launch-electron.mjs, so the tests can import its pure parts. */
export declare const MISSING_RUNTIME_MESSAGE: string;
export declare const NOT_BUILT_MESSAGE: string;
export declare function electronPackageDir(env?: Record<string, string | undefined>): string;
export declare function resolveElectronBinary(packageDir: string, env?: Record<string, string | undefined>): string | null;
export declare function launchArguments(dev: boolean, args: readonly string[]): string[];
