// Measures the images stage against the local peers (run by builds.bench.ts under the machine-wide peers
// lock): per engine, a cold build of the example (every layer rebuilt), a run with nothing changed, a
// run with one service changed, and the cold build again one build at a time, for the parallel speed-up.
// Runs inside scripts/peers/with-peers.sh (the peers' environment set). Writes rows as JSON to the file named.
import { ECRClient } from '@aws-sdk/client-ecr';
import { sdkRegistry } from '../../src/aws/sdk/registry.js';
import { appendFile, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { buildAndPushImages } from '../../src/images/build-and-push.js';
import { selectEngine, type Builder } from '../../src/images/select-engine.js';
import { StreamLogger } from '../../src/log.js';
import {
  BUILD_FIXTURE_FILES,
  buildBaseImage,
  buildFixture,
  engineEnvironment,
} from '../local/build-fixture.js';
import { peersEnv } from '../local/runner.js';

const root = resolve(import.meta.dirname, '../..');

type Row = { name: string; n: number; ms: number };
const rows: Row[] = [];
try {
  const peers = await peersEnv(root);
  Object.assign(process.env, peers);
  const registry = sdkRegistry(
    new ECRClient({ endpoint: peers.AWS_ENDPOINT_URL, region: peers.AWS_REGION }),
    fetch,
  );
  const saved = { ...process.env };
  for (const builder of ['buildkit', 'podman'] as Builder[]) {
    Object.assign(process.env, engineEnvironment(builder, peers));
    await buildBaseImage(builder, peers);
    const shop = await buildFixture(root, 'bench');
    const services = (await readdir(shop, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    /** Appends a new line to every source file the Dockerfiles copy: all layers are rebuilt. */
    const touch = async (only?: string) => {
      for (const service of only ? [only] : services)
        for (const file of await readdir(join(shop, service)))
          if (file !== 'Dockerfile') await appendFile(join(shop, service, file), `${Date.now()}\n`);
    };
    const run = async (name: string, prefix: string, concurrency: number) => {
      const environment = { ...process.env, NPM_TOKEN: 'bench-token' };
      const loaded = await loadProject({ files: BUILD_FIXTURE_FILES, workingDir: shop, environment });
      const logger = new StreamLogger(() => undefined);
      const engine = await selectEngine(builder, logger);
      const start = performance.now();
      const { images } = await buildAndPushImages(
        loaded.project,
        { registry, engine, logger },
        { repositoryPrefix: prefix, concurrency, environment },
      ).finally(() => engine.dispose());
      rows.push({
        name: `${builder} ${name}`,
        n: images.filter((i) => i.pushed).length,
        ms: performance.now() - start,
      });
    };
    const stamp = Date.now().toString(36);
    const cores = availableParallelism();
    await touch();
    await run(`cold (parallel, ${cores})`, `bench-${builder}-p-${stamp}`, cores);
    await run('no change', `bench-${builder}-p-${stamp}`, cores);
    await touch('api');
    await run('one service changed', `bench-${builder}-p-${stamp}`, cores);
    await touch();
    await run('cold (sequential)', `bench-${builder}-s-${stamp}`, 1);
    process.env = { ...saved };
  }
} finally {
  await writeFile(process.argv[2]!, JSON.stringify(rows));
}
