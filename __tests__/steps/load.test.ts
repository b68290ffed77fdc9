// Build warnings (fields no engine applies as written) travel with the loaded project, so the report lists
// them with the loader's and the converter's (they used to reach the log only).
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { loadCompose } from '../../src/steps/load.js';

describe('loadCompose', () => {
  it('carries the build warnings for the report, and logs each once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'load-step-'));
    try {
      await writeFile(join(dir, 'Dockerfile'), 'FROM busybox\n');
      await writeFile(
        join(dir, 'compose.yaml'),
        'services:\n  web:\n    build:\n      context: .\n      privileged: true\n',
      );
      const lines: string[] = [];
      const loaded = await loadCompose(
        {
          mode: 'plan',
          load: { files: [], workingDir: dir, environment: {}, allowPrivilegedBuilds: true },
          waitTimeoutMs: 1000,
        },
        new StreamLogger((l) => lines.push(l)),
      );
      expect(loaded.buildWarnings.map(formatDiagnostic)).toEqual([
        'compose.yaml:5:19 services.web.build.privileged: a privileged build runs its RUN steps with every capability of the builder host (buildx --allow security.insecure)',
      ]);
      expect(lines.filter((l) => l.includes('privileged build'))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
