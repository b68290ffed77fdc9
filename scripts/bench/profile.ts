// node --import tsx --cpu-prof --cpu-prof-dir DIR scripts/bench/profile.ts convert|load [N]: one bench step
// (the generated project of N services, default 1,000) run a few times, for a CPU profile of it
// (issue 13: find what grows faster than linearly). Summarise with scripts/bench/profile-summary.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { generate as generateProject, convertOnce } from './convert.bench.js';
import { generate as generateFiles } from './load.bench.js';

const [what = 'convert', size = '1000'] = process.argv.slice(2);
const n = Number(size);
if (what === 'convert') {
  const loaded = generateProject(n);
  for (let i = 0; i < Math.max(1, Math.round(5000 / n)); i++) convertOnce(loaded);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'compose-profile-'));
  try {
    const { base, override } = generateFiles(n);
    writeFileSync(join(dir, 'compose.yaml'), base);
    writeFileSync(join(dir, 'compose.override.yaml'), override);
    for (let i = 0; i < Math.max(1, Math.round(3000 / n)); i++)
      await loadProject({ files: [], workingDir: dir, environment: { TAG: '1.0' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
