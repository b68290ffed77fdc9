// The shop example (examples/shop/compose.yaml) through the real loader, with its built images pinned the
// way the images stage pins them: a golden template from real compose YAML, not from a hand-made model.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../src/compose/load.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { bindMountPolicy } from '../../src/compose/bind-policy.js';

export const SHOP_GOLDEN = 'shop-example';
export const shopDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'shop');

/** A fixed digest per service (the hash of its name), so the golden does not move. */
const digest = (service: string) => `sha256:${createHash('sha256').update(service).digest('hex')}`;

export async function loadShopExample(): Promise<LoadedProject> {
  const loaded = await loadProject({
    files: [],
    workingDir: shopDir,
    environment: { DB_PASSWORD: 'x', RELEASE: '1.0.0' },
  });
  for (const s of Object.values(loaded.project.services)) {
    if (s.build !== undefined)
      s.image = `123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/${s.name}@${digest(s.name)}`;
  }
  return loaded;
}

/** The loader fixture whose read-only bind mounts become configs (bind-mounts-as-configs), for a golden. */
export const BIND_CONFIGS_GOLDEN = 'bind-configs';
export const bindConfigsDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'compose',
  'fixtures',
  'bind-configs',
);

export function loadBindConfigs(): Promise<LoadedProject> {
  return loadProject({
    files: [],
    workingDir: bindConfigsDir,
    environment: {},
    bindMounts: bindMountPolicy('configs'),
  });
}
