// The `bind-mounts` input: what happens to a bind mount, which Fargate cannot make (there is no host
// file system to mount from). One policy replaces the two old flags, which keep working with a warning.

export const BIND_MOUNT_POLICIES = ['error', 'configs', 'drop', 'auto'] as const;
export type BindMountPolicyName = (typeof BIND_MOUNT_POLICIES)[number];

export interface BindMountPolicy {
  /** Deliver read-only mounts of files and directories inside the project as configs. */
  configs: boolean;
  /** Which of the rest to drop with a warning: every one, source code the image already holds, or none. */
  drop: 'all' | 'copied-source' | 'none';
}

const POLICIES: Record<BindMountPolicyName, BindMountPolicy> = {
  error: { configs: false, drop: 'none' },
  configs: { configs: true, drop: 'none' },
  drop: { configs: false, drop: 'all' },
  auto: { configs: true, drop: 'copied-source' },
};

export function bindMountPolicy(name: BindMountPolicyName): BindMountPolicy {
  return POLICIES[name];
}

/** How the action (`bind-mounts: auto`) and the CLI (`--bind-mounts auto`) spell a setting. */
export type SettingStyle = 'input' | 'flag';

function spell(style: SettingStyle, name: string, value?: string): string {
  if (style === 'flag') return value === undefined ? `--${name}` : `--${name} ${value}`;
  return value === undefined ? `input ${name}` : `${name}: ${value}`;
}

export interface ChosenPolicy {
  policy: BindMountPolicy;
  /** A bad value, for the inputs' one error. */
  problem?: string;
  /** The old flags were used: what to write instead. */
  deprecation?: string;
}

/**
 * The policy the settings ask for. `bind-mounts` wins over the old flags; the old flags alone keep their
 * meaning, with a deprecation warning (both together: configs where possible, the rest dropped).
 */
export function chooseBindMountPolicy(
  written: string,
  legacy: { dropBindMounts: boolean; bindMountsAsConfigs: boolean },
  style: SettingStyle,
): ChosenPolicy {
  const value = written.trim();
  const { dropBindMounts, bindMountsAsConfigs } = legacy;
  const old = [dropBindMounts && 'drop-bind-mounts', bindMountsAsConfigs && 'bind-mounts-as-configs']
    .filter((n): n is string => typeof n === 'string')
    .map((n) => spell(style, n))
    .join(' and ');
  if (value) {
    if (!(BIND_MOUNT_POLICIES as readonly string[]).includes(value))
      return {
        policy: POLICIES.error,
        problem: `${spell(style, 'bind-mounts')}: expected one of ${BIND_MOUNT_POLICIES.join(', ')}, got "${written}"`,
      };
    const policy = POLICIES[value as BindMountPolicyName];
    return old
      ? { policy, deprecation: `${old} ignored: ${spell(style, 'bind-mounts', value)} decides` }
      : { policy };
  }
  if (!old) return { policy: POLICIES.error };
  const replacement = dropBindMounts
    ? bindMountsAsConfigs
      ? `${spell(style, 'bind-mounts', 'auto')} (it drops only source code the image already holds)`
      : spell(style, 'bind-mounts', 'drop')
    : spell(style, 'bind-mounts', 'configs');
  return {
    policy: { configs: bindMountsAsConfigs, drop: dropBindMounts ? 'all' : 'none' },
    deprecation: `${old} ${dropBindMounts && bindMountsAsConfigs ? 'are' : 'is'} deprecated: use ${replacement}`,
  };
}
