import { assignIds, pascal } from '../../src/template/logical-id.js';

describe('logical IDs', () => {
  it('turns compose names into PascalCase alphanumerics', () => {
    expect(pascal('web')).toBe('Web');
    expect(pascal('my-web.api_v2')).toBe('MyWebApiV2');
    expect(pascal('fooBar')).toBe('FooBar');
  });

  it('gives colliding names distinct IDs that depend only on the colliding names', () => {
    const ids = assignIds(['my-web', 'my_web', 'db']);
    expect(ids.get('db')).toBe('Db');
    expect(ids.get('my-web')).toMatch(/^MyWeb[0-9A-F]{8}$/);
    expect(ids.get('my_web')).toMatch(/^MyWeb[0-9A-F]{8}$/);
    expect(ids.get('my-web')).not.toBe(ids.get('my_web'));
    expect(assignIds(['my_web', 'my-web']).get('my-web')).toBe(ids.get('my-web'));
  });

  it('keeps IDs alphanumeric and short for odd names', () => {
    const ids = assignIds(['---', 'a'.repeat(300)]);
    for (const id of ids.values()) expect(id).toMatch(/^[A-Za-z0-9]{1,200}$/);
  });
});
