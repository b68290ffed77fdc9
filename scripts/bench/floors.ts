// The fewest AWS calls each run of the emulator bench needs on real AWS, per operation and with the reason,
// for examples/shop: four built services, one secret the action stores (db_password), the default VPC,
// one internet-facing load balancer and two EFS volumes. The bench prints what a run made beside these,
// and the difference per operation. Registry HTTP requests (HEAD on a content tag, pushes) are not AWS API
// calls and are not counted by the action.
export type Scenario =
  | 'plan, new stack'
  | 'deploy, new stack'
  | 'plan, nothing changed'
  | 'deploy, nothing changed'
  | 'plan, one service changed'
  | 'deploy, one service changed';

export type Floor = Record<string, { calls: number; why: string }>;

const images: Floor = {
  'ECR.GetAuthorizationToken': { calls: 1, why: 'the registry login, to ask for each content tag' },
  'ECR.DescribeRepositories': { calls: 1, why: 'every repository in one call' },
};

/** What an existing stack's no-op costs: everything a no-change verdict reads, once. */
const readStack: Floor = {
  'CloudFormation.DescribeStacks': {
    calls: 1,
    why: 'status, parameters, tags, role, topics and URL outputs, read once',
  },
  'CloudFormation.GetTemplate': {
    calls: 1,
    why: 'the deployed template, for the diff and the no-change check',
  },
  'SecretsManager.GetSecretValue': { calls: 1, why: 'the stored secret, compared in one read' },
};

const changeSet: Floor = {
  'CloudFormation.CreateChangeSet': { calls: 1, why: 'the plan' },
  'CloudFormation.DescribeChangeSet': { calls: 1, why: 'its changes once computed' },
};

const execute: Floor = {
  'CloudFormation.ExecuteChangeSet': { calls: 1, why: 'the deploy' },
  'CloudFormation.DescribeStackEvents': { calls: 1, why: 'the operation’s events, one page' },
  'CloudFormation.ListStackResources': {
    calls: 1,
    why: 'the ECS services to follow and their task definitions',
  },
  'ECS.DescribeServices': { calls: 1, why: 'all four services in one read, once their rollouts are done' },
};

/**
 * The cost estimate of a plan that changes something (src/steps/cost.ts): one GetProducts per service code
 * the example bills under; a no-op asks none.
 */
const prices: Floor = {
  'Pricing.GetProducts': {
    calls: 6,
    why: 'the cost estimate: Fargate, load balancer, public IPv4, EFS, CloudWatch Logs and Secrets Manager prices',
  },
};

const newStack: Floor = {
  'CloudFormation.DescribeStacks': { calls: 1, why: 'the stack does not exist' },
  'EC2.DescribeVpcs': { calls: 1, why: 'the default VPC (nothing deployed answers it)' },
  'EC2.DescribeSubnets': { calls: 1, why: 'its public subnets' },
  'EFS.DescribeFileSystems': { calls: 1, why: 'volumes a deleted stack of the same name retained' },
};

const plus = (a: Floor, b: Floor): Floor => {
  const out: Floor = { ...a };
  for (const [op, f] of Object.entries(b))
    out[op] = out[op] ? { calls: out[op].calls + f.calls, why: `${out[op].why}; ${f.why}` } : f;
  return out;
};

export const FLOORS: Record<Scenario, Floor> = {
  'plan, new stack': plus(plus(plus(plus(images, newStack), changeSet), prices), {
    'ECR.CreateRepository': { calls: 4, why: 'one per built service' },
    'SecretsManager.DescribeSecret': { calls: 1, why: 'the secret does not exist yet' },
    'STS.GetCallerIdentity': { calls: 1, why: 'the ARN the secret will have' },
    'CloudFormation.DeleteChangeSet': { calls: 1, why: 'a plan leaves no change set' },
    'CloudFormation.DeleteStack': { calls: 1, why: 'nor the empty stack a CREATE change set makes' },
    'CloudFormation.DescribeStacks': { calls: 1, why: 'its deletion has finished' },
  }),
  'deploy, new stack': plus(plus(plus(plus(plus(images, newStack), changeSet), execute), prices), {
    'SecretsManager.DescribeSecret': { calls: 1, why: 'the secret does not exist yet' },
    'SecretsManager.CreateSecret': { calls: 1, why: 'its ARN, before the change set' },
    'SecretsManager.PutSecretValue': { calls: 1, why: 'its value, just before executing' },
    'CloudFormation.DescribeStacks': { calls: 1, why: 'CREATE_COMPLETE, with the URL outputs' },
  }),
  'plan, nothing changed': plus(images, readStack),
  'deploy, nothing changed': plus(images, readStack),
  'plan, one service changed': plus(plus(plus(plus(images, readStack), changeSet), prices), {
    'CloudFormation.DeleteChangeSet': { calls: 1, why: 'a plan leaves no change set' },
  }),
  'deploy, one service changed': plus(plus(plus(plus(images, readStack), changeSet), prices), {
    ...execute,
    'CloudFormation.DescribeStacks': { calls: 1, why: 'UPDATE_COMPLETE, with the URL outputs' },
  }),
};

/** What the emulator does differently from AWS (read from the stack it holds after the runs). */
export interface EmulatorCaveats {
  /** moto returns a List parameter as a Python list repr, never equal to the comma-separated value given. */
  listParametersAsRepr: boolean;
  /** moto leaves the URL outputs empty, so the URLs are read from the load balancers. */
  noUrlOutputs: boolean;
}

/** The floor on the emulator: AWS's, plus what each caveat costs a run that is correct on AWS. */
export function emulatorFloor(scenario: Scenario, caveats: EmulatorCaveats): Floor {
  let floor = FLOORS[scenario];
  const unchanged = scenario.endsWith('nothing changed');
  const existing = unchanged || scenario.endsWith('one service changed');
  if (caveats.listParametersAsRepr && existing)
    floor = plus(floor, {
      'EC2.DescribeVpcs': { calls: 1, why: 'the stack’s subnet values are not an id list: looked up' },
      'EC2.DescribeSubnets': { calls: 1, why: 'the same' },
    });
  if (caveats.listParametersAsRepr && unchanged)
    floor = plus(floor, {
      'CloudFormation.CreateChangeSet': { calls: 1, why: 'the parameters never compare equal' },
      'CloudFormation.DescribeChangeSet': { calls: 1, why: 'the change set says: no changes' },
      'CloudFormation.DeleteChangeSet': { calls: 1, why: 'and is removed' },
    });
  if (caveats.noUrlOutputs && scenario.startsWith('deploy'))
    floor = plus(floor, {
      'CloudFormation.ListStackResources': { calls: 1, why: 'the load balancers, for the URLs' },
      'ELBv2.DescribeLoadBalancers': { calls: 1, why: 'their DNS names' },
    });
  return floor;
}

/** Calls above the floor per operation (negative where a run needed fewer than the floor assumes). */
export function surplus(actual: Record<string, number>, floor: Floor): Record<string, number> {
  const out: Record<string, number> = {};
  for (const op of new Set([...Object.keys(actual), ...Object.keys(floor)])) {
    const d = (actual[op] ?? 0) - (floor[op]?.calls ?? 0);
    if (d) out[op] = d;
  }
  return out;
}
