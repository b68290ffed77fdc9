import { createAwsClients, type AwsClientOptions, type AwsClients } from './clients.js';
import type { AwsEdge } from './edge.js';
import { lazyPort, once } from './once.js';

export interface AwsEdgeOptions extends AwsClientOptions {
  /** The HTTP client for the registry API (the global fetch by default). */
  fetch?: typeof fetch;
}

/**
 * The pipeline's AWS edge over the SDK v3 clients (one place builds them; calls are counted per operation).
 * Each port's adapter, its SDK package and its client load on the port's first call (src/aws/once.ts), so a
 * run reads only the SDK code of the services it calls.
 */
export function createAwsEdge(
  options: AwsEdgeOptions = {},
  clients: AwsClients = createAwsClients(options),
): AwsEdge {
  const cloudformation = once(() => import('./sdk/cloudformation.js'));
  const identity = once(async () =>
    (await import('./sdk/identity.js')).sdkIdentity(await clients.sts(), clients.region),
  );
  return {
    stacks: lazyPort(async () => (await cloudformation()).sdkStacks(await clients.cloudformation())),
    changeSets: lazyPort(async () => (await cloudformation()).sdkChangeSets(await clients.cloudformation())),
    events: lazyPort(async () => (await cloudformation()).sdkStackEvents(await clients.cloudformation())),
    services: lazyPort(async () =>
      (await import('./sdk/ecs.js')).sdkServices(await clients.ecs(), await clients.elbv2()),
    ),
    tasks: lazyPort(async () => (await import('./sdk/one-off-tasks.js')).sdkOneOffTasks(await clients.ecs())),
    secrets: lazyPort(async () =>
      (await import('./sdk/secrets.js')).sdkSecrets(await clients.secretsManager()),
    ),
    parameters: lazyPort(async () =>
      (await import('./sdk/parameters.js')).sdkParameters(await clients.ssm()),
    ),
    registry: lazyPort(async () =>
      (await import('./sdk/registry.js')).sdkRegistry(await clients.ecr(), options.fetch ?? fetch),
    ),
    logs: lazyPort(async () => (await import('./sdk/logs.js')).sdkLogs(await clients.logs())),
    network: lazyPort(async () => (await import('./sdk/network.js')).sdkNetwork(await clients.ec2())),
    capacity: lazyPort(async () =>
      (await import('./sdk/capacity.js')).sdkCapacity(
        await clients.ec2(),
        await clients.autoScaling(),
        await clients.serviceQuotas(),
      ),
    ),
    fileSystems: lazyPort(async () =>
      (await import('./sdk/file-systems.js')).sdkFileSystems(await clients.efs()),
    ),
    zones: lazyPort(async () =>
      (await import('./sdk/hosted-zones.js')).sdkHostedZones(await clients.route53()),
    ),
    certificates: lazyPort(async () =>
      (await import('./sdk/certificates.js')).sdkCertificates(await clients.acm()),
    ),
    templates: lazyPort(async () => (await import('./sdk/templates.js')).sdkTemplates(await clients.s3())),
    prices: lazyPort(async () => (await import('./sdk/pricing.js')).sdkPriceList(await clients.pricing())),
    // The region needs no STS call (the clients' own resolution): asking for it loads no STS code.
    identity: { account: async () => (await identity()).account(), region: clients.region },
    calls: clients.calls,
  };
}
