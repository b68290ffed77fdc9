import type { Project } from '../compose/model.js';
import type { Ec2Capacity } from '../aws/edge.js';
import type { Logger } from '../log.js';
import type { ParameterSource } from '../template/convert.js';
import type { GpuSummary } from '../template/gpu-summary.js';
import { VPC_PARAM, SUBNETS_PARAM } from '../template/network.js';
import { checkGpuNetwork, gpuQuotaNote } from './gpu-preflight.js';
import { fileSecretParameters } from './file-secrets.js';
import { NETWORK_TAG, stackNetwork } from './network-record.js';
import type { NetworkRequest } from './parameters.js';
import type { ParameterResolver } from './plan.js';
import { efsFinder, retainedFileSystemParameters } from './retained-volumes.js';

export interface AccountParameterRequest {
  stackName: string;
  project: Project;
  /** What the converter left for the plan to fill in. */
  sources: ParameterSource[];
  /** A plan stores nothing; a deploy creates the secrets it needs (without content until it executes). */
  mode: 'plan' | 'deploy';
  environment: Record<string, string | undefined>;
  network: NetworkRequest;
  /** parameter-overrides, checked against the template beforehand. */
  overrides: Record<string, string>;
  /** force-change-set: look the network up as on a new stack, never take it from the stack. */
  forceLookup?: boolean;
  /** x-aws-domain: the hosted zone id per parameter, found before anything was built (hosted-zones.ts). */
  hostedZones?: Record<string, string>;
  /** The GPU services' EC2 capacity (template/gpu-summary.ts): their network and quota are checked. */
  gpu?: GpuSummary[];
  /** Where a sentence for the plan goes (the report's warnings). */
  say?: (note: string) => void;
}

/**
 * The parameters of a new release, from the account: network lookups, file systems a deleted stack
 * retained, and file secrets (last, so nothing after it can fail once a secret was created).
 */
export function accountParameters(request: AccountParameterRequest): ParameterResolver {
  return async (state, aws, logger) => {
    // The network as the stack runs it when the inputs ask for the same one (network-record.ts).
    const network = await stackNetwork(
      aws.network,
      request.sources,
      request.network,
      state.parameters && state.settings && !request.forceLookup
        ? { parameters: state.parameters, tags: state.settings.tags }
        : undefined,
    );
    if (network.reused)
      logger.info(
        'VPC and subnets: as the stack runs them (the network inputs are unchanged; nothing looked up)',
      );
    if (request.gpu?.length) await checkGpuCapacity(aws.capacity, request, network.values, logger);
    const fromAccount = {
      ...network.values,
      ...request.hostedZones,
      ...(await retainedFileSystemParameters(
        efsFinder(aws.fileSystems),
        request.sources,
        {
          project: request.project.name,
          stack: request.stackName,
          isNew: state.isNew,
          ...(state.parameters ? { current: state.parameters } : {}),
        },
        logger,
      )),
    };
    const secrets = await fileSecretParameters(
      request.project,
      request.environment,
      request.stackName,
      request.sources,
      request.mode,
      { secrets: aws.secrets, identity: aws.identity, logger },
      state.parameters ?? {},
    );
    return {
      values: { ...request.overrides, ...fromAccount, ...secrets.parameters },
      secrets,
      ...(network.tag ? { tags: { [NETWORK_TAG]: network.tag } } : {}),
    };
  };
}

/** GPU services: refuse subnets their tasks cannot pull from, and say what the vCPU quota allows. */
async function checkGpuCapacity(
  capacity: Ec2Capacity,
  request: AccountParameterRequest,
  values: Record<string, string>,
  logger: Logger,
): Promise<void> {
  const gpu = request.gpu ?? [];
  const vpcId = values[VPC_PARAM];
  const subnetIds = (values[SUBNETS_PARAM] ?? '').split(',').filter(Boolean);
  if (vpcId && subnetIds.length)
    await checkGpuNetwork(
      capacity,
      vpcId,
      subnetIds,
      gpu.map((s) => s.service),
    );
  const note = await gpuQuotaNote(capacity, gpu);
  logger.info(note);
  request.say?.(note);
}
