// x-aws-deployment (a service): ECS's own deployment strategy — rolling, blue/green, canary or linear —
// with its timings, the CloudWatch alarms that roll it back and an optional test listener port.
// Limits are AWS's (docs/mapping.md cites each): CanaryConfiguration.CanaryPercent multiples of 0.1 from
// 0.1 to 100, LinearConfiguration.StepPercent multiples of 0.1 from 3 to 100, CanaryBakeTimeInMinutes,
// StepBakeTimeInMinutes and BakeTimeInMinutes 0–1440, and CloudFormation's 33-hour ceiling on the
// computed deployment time. What needs the rest of the project (load balancer type, volumes, replicas)
// is checked by the converter (src/template/deployment-strategy.ts).
import { parseDuration } from '../units.js';
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';
import { X } from './names.js';
import { compactAws, type Reader } from './reader.js';
import type { DeploymentStrategyExtension } from './types.js';

export const STRATEGIES = ['rolling', 'blue-green', 'canary', 'linear'] as const;
const FIELDS = ['strategy', 'percent', 'interval', 'bake', 'alarms', 'test_port'];
/** ECS: each of the bake times is 0 to 1440 minutes (24 hours). */
export const MAX_MINUTES = 1440;
/** CloudFormation refuses a canary or linear deployment whose computed time exceeds 33 hours. */
export const CLOUDFORMATION_CEILING_MINUTES = 33 * 60;
/** CloudWatch: an alarm name is 1 to 255 characters. */
const ALARM_NAME = /^[^\s].{0,254}$/su;
const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:(.+)$/su;

export function decodeDeployment(
  r: Reader,
  ext: Extensions,
  path: ModelPath,
): DeploymentStrategyExtension | undefined {
  const spec = r.object(ext, X.deployment, path);
  if (!spec) return undefined;
  const at = [...path, X.deployment];
  r.knownFields(spec, FIELDS, at, 'deployment');
  const strategy = (r.oneOf(spec, 'strategy', at, STRATEGIES) ??
    (spec.strategy === undefined ? 'rolling' : undefined)) as
    DeploymentStrategyExtension['strategy'] | undefined;
  if (strategy === undefined) return undefined;
  const shifting = strategy === 'canary' || strategy === 'linear';
  const percent = shifting ? decodePercent(r, spec, at, strategy) : undefined;
  const intervalMinutes = shifting ? minutes(r, spec, 'interval', at) : undefined;
  const bakeMinutes = strategy === 'rolling' ? undefined : minutes(r, spec, 'bake', at);
  const alarms = decodeAlarms(r, spec, at);
  const testPort =
    strategy === 'rolling' ? undefined : r.number(spec, 'test_port', at, { min: 1, max: 65535 });
  // Fields that mean nothing for the strategy are refused rather than silently dropped: a reader of the
  // file would believe the service shifts traffic in steps.
  const meaningless = [
    ...(shifting ? [] : ['percent', 'interval']),
    ...(strategy === 'rolling' ? ['bake', 'test_port'] : []),
  ].filter((f) => spec[f] !== undefined);
  for (const f of meaningless)
    r.report.error(
      [...at, f],
      `${f} applies only to ${f === 'percent' || f === 'interval' ? 'canary and linear' : 'blue-green, canary and linear'} deployments, not ${strategy}`,
    );
  const decoded = compactAws({ strategy, percent, intervalMinutes, bakeMinutes, alarms, testPort });
  if (shifting && !withinCloudFormationCeiling(decoded))
    r.report.error(
      at,
      `CloudFormation refuses a ${strategy} deployment whose bake and ${strategy === 'canary' ? 'canary' : 'step'} times exceed 33 hours in all (${totalMinutes(decoded)} minutes here): shorten interval or bake`,
    );
  return decoded;
}

function decodePercent(
  r: Reader,
  spec: Record<string, unknown>,
  at: ModelPath,
  strategy: 'canary' | 'linear',
): number | undefined {
  const min = strategy === 'canary' ? 0.1 : 3;
  const v = r.number(spec, 'percent', at, { min, max: 100, integer: false });
  if (v === undefined) return undefined;
  // ECS takes multiples of 0.1: 12.34 would be refused by the API after the images were built.
  if (Math.abs(Math.round(v * 10) - v * 10) > 1e-9) {
    r.report.error([...at, 'percent'], `percent must be a multiple of 0.1 (ECS refuses ${v})`);
    return undefined;
  }
  return Math.round(v * 10) / 10;
}

/**
 * A compose duration (`3m`, `1h`, `90s`, `0`) in whole minutes, the unit ECS takes. A duration that is not
 * a whole number of minutes is refused, not rounded: `90s` rounded either way is not what the file says.
 */
function minutes(r: Reader, spec: Record<string, unknown>, key: string, at: ModelPath): number | undefined {
  const v = spec[key];
  if (v === undefined || v === null) return undefined;
  const seconds = typeof v === 'string' ? parseDuration(v) : v === 0 ? 0 : undefined;
  if (seconds === undefined) {
    r.report.error(
      [...at, key],
      `${key} must be a duration with its unit, such as 3m, 1h or 0 (got ${String(v)})`,
    );
    return undefined;
  }
  if (seconds % 60 !== 0) {
    r.report.error(
      [...at, key],
      `${key} ${String(v)} is not a whole number of minutes: ECS takes minutes (write ${Math.floor(seconds / 60)}m or ${Math.ceil(seconds / 60)}m)`,
    );
    return undefined;
  }
  const m = seconds / 60;
  if (m > MAX_MINUTES) {
    r.report.error([...at, key], `${key} ${String(v)} is ${m} minutes; ECS allows 0 to ${MAX_MINUTES} (24h)`);
    return undefined;
  }
  return m;
}

/** Alarm names; an alarm ARN is reduced to its name (ECS's DeploymentAlarms takes names). */
function decodeAlarms(r: Reader, spec: Record<string, unknown>, at: ModelPath): string[] | undefined {
  const list = r.stringList(spec, 'alarms', at);
  if (list === undefined) return undefined;
  const names: string[] = [];
  for (const entry of list) {
    const arn = ALARM_ARN.exec(entry);
    const name = arn ? arn[1]! : entry;
    if (entry.startsWith('arn:') && !arn) {
      r.report.error(
        [...at, 'alarms'],
        `${entry} is not a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>)`,
      );
      continue;
    }
    if (!ALARM_NAME.test(name)) {
      r.report.error([...at, 'alarms'], `alarm name ${JSON.stringify(name)} must be 1 to 255 characters`);
      continue;
    }
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0 && list.length === 0) {
    r.report.error([...at, 'alarms'], 'alarms is empty: name at least one alarm, or leave alarms out');
    return undefined;
  }
  return names.length > 0 ? names : undefined;
}

/** ECS's defaults for what the file leaves out (CanaryConfiguration, LinearConfiguration API reference). */
export const ECS_DEFAULTS = { canaryPercent: 5, canaryMinutes: 10, linearPercent: 10, linearMinutes: 6 };

/** Linear steps before 100 %, as CloudFormation counts them for its 33-hour check. */
export function linearSteps(stepPercent: number): number {
  const whole = Math.round(stepPercent * 10);
  return 1000 % whole === 0 ? 1000 / whole - 1 : Math.floor(1000 / whole);
}

/**
 * CloudFormation's computed deployment time: BakeTimeInMinutes + CanaryBakeTimeInMinutes (canary), or
 * BakeTimeInMinutes + StepBakeTimeInMinutes × steps (linear). The bake the template defaults is counted.
 */
export function totalMinutes(d: DeploymentStrategyExtension, defaultBake = 0): number {
  const bake = d.bakeMinutes ?? defaultBake;
  if (d.strategy === 'canary') return bake + (d.intervalMinutes ?? ECS_DEFAULTS.canaryMinutes);
  if (d.strategy === 'linear')
    return (
      bake +
      (d.intervalMinutes ?? ECS_DEFAULTS.linearMinutes) * linearSteps(d.percent ?? ECS_DEFAULTS.linearPercent)
    );
  return bake;
}

function withinCloudFormationCeiling(d: DeploymentStrategyExtension): boolean {
  return totalMinutes(d) <= CLOUDFORMATION_CEILING_MINUTES;
}
