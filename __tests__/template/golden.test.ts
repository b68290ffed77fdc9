// Golden templates, one per feature. Regenerate with UPDATE_GOLDEN=1 (then review every diff by eye).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from '../../src/template/convert.js';
import { fixtures } from './fixtures.js';
import {
  BIND_CONFIGS_GOLDEN,
  SHOP_GOLDEN,
  bindConfigsDir,
  loadBindConfigs,
  loadShopExample,
  shopDir,
} from './shop-example.js';

const here = dirname(fileURLToPath(import.meta.url));
export const goldenDir = join(here, 'golden');

function compareGolden(name: string, body: string): void {
  const file = join(goldenDir, `${name}.json`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, body);
  }
  expect(existsSync(file)).toBe(true);
  expect(body).toBe(readFileSync(file, 'utf8'));
}

describe('golden templates', () => {
  it(`${BIND_CONFIGS_GOLDEN} (read-only bind mounts delivered as configs, through the real loader)`, async () => {
    const { body } = convert(await loadBindConfigs());
    compareGolden(BIND_CONFIGS_GOLDEN, body);
    expect(body).not.toContain(bindConfigsDir);
    // The mounted files' content is stored at deploy time, never in the template.
    expect(body).not.toContain('proxy_pass');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, f) => {
    compareGolden(name, convert(f.loaded, f.options).body);
  });

  it(`${SHOP_GOLDEN} (examples/shop/compose.yaml through the real loader)`, async () => {
    const { body, parameters } = convert(await loadShopExample());
    compareGolden(SHOP_GOLDEN, body);
    // Nothing machine-specific leaks in: no absolute path of this checkout, no secret value.
    expect(body).not.toContain(shopDir);
    expect(parameters.map((p) => `${p.name}:${p.kind}`)).toEqual([
      'VpcId:vpc',
      'SubnetIds:subnets',
      'LoadBalancerSubnetIds:load-balancer-subnets',
      'DbPasswordSecretArn:file-secret',
      'DbPasswordSecretVersion:file-secret-version',
      'DbdataFilesystemRetainedId:retained-file-system',
      'UploadsFilesystemRetainedId:retained-file-system',
    ]);
  });
});
