/** Types for icon-formats.mjs, so the tests can read the committed icons. */
export interface PixelSize {
  readonly width: number;
  readonly height: number;
}
export declare function pngSize(bytes: Buffer): PixelSize | null;
export declare function readIco(bytes: Buffer): Array<{ declared: PixelSize; actual: PixelSize; format: 'png' | 'bmp'; complete: boolean }>;
export declare const ICNS_TYPES: Readonly<Record<string, number>>;
export declare function writeIcns(pngsBySize: Map<number, Buffer>): Buffer;
export declare function readIcns(bytes: Buffer): Array<{ type: string; size: PixelSize | null }>;
