import { composeChanges } from '../../src/report/compose-changes.js';
import { convert } from '../../src/template/convert.js';
import { loadShopExample } from '../template/shop-example.js';

describe('composeChanges', () => {
  it('reads replicas, size, volumes and secret-like variables back from the task definitions', async () => {
    const before = await loadShopExample();
    const after = await loadShopExample();
    const api = after.project.services.api!;
    api.deploy = { ...api.deploy!, replicas: 3 };
    api.environment.DATABASE_URL = 'postgres://shop@db-2:5432/shop';
    api.environment.SESSION_SECRET = 'hunter2-value';
    api.volumes = [];
    const changes = composeChanges(convert(before).template, convert(after).template);
    expect(changes.services).toEqual([
      {
        service: 'api',
        status: 'changed',
        notes: [
          'environment DATABASE_URL changed: "postgres://shop@db:5432/shop" → "postgres://shop@db-2:5432/shop"',
          'environment SESSION_SECRET added',
          'volume unmounted: uploads:/srv/uploads',
          'policy detached: inline TaskPolicy',
          'replicas 1 → 3',
        ],
        image: undefined,
      },
    ]);
    expect(JSON.stringify(changes)).not.toContain('hunter2-value');
    expect(composeChanges(convert(before).template, convert(before).template)).toEqual({
      services: [],
      project: [],
    });
  });
});
