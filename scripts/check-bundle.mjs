// Checks that the built main process and preload import nothing but `electron` and Node's own
// modules: everything else is inlined by vite, which is why every library is a devDependency
// and the installer carries no node_modules. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Module specifiers a built file loads at run time (static and dynamic import, require). */
export function loadedModules(code) {
  const found = new Set();
  // JSDoc in bundled libraries mentions `import('./types')` in comment lines: not code.
  code = code
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join('\n');
  const patterns = [/^\s*import\s[^'"]*?from\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /(?<![`.\w])require\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** The specifiers that are neither `electron`, a Node built-in, nor another built file beside it (a shared chunk, checked in turn). */
export function unexpectedModules(code) {
  return loadedModules(code).filter((name) => name !== 'electron' && !builtins.has(name) && !/^\.\/[\w.-]+\.js$/.test(name));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'electron');
  let failed = false;
  // main.js, the plan-file reader worker, the chunks they share, and the preload.
  for (const file of readdirSync(dist).filter((name) => /\.(c?js)$/.test(name))) {
    const unexpected = unexpectedModules(readFileSync(join(dist, file), 'utf8'));
    if (unexpected.length > 0) {
      failed = true;
      console.error(`${file} loads ${unexpected.join(', ')} at run time; bundle it or add it to "dependencies" with a reason.`);
    }
  }
  if (failed) process.exit(1);
  console.log('dist/electron: main.js, its worker, their chunks and preload.cjs load only electron, Node built-ins and each other.');
}
