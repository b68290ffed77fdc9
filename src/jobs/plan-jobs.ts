// The plan's decision per job: runs once (new, changed, or its last run did not succeed) or is not rerun.
import type { StackPlan } from '../deploy/plan.js';
import type { Candidate } from '../steps/candidate.js';
import type { StepContext } from '../steps/context.js';
import { succeededJobs } from './job-records.js';
import { jobFingerprint, jobSpecs, planJobs, type JobPlan } from './phases.js';

export async function planJobsOf(
  ctx: StepContext,
  candidate: Candidate,
  plan: StackPlan,
): Promise<JobPlan[]> {
  const names = Object.keys(jobSpecs(candidate.template));
  if (!names.length) return [];
  const fingerprints = Object.fromEntries(
    names.map((name) => [name, jobFingerprint(candidate.template, plan.parameters, name)]),
  );
  // A rollback replays a recorded release: what its jobs ran before is no reason to skip them now.
  const rollback = candidate.restored ?? false;
  const succeeded =
    rollback || !plan.before
      ? new Set<string>()
      : await succeededJobs(ctx.aws.parameters, candidate.stackName, fingerprints).catch((err: Error) => {
          ctx.logger.warning(
            `could not read which jobs last succeeded (${err.message}): a job whose inputs did not change runs again`,
          );
          return new Set<string>();
        });
  const jobs = planJobs({
    before: plan.before,
    after: candidate.template,
    beforeParameters: deployedParameters(plan),
    afterParameters: plan.parameters,
    rollback,
    succeeded,
  });
  for (const j of jobs) ctx.logger.info(`job ${j.name}: ${j.run ? 'runs' : 'does not run'} (${j.why})`);
  return jobs;
}

/** The parameter values the stack runs with now (DescribeStacks). */
export function deployedParameters(plan: StackPlan): Record<string, string> {
  return Object.fromEntries(
    (plan.stack?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
  );
}
