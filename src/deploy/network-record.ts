// The network a stack runs in, taken from the stack itself when nothing asks for another one (issue 13: a
// no-op deploy makes no EC2 call and loads no EC2 code). A deploy records how its network was chosen — the
// inputs' modes (given values, or the default VPC and its public or private subnets) and how many
// availability zones the subnets span — in one stack tag. A later run whose inputs ask for the same modes
// takes the stack's VpcId and subnet parameters as they are, and checks the template's zone needs (EFS
// mount targets, a load balancer) against the recorded counts; a subnet's zone never changes
// (https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html: a subnet resides in one zone).
// Given values must equal the stack's. Anything else is looked up as on a new stack: no tag (a stack from
// before), other inputs, a value that is not a plain id list, or force-change-set. The account's default
// VPC gaining subnets is seen when the inputs change or force-change-set is set.
import type { Network } from '../aws/edge.js';
import type { ParameterSource } from '../template/convert.js';
import {
  lookUpNetwork,
  networkModes,
  zoneProblem,
  type NetworkRecord,
  type NetworkRequest,
} from './parameters.js';

export const NETWORK_TAG = 'compose-ecs:network';

/**
 * CloudFormation returns a parameter's value as it was given (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html:
 * "the input value associated with the parameter"): a List<AWS::EC2::Subnet::Id> as the comma-separated ids.
 * A value of any other form is not reused (it is looked up instead).
 */
const VALUE_FORM: Record<string, RegExp> = {
  vpc: /^vpc-[0-9a-f]+$/,
  subnets: /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
  'load-balancer-subnets': /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
};

/** `vpc=default subnets=public zones=3 lb=tasks lb-zones=3`: the characters every service's tags accept. */
export function networkTag(record: NetworkRecord): string {
  return [
    `vpc=${record.vpc}`,
    `subnets=${record.subnets}`,
    `zones=${record.zones}`,
    ...(record.lb ? [`lb=${record.lb}`, `lb-zones=${record.lbZones ?? 0}`] : []),
  ].join(' ');
}

function parseNetworkTag(text: string | undefined): NetworkRecord | undefined {
  if (!text) return undefined;
  const fields = Object.fromEntries(text.split(' ').map((pair) => pair.split('=') as [string, string]));
  const zones = Number(fields.zones);
  const lbZones = Number(fields['lb-zones']);
  if (!['given', 'default'].includes(fields.vpc ?? '')) return undefined;
  if (!['given', 'public', 'private'].includes(fields.subnets ?? '')) return undefined;
  if (!Number.isSafeInteger(zones)) return undefined;
  const record: NetworkRecord = {
    vpc: fields.vpc as NetworkRecord['vpc'],
    subnets: fields.subnets as NetworkRecord['subnets'],
    zones,
  };
  if (fields.lb) {
    if (!['given', 'tasks', 'public'].includes(fields.lb) || !Number.isSafeInteger(lbZones)) return undefined;
    Object.assign(record, { lb: fields.lb, lbZones });
  }
  return record;
}

export interface StackNetwork {
  values: Record<string, string>;
  /** The tag to give the stack (none when the template has no network parameter). */
  tag?: string;
  /** The values are the stack's own: nothing was looked up. */
  reused: boolean;
}

/** The stack's own network values when they answer this run's inputs (see the top of this file). */
export function reuseStackNetwork(
  parameters: ParameterSource[],
  request: NetworkRequest,
  stack: { parameters: Record<string, string>; tags: Record<string, string> },
): StackNetwork | undefined {
  const wanted = parameters.filter((p) => p.kind in VALUE_FORM);
  const recorded = parseNetworkTag(stack.tags[NETWORK_TAG]);
  if (!wanted.length || !recorded) return undefined;
  const modes = networkModes(parameters, request);
  if (recorded.vpc !== modes.vpc || recorded.subnets !== modes.subnets || recorded.lb !== modes.lb)
    return undefined;
  // Inputs left empty (the action passes [] and '') ask for nothing.
  const given: Record<string, string | undefined> = {
    vpc: modes.vpcId || undefined,
    subnets: request.subnetIds?.join(',') || undefined,
    'load-balancer-subnets': request.publicSubnetIds?.join(',') || undefined,
  };
  const values: Record<string, string> = {};
  for (const p of wanted) {
    const value = stack.parameters[p.name];
    if (value === undefined || !VALUE_FORM[p.kind]!.test(value)) return undefined;
    if (given[p.kind] !== undefined && given[p.kind] !== value) return undefined;
    values[p.name] = value;
  }
  // A template that now needs more zones than recorded is looked up, so the refusal names fresh data.
  if (zoneProblem(parameters, recorded, values)) return undefined;
  return { values, tag: networkTag(recorded), reused: true };
}

/** The stack's values when they answer the inputs, else a lookup in the account (resolveNetwork). */
export async function stackNetwork(
  ec2: Network,
  parameters: ParameterSource[],
  request: NetworkRequest,
  stack?: { parameters: Record<string, string>; tags: Record<string, string> },
): Promise<StackNetwork> {
  const reused = stack && reuseStackNetwork(parameters, request, stack);
  if (reused) return reused;
  const { values, record } = await lookUpNetwork(ec2, parameters, request);
  return { values, ...(record ? { tag: networkTag(record) } : {}), reused: false };
}
