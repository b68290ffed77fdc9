// Which job runs succeeded, recorded in SSM Parameter Store under the stack's prefix, one parameter per
// successful fingerprint (`/compose-ecs/STACK/jobs/<job>/<sha256>`): written once, never overwritten (the
// README's policy denies ssm:Overwrite there), removed with the stack's other parameters by destroy.
import type { ParameterStore } from '../aws/edge.js';
import { storedConfigPrefix } from '../template/configs.js';

export function jobRecordName(stackName: string, job: string, fingerprint: string): string {
  return `${storedConfigPrefix(stackName)}jobs/${job}/${fingerprint}`;
}

/** The jobs (of those given, by name → fingerprint) with a recorded successful run. */
export async function succeededJobs(
  parameters: ParameterStore,
  stackName: string,
  fingerprints: Record<string, string>,
): Promise<Set<string>> {
  const names = Object.entries(fingerprints).map(
    ([job, fp]) => [job, jobRecordName(stackName, job, fp)] as const,
  );
  if (!names.length) return new Set();
  const found = new Set<string>();
  // GetParameters takes at most 10 names per call.
  for (let i = 0; i < names.length; i += 10) {
    const existing = await parameters.existing(names.slice(i, i + 10).map(([, n]) => n));
    for (const [job, n] of names.slice(i, i + 10)) if (existing.has(n)) found.add(job);
  }
  return found;
}

export async function recordSuccess(
  parameters: ParameterStore,
  input: { stackName: string; project: string; job: string; fingerprint: string; taskArn: string; at: Date },
): Promise<void> {
  await parameters.create({
    name: jobRecordName(input.stackName, input.job, input.fingerprint),
    value: JSON.stringify({ task: input.taskArn, exitCode: 0, at: input.at.toISOString() }),
    description: `a successful run of job ${input.job} of stack ${input.stackName}, recorded by compose-ecs`,
    tags: { 'com.docker.compose.project': input.project, 'compose-ecs:stack': input.stackName },
  });
}
