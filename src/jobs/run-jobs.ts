// The deploy of a release whose jobs run (docs/mapping.md, "Jobs"): the reviewed change set cannot execute
// before them, so it is replaced by two from the same plan. Phase 1 applies everything but the services that
// wait for the jobs (and follows the rollout of the services the jobs wait for); the jobs run, in order, each
// as one task; phase 2 applies the release's own template, so the stack ends exactly as the plan reviewed.
// A job that fails stops the deploy before phase 2: the waiting services never roll.
import { deleteChangeSet } from '../deploy/change-set.js';
import { deployChangeSet } from '../deploy/deploy.js';
import { isCancelled } from '../runtime/cancellation.js';
import { planStack, type StackPlan } from '../deploy/plan.js';
import { deleteStack } from '../deploy/stack.js';
import { UserError } from '../errors.js';
import { compactBody } from '../steps/convert.js';
import type { JobSpec } from '../template/jobs.js';
import type { Template } from '../template/types.js';
import type { StepContext } from '../steps/context.js';
import { stackPlanRequest, type Planned } from '../steps/plan.js';
import { recordSuccess } from './job-records.js';
import { jobFingerprint, jobSpecs, phaseOneTemplate, type JobPlan } from './phases.js';
import { deployedParameters } from './plan-jobs.js';
import { resolveJob } from './resolve.js';
import { runTaskToEnd, type TaskOutcome } from './run-task.js';

type Progress = Parameters<typeof deployChangeSet>[4];

/** What is left to execute once the jobs succeeded: phase 2's change set, or nothing when it changes nothing. */
export type PhaseTwo =
  { stackId: string; changeSetId: string } | { stackId: string; changeSetId?: undefined };

export async function runJobsFirst(
  ctx: StepContext,
  planned: Planned,
  progress: Progress,
): Promise<PhaseTwo> {
  const { aws, logger, options } = ctx;
  const { plan, candidate } = planned;
  const specs = jobSpecs(candidate.template);
  const running = planned.jobs.filter((j) => j.run);
  if (plan.outcome.changeSetId) await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
  // A new stack: the empty stack the reviewed change set made goes with it, and phase 1 creates the stack.
  if (plan.type === 'CREATE' && plan.outcome.stackId)
    await deleteStack(aws.stacks, plan.outcome.stackId, ctx.poll);
  const first = phaseOneTemplate({
    before: plan.before,
    after: candidate.template,
    holds: running.flatMap((j) => specs[j.name]!.Holds),
    deployedParameters: deployedParameters(plan),
    parameters: plan.parameters,
  });
  const one = await phase(ctx, planned, first.template, first.parameters, 'before jobs');
  let stackId = one.outcome.stackId ?? plan.stackId;
  if (one.outcome.kind === 'ready') {
    stackId = one.outcome.stackId;
    await deployChangeSet(
      aws,
      {
        ...one.outcome,
        stackName: candidate.stackName,
        template: first.template,
        disableRollback: options.stack?.disableRollback,
      },
      logger,
      ctx.poll,
      progress,
      ctx.step,
    );
  }
  if (!stackId) throw new Error(`internal: no stack after phase 1 of ${candidate.stackName}`);
  // What the run reports as its stack (outputs, release record): the one phase 1 made, for a new stack.
  planned.result.stackId = stackId;
  const physical = new Map(
    (await aws.stacks.resources(stackId)).map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']),
  );
  for (const job of running)
    await ctx.step(
      'job',
      () => runJob(ctx, planned, job, specs[job.name]!, { physical, parameters: first.parameters }),
      job.name,
    );
  const two = await phase(ctx, planned, candidate.template, plan.parameters, 'after jobs');
  return two.outcome.kind === 'ready'
    ? { stackId: two.outcome.stackId, changeSetId: two.outcome.changeSetId }
    : { stackId };
}

/** A change set of one phase, with the plan's parameter values and tags (no new secrets: already stored). */
function phase(
  ctx: StepContext,
  planned: Planned,
  template: Template,
  values: Record<string, string>,
  what: string,
): Promise<StackPlan> {
  // The run's first reading of the stack is stale once phase 1 ran: each phase reads the stack afresh.
  const { preflight: _stale, ...request } = stackPlanRequest(ctx, planned.candidate, 'deploy');
  const tags = planned.plan.tags ?? {};
  return ctx.step(
    'plan',
    () =>
      planStack(
        {
          ...request,
          template,
          body: template === planned.candidate.template ? planned.candidate.body : compactBody(template),
          parameters: async () => ({ values, secrets: { parameters: {}, writes: [], created: [] }, tags }),
          description: `${request.description} (${what})`,
          forceChangeSet: false,
          now: new Date(ctx.clock.now()),
        },
        ctx.aws,
        ctx.logger,
        ctx.poll,
      ),
    `${planned.candidate.stackName} (${what})`,
  );
}

/** Runs one job to its end, with the retries its restart policy allows; throws when it did not succeed. */
async function runJob(
  ctx: StepContext,
  planned: Planned,
  job: JobPlan,
  spec: JobSpec,
  lookup: Parameters<typeof resolveJob>[2],
): Promise<void> {
  const target = resolveJob(job.name, spec, lookup);
  let last: TaskOutcome | undefined;
  for (let attempt = 1; attempt <= spec.Attempts; attempt++) {
    await ctx.emit({ kind: 'job', name: job.name, state: 'running', attempt });
    try {
      last = await runTaskToEnd(
        ctx.aws,
        {
          ...target,
          // startedBy takes at most 36 characters.
          startedBy: `compose-ecs job ${job.name}`.slice(0, 36),
          container: spec.Container,
          what: `job ${job.name}`,
        },
        ctx.poll,
        (task) => ctx.emit({ kind: 'job', name: job.name, state: 'running', taskId: task.taskId, attempt }),
      );
    } catch (err) {
      await ctx.emit({
        kind: 'job',
        name: job.name,
        state: isCancelled(err) ? 'cancelled' : 'failed',
      });
      throw err;
    }
    ctx.logger.info(`job ${job.name}: task ${last.taskId} exited with ${last.exitCode ?? 'no exit code'}`);
    if (last.exitCode === 0) {
      await ctx.emit({ kind: 'job', name: job.name, state: 'succeeded', exitCode: 0 });
      await record(ctx, planned, job.name, last.taskArn);
      return;
    }
    await ctx.emit({
      kind: 'job',
      name: job.name,
      state: 'failed',
      ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
    });
  }
  throw jobFailure(job, last!, spec.Attempts);
}

async function record(ctx: StepContext, planned: Planned, job: string, taskArn: string): Promise<void> {
  const { candidate, plan } = planned;
  await recordSuccess(ctx.aws.parameters, {
    stackName: candidate.stackName,
    project: candidate.project,
    job,
    fingerprint: jobFingerprint(candidate.template, plan.parameters, job),
    taskArn,
    at: new Date(ctx.clock.now()),
  }).catch((err: Error) =>
    // Already recorded (the same job succeeded before), or not allowed: the next deploy at worst reruns it.
    ctx.logger.debug(`job ${job}: success not recorded: ${err.message}`),
  );
}

/** The deploy's failure: the exit code and the last lines, as the PR comment shows them ("Why the task stopped"). */
function jobFailure(job: JobPlan, outcome: TaskOutcome, attempts: number): Error {
  const how =
    outcome.exitCode !== undefined
      ? `exited with code ${outcome.exitCode}`
      : `did not run (${outcome.reason ?? 'no reason given'})`;
  const waiting = job.before.length ? `; ${job.before.join(', ')} (waiting for it) not rolled out` : '';
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  const lines = [
    `job ${job.name}: task ${outcome.taskId} ${how}${outcome.reason && outcome.exitCode !== undefined ? ` (${outcome.reason})` : ''}`,
  ];
  if (outcome.lastLines.length) {
    lines.push(`  last ${outcome.lastLines.length} lines of ${job.name}:`);
    for (const l of outcome.lastLines) lines.push(`    ${l}`);
  }
  // A failed job is the deploy's own outcome, not an internal error: said once, with its lines.
  return new JobFailed(`job ${job.name} ${how}${tries}${waiting}`, lines.join('\n'));
}

/** A job that failed: the deploy's own outcome, with its exit code and last lines as the diagnosis. */
export class JobFailed extends UserError {
  constructor(
    message: string,
    readonly diagnosis: string,
  ) {
    super(message);
    this.name = 'JobFailed';
  }
}
