// A job's RunTask arguments from the template's expressions (JobSpec), resolved the way CloudFormation resolves
// them for the services: Ref of a resource is its physical ID (an ECS cluster's name, a task definition's ARN,
// a security group's ID), Ref of a parameter its value (a list parameter: comma-separated), Fn::Select an item.
import type { OneOffTaskInput } from '../aws/edge.js';
import type { JobSpec } from '../template/jobs.js';

/** Where and what RunTask starts for a job: its input without who starts it and how. */
export type JobTarget = Pick<
  OneOffTaskInput,
  'cluster' | 'taskDefinition' | 'subnets' | 'securityGroups' | 'assignPublicIp'
>;

type Lookup = { physical: ReadonlyMap<string, string>; parameters: Readonly<Record<string, string>> };

export function resolveJob(name: string, spec: JobSpec, lookup: Lookup): JobTarget {
  const one = (value: unknown, what: string): string => {
    const v = evaluate(value, lookup);
    if (typeof v === 'string' && v) return v;
    throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
  };
  const list = (value: unknown, what: string): string[] => {
    const v = evaluate(value, lookup);
    const items = Array.isArray(v) ? v.flat() : typeof v === 'string' ? v.split(',') : [];
    if (items.length && items.every((x) => typeof x === 'string' && x)) return items as string[];
    throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
  };
  return {
    cluster: one(spec.Cluster, 'cluster'),
    taskDefinition: one({ Ref: spec.TaskDefinition }, 'task definition'),
    subnets: list(spec.Subnets, 'subnets'),
    securityGroups: list(spec.SecurityGroups, 'security groups'),
    assignPublicIp: spec.AssignPublicIp === 'ENABLED',
  };
}

function evaluate(value: unknown, lookup: Lookup): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => evaluate(v, lookup));
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if (typeof o.Ref === 'string')
    return lookup.parameters[o.Ref] !== undefined ? lookup.parameters[o.Ref] : lookup.physical.get(o.Ref);
  if (Array.isArray(o['Fn::GetAtt']) && o['Fn::GetAtt'][1] === 'GroupId')
    return lookup.physical.get(String(o['Fn::GetAtt'][0]));
  if (Array.isArray(o['Fn::Select'])) {
    const [index, from] = o['Fn::Select'] as [unknown, unknown];
    const items = evaluate(from, lookup);
    const all = typeof items === 'string' ? items.split(',') : Array.isArray(items) ? items : [];
    return all[Number(index)];
  }
  return undefined;
}
