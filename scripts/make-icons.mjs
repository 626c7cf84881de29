// Generates every app icon from build/icon.svg (`npm run icons`; needs ImageMagick's `convert`).
// The results are committed, so packaging never needs ImageMagick:
//   build/icon.png          1024 px, macOS and the fallback for every target
//   build/icons/<n>x<n>.png the Linux sizes (AppImage, deb)
//   build/icon.ico          Windows, 16–256 px
//   build/icon.icns         macOS, 16–1024 px (written here: ImageMagick cannot write ICNS)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIcns } from './icon-formats.mjs';

const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'build');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const source = join(buildDir, 'icon.svg');
const iconsDir = join(buildDir, 'icons');
mkdirSync(iconsDir, { recursive: true });

// Rendered once large, then scaled down: small sizes come out sharper than from the SVG renderer.
const master = join(iconsDir, '1024x1024.png');
execFileSync('convert', ['-background', 'none', '-density', '96', source, '-resize', '1024x1024', '-strip', '-depth', '8', `PNG32:${master}`]);
const pngs = new Map();
for (const size of PNG_SIZES) {
  const file = join(iconsDir, `${size}x${size}.png`);
  if (size !== 1024) execFileSync('convert', [master, '-resize', `${size}x${size}`, '-strip', '-depth', '8', `PNG32:${file}`]);
  pngs.set(size, readFileSync(file));
}
writeFileSync(join(buildDir, 'icon.png'), pngs.get(1024));
execFileSync('convert', [...ICO_SIZES.map((size) => join(iconsDir, `${size}x${size}.png`)), join(buildDir, 'icon.ico')]);
writeFileSync(join(buildDir, 'icon.icns'), writeIcns(pngs));
console.log(`Icons written to ${buildDir}`);
