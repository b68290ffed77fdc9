import { lazyPort, once } from '../../src/aws/once.js';

interface Greeter {
  greet(name: string): Promise<string>;
}

describe('loading an AWS port on its first call', () => {
  it('loads nothing until a method is called, then loads once for every later call', async () => {
    let loads = 0;
    const port = lazyPort<Greeter>(async () => {
      loads++;
      return { greet: async (name) => `hello ${name}` };
    });
    expect(loads).toBe(0);
    expect(await Promise.all([port.greet('a'), port.greet('b')])).toEqual(['hello a', 'hello b']);
    expect(await port.greet('c')).toBe('hello c');
    expect(loads).toBe(1);
  });

  it('is not a thenable, so awaiting the port itself loads nothing', async () => {
    let loads = 0;
    const port = lazyPort<Greeter>(async () => {
      loads++;
      return { greet: async () => '' };
    });
    expect(await port).toBe(port);
    expect(loads).toBe(0);
  });

  it('a method the loaded port lacks is an internal error naming it', async () => {
    const port = lazyPort<Greeter>(async () => ({}) as Greeter);
    await expect(port.greet('x')).rejects.toThrow('internal: the AWS edge has no greet');
  });

  it('once: one promise for every caller', async () => {
    let made = 0;
    const client = once(async () => ({ id: ++made }));
    const [a, b] = await Promise.all([client(), client()]);
    expect(a).toBe(b);
    expect(made).toBe(1);
  });
});
