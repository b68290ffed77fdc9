// The library code a bench measures, bundled by esbuild into a temporary ES module and imported from there,
// so it runs as the product's bundle does (plain JavaScript) rather than through tsx's loader, which costs
// about a fifth more on the loader bench. Dependencies stay in node_modules, as the bundler would read them.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');

export async function bundled<T>(entry: string): Promise<T> {
  // Inside the project, so the bundle's imports of dependencies find node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'compose-ecs-bench-'));
  const outfile = join(dir, 'entry.mjs');
  try {
    await build({
      entryPoints: [resolve(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      absWorkingDir: root,
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(outfile).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
