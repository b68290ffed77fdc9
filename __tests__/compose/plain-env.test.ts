import { withPlainProcessEnv } from '../../src/compose/plain-env.js';

describe('withPlainProcessEnv', () => {
  it('shows the step the same variables in a plain object and puts the real process.env back', () => {
    const real = process.env;
    process.env.PLAIN_ENV_TEST = 'seen';
    try {
      const inside = withPlainProcessEnv(() => ({
        value: process.env.PLAIN_ENV_TEST,
        same: process.env === real,
        keys: Object.keys(process.env).sort(),
      }));
      expect(inside).toEqual({ value: 'seen', same: false, keys: Object.keys(real).sort() });
      expect(process.env).toBe(real);
    } finally {
      delete process.env.PLAIN_ENV_TEST;
    }
  });
  it('puts the real process.env back when the step throws', () => {
    const real = process.env;
    expect(() =>
      withPlainProcessEnv(() => {
        throw new Error('step failed');
      }),
    ).toThrow('step failed');
    expect(process.env).toBe(real);
  });
  it('runs the step as it is when process.env cannot be replaced', () => {
    const real = process.env;
    const descriptor = Object.getOwnPropertyDescriptor(process, 'env')!;
    Object.defineProperty(process, 'env', { ...descriptor, writable: false });
    try {
      expect(withPlainProcessEnv(() => process.env === real)).toBe(true);
    } finally {
      Object.defineProperty(process, 'env', descriptor);
    }
    expect(process.env).toBe(real);
  });
});
