// Reading and writing the icon containers the installers need (PNG sizes, ICO, ICNS), with no
// dependency: the icon script writes ICNS with it (ImageMagick cannot), the tests read all three.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The images in a Windows .ico: the size each directory entry declares, and the size its
 * image really has (PNG, or a BMP whose header height counts the mask too).
 */
export function readIco(bytes) {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = bytes.readUInt16LE(4);
  const images = [];
  for (let i = 0; i < count; i += 1) {
    const entry = 6 + i * 16;
    const declared = { width: bytes[entry] || 256, height: bytes[entry + 1] || 256 };
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    const data = bytes.subarray(offset, offset + length);
    const png = pngSize(data);
    const actual = png ?? { width: data.readInt32LE(4), height: data.readInt32LE(8) / 2 };
    images.push({ declared, actual, format: png ? 'png' : 'bmp', complete: data.length === length });
  }
  return images;
}

/** ICNS element types holding PNG data, and the pixel size each must have. */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

/** An .icns from PNGs by pixel size: one element per type in ICNS_TYPES. */
export function writeIcns(pngsBySize) {
  const elements = Object.entries(ICNS_TYPES).map(([type, size]) => {
    const png = pngsBySize.get(size);
    if (!png) throw new Error(`no ${size}px PNG for ${type}`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(elements);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** The elements of an .icns: type, and the PNG size of its data (null when not PNG). */
export function readIcns(bytes) {
  if (bytes.toString('latin1', 0, 4) !== 'icns' || bytes.readUInt32BE(4) !== bytes.length) throw new Error('not an ICNS file');
  const elements = [];
  for (let offset = 8; offset < bytes.length; ) {
    const type = bytes.toString('latin1', offset, offset + 4);
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > bytes.length) throw new Error(`broken ICNS element ${type}`);
    elements.push({ type, size: pngSize(bytes.subarray(offset + 8, offset + length)) });
    offset += length;
  }
  return elements;
}
