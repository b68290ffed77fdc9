import { createAwsClients, type AwsClientOptions, type AwsClients } from './clients.js';
import type { AwsEdge } from './edge.js';
import { sdkFileSystems, sdkIdentity, sdkNetwork, sdkTemplates } from './sdk/account.js';
import { sdkChangeSets, sdkStackEvents, sdkStacks } from './sdk/cloudformation.js';
import { sdkServices } from './sdk/ecs.js';
import { sdkLogs } from './sdk/logs.js';
import { sdkRegistry } from './sdk/registry.js';
import { sdkParameters } from './sdk/parameters.js';
import { sdkSecrets } from './sdk/secrets.js';

export interface AwsEdgeOptions extends AwsClientOptions {
  /** The HTTP client for the registry API (the global fetch by default). */
  fetch?: typeof fetch;
}

/** The pipeline's AWS edge over the SDK v3 clients (one place builds them; calls are counted per operation). */
export function createAwsEdge(
  options: AwsEdgeOptions = {},
  clients: AwsClients = createAwsClients(options),
): AwsEdge {
  return {
    stacks: sdkStacks(clients.cloudformation),
    changeSets: sdkChangeSets(clients.cloudformation),
    events: sdkStackEvents(clients.cloudformation),
    services: sdkServices(clients.ecs, clients.elbv2),
    secrets: sdkSecrets(clients.secretsManager),
    parameters: sdkParameters(clients.ssm),
    registry: sdkRegistry(clients.ecr, options.fetch ?? fetch),
    logs: sdkLogs(clients.logs),
    network: sdkNetwork(clients.ec2),
    fileSystems: sdkFileSystems(clients.efs),
    templates: sdkTemplates(clients.s3),
    identity: sdkIdentity(clients.sts, clients.region),
    calls: clients.calls,
  };
}
