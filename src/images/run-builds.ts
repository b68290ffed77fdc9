// Runs builds in parallel, up to a limit. Each build's output is buffered and printed as one group
// when it ends, with its duration, so parallel logs never interleave. After a failure no new build
// starts; the running ones finish (their pushes are complete, content-tagged images, never half a
// state the next run would trust), then the stage fails with the failed build's last lines.
import { isCancelled } from '../runtime/cancellation.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { deniedError } from './ecr.js';
import type { ContainerEngine } from './engine.js';
import type { PreparedBuild } from './prepare-build.js';

export interface BuildResult {
  plan: PreparedBuild;
  digest: string;
  durationMs: number;
}

export async function runBuilds(
  plans: PreparedBuild[],
  engine: ContainerEngine,
  logger: Logger,
  concurrency: number,
  now: () => number = () => performance.now(),
): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  const failures: Array<{ service: string; error: unknown }> = [];
  const queue = [...plans];
  const worker = async () => {
    for (let plan = queue.shift(); plan && !failures.length; plan = queue.shift()) {
      const service = plan.request.service;
      const lines: string[] = [];
      const started = now();
      try {
        const digest = await engine.buildAndPush(plan.request, (line) => lines.push(line));
        const durationMs = now() - started;
        lines.push(`pushed ${plan.request.tags[0]} as ${digest}`);
        await printGroup(logger, `image: ${service} (built and pushed in ${seconds(durationMs)})`, lines);
        results.push({ plan, digest, durationMs });
      } catch (error) {
        const ended = isCancelled(error) ? 'cancelled' : 'failed';
        await printGroup(logger, `image: ${service} (${ended} after ${seconds(now() - started)})`, lines);
        failures.push({ service, error: explainDenied(error, plan) });
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failures.length) {
    const skipped = plans.length - results.length - failures.length;
    if (skipped > 0)
      logger.info(
        `${skipped} build(s) not started after the ${isCancelled(failures[0]!.error) ? 'cancel' : 'failure'}`,
      );
    throw failures[0]!.error;
  }
  return results;
}

async function printGroup(logger: Logger, title: string, lines: string[]): Promise<void> {
  // Build output is the Dockerfile's (a pull request's): never read as workflow commands.
  await logger.group(title, async () => logger.verbatim(lines));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

const PUSH_ACTIONS =
  'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage';

/** A push the registry refused for lack of permission names the repository and the IAM action. */
function explainDenied(error: unknown, plan: PreparedBuild): unknown {
  if (!(error instanceof UserError)) return error;
  if (!/not authorized to perform|^denied:|\bdenied: /im.test(error.message)) return error;
  const line =
    error.message.split('\n').find((l) => /not authorized to perform|denied/i.test(l)) ?? error.message;
  return deniedError(line, PUSH_ACTIONS, plan.repository);
}
