// One `bind-mounts` setting; the two old flags keep working with a deprecation warning.
import { describe, expect, it } from '@jest/globals';
import { chooseBindMountPolicy } from '../../src/compose/bind-policy.js';
import { parseInputs } from '../../src/options/parse.js';
import { bindMountChoice } from '../../src/options/run-options.js';

const none = { dropBindMounts: false, bindMountsAsConfigs: false };

describe('the bind-mounts setting', () => {
  it('reads each policy, error by default', () => {
    expect(chooseBindMountPolicy('', none, 'input')).toEqual({ policy: { configs: false, drop: 'none' } });
    expect(chooseBindMountPolicy('configs', none, 'input').policy).toEqual({ configs: true, drop: 'none' });
    expect(chooseBindMountPolicy('drop', none, 'input').policy).toEqual({ configs: false, drop: 'all' });
    expect(chooseBindMountPolicy(' auto ', none, 'input').policy).toEqual({
      configs: true,
      drop: 'copied-source',
    });
  });

  it('names a bad value the way the action and the CLI spell it', () => {
    expect(chooseBindMountPolicy('yes', none, 'input').problem).toBe(
      'input bind-mounts: expected one of error, configs, drop, auto, got "yes"',
    );
    expect(chooseBindMountPolicy('yes', none, 'flag').problem).toBe(
      '--bind-mounts: expected one of error, configs, drop, auto, got "yes"',
    );
  });

  it('keeps the old flags working, each with what replaces it', () => {
    expect(chooseBindMountPolicy('', { ...none, dropBindMounts: true }, 'flag')).toEqual({
      policy: { configs: false, drop: 'all' },
      deprecation: '--drop-bind-mounts is deprecated: use --bind-mounts drop',
    });
    expect(chooseBindMountPolicy('', { dropBindMounts: true, bindMountsAsConfigs: true }, 'input')).toEqual({
      policy: { configs: true, drop: 'all' },
      deprecation:
        'input drop-bind-mounts and input bind-mounts-as-configs are deprecated: use bind-mounts: auto (it drops only source code the image already holds)',
    });
    expect(chooseBindMountPolicy('error', { ...none, bindMountsAsConfigs: true }, 'input')).toEqual({
      policy: { configs: false, drop: 'none' },
      deprecation: 'input bind-mounts-as-configs ignored: bind-mounts: error decides',
    });
  });

  it('reaches the action inputs, a bad value among the other input errors', () => {
    const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const parsed = parseInputs(read({ 'bind-mounts': 'auto' }), { GITHUB_WORKSPACE: '/repo' });
    expect(parsed.bindMounts).toBe('auto');
    expect(bindMountChoice(parsed)).toEqual({ policy: { configs: true, drop: 'copied-source' } });
    const legacy = parseInputs(read({ 'drop-bind-mounts': 'true' }), { GITHUB_WORKSPACE: '/repo' });
    expect(bindMountChoice(legacy, 'flag')).toEqual({
      policy: { configs: false, drop: 'all' },
      deprecation: '--drop-bind-mounts is deprecated: use --bind-mounts drop',
    });
    expect(() =>
      parseInputs(read({ 'bind-mounts': 'all', mode: 'nope' }), { GITHUB_WORKSPACE: '/repo' }),
    ).toThrow(/^input mode: .*; input bind-mounts: expected one of error, configs, drop, auto, got "all"$/);
  });
});
