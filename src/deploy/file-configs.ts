// Stores the content of compose configs in SSM Parameter Store at deploy time, never in the template.
// Each parameter is named after a hash of its config's content (template/configs.ts), so it is written
// once and never changed: a run stores only what no earlier run stored, and the tasks of a release keep
// reading the content they were started with, also after a rollback.
import type { ParameterStore } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import type { Project } from '../compose/model.js';
import type { Logger } from '../log.js';
import { configChunks, storedConfigPrefix, storedConfigs } from '../template/configs.js';

export interface FileConfigDeps {
  parameters: ParameterStore;
  logger: Logger;
}

/**
 * Creates the parameters the change set's task definitions read and that do not exist yet: call it
 * once the change set is ready, just before it executes. Standard-tier String parameters (no charge,
 * no KMS key for the execution role to use); PutParameter without Overwrite never replaces content
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html).
 */
export async function writeFileConfigs(
  project: Project,
  stackName: string,
  deps: FileConfigDeps,
): Promise<void> {
  const prefix = storedConfigPrefix(stackName);
  for (const config of storedConfigs(project)) {
    const chunks = configChunks(config).flatMap((f) => f.chunks);
    if (chunks.length === 0) continue;
    const names = chunks.map((c) => `${prefix}${c.name}`);
    const existing = await call(`SSM GetParameters for config ${config.name}`, () =>
      deps.parameters.existing(names),
    );
    const missing = chunks.filter((c) => !existing.has(`${prefix}${c.name}`));
    for (const c of missing)
      await call(`storing config ${config.name} in SSM Parameter Store`, () =>
        deps.parameters.create({
          name: `${prefix}${c.name}`,
          value: c.value,
          description: `compose config ${config.name} of stack ${stackName}, stored by compose-ecs`,
          tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
        }),
      );
    if (missing.length > 0)
      deps.logger.info(
        `stored config ${config.name} in SSM Parameter Store (${missing.length} parameter${missing.length > 1 ? 's' : ''})`,
      );
  }
}

async function call<T>(what: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw awsFailure(what, err);
  }
}
