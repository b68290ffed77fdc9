import type { Stack } from '@aws-sdk/client-cloudformation';
import { discardPlan, planStack, type PlanRequest, type StackPlan } from '../deploy/plan.js';
import { planJobsOf } from '../jobs/plan-jobs.js';
import type { JobPlan } from '../jobs/phases.js';
import { stackUrls } from '../deploy/outputs.js';
import { diffTemplates } from '../report/template-diff.js';
import type { Candidate } from './candidate.js';
import { estimateStackCost } from './cost.js';
import type { StepContext } from './context.js';
import type { RunOutputs } from './result.js';
import type { DayTwoFinding } from '../deploy/day-two.js';
import { findingLines, reviewSecondDeploy } from './day-two.js';

export interface Planned {
  candidate: Candidate;
  plan: StackPlan;
  /** What the run has produced once planned (the jobs' phase 1 may name the stack it creates). */
  result: RunOutputs;
  /** What the change does to the running stack; a blocking one stops a deploy before it executes. */
  findings: DayTwoFinding[];
  /** The project's jobs and whether this run runs each (src/jobs/). */
  jobs: JobPlan[];
}

/** Plans a candidate as a change set (or finds nothing to change), and says what the plan found. */
export async function planCandidate(
  ctx: StepContext,
  candidate: Candidate,
  /** A plan removes what it made (a new stack's too); a deploy goes on to execute it. */
  intent: 'plan' | 'deploy',
): Promise<Planned> {
  const { aws, logger } = ctx;
  const region = await aws.identity.region().catch(() => undefined);
  await ctx.emit({ kind: 'region-read', region });
  const plan = await ctx.step(
    'plan',
    () => planStack(stackPlanRequest(ctx, candidate, intent), aws, logger, ctx.poll),
    candidate.stackName,
  );
  // What is planned and recorded is the template reconciled with the deployed one.
  candidate.template = plan.template;
  candidate.body = plan.body;
  const findings = await reviewSecondDeploy(ctx, candidate, plan);
  const diff = diffTemplates(plan.before, candidate.template, contentKeysOf(candidate.images));
  diff.security.unshift(...findingLines(findings));
  const { outcome } = plan;
  const unread = plan.secrets.comparedAtDeploy ?? [];
  if (unread.length)
    await ctx.emit({
      kind: 'warning',
      text: `secret${unread.length > 1 ? 's' : ''} ${unread.join(', ')}: contents compared at deploy, not by this plan (a plan reads no secret value); changed contents give the services that use ${unread.length > 1 ? 'them' : 'it'} a new task definition revision then`,
    });
  if (outcome.kind === 'preview') logger.warning(outcome.reason);
  else
    logger.info(
      outcome.kind === 'ready'
        ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
        : `no changes: ${outcome.reason}`,
    );
  // A plan that changes nothing costs no Price List calls (the no-op deploy stays at its floor).
  const cost =
    outcome.kind === 'no-changes'
      ? undefined
      : await estimateStackCost(ctx, plan.before, candidate.template, plan.parameters, region);
  await ctx.emit({
    kind: 'planned',
    ...(cost ? { cost } : {}),
    changeSetType: plan.type,
    changeSetName: plan.changeSetName,
    diff,
    hasChanges: outcome.kind !== 'no-changes',
    ...(outcome.kind !== 'no-changes' ? { changes: outcome.changes } : {}),
    ...(outcome.kind === 'preview' ? { warning: outcome.reason } : {}),
  });
  const jobs = await planJobsOf(ctx, candidate, plan);
  if (jobs.length) await ctx.emit({ kind: 'jobs-planned', jobs });
  const result: RunOutputs = {
    // A plan of a new stack removes the stack it created: there is no stack to name.
    stackId: intent === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
    changeSetId: outcome.changeSetId,
    hasChanges: outcome.kind !== 'no-changes',
    images: candidate.images,
    ...(candidate.templatePath ? { templatePath: candidate.templatePath } : {}),
    ...(candidate.conversion ? { conversion: candidate.conversion } : {}),
  };
  // From here on, a failure still sets the stack, change set and images as outputs.
  ctx.know(result);
  return { candidate, plan, findings, jobs, result };
}

/** What planStack gets for a candidate (the jobs' two phases reuse it with their own template). */
export function stackPlanRequest(
  ctx: StepContext,
  candidate: Candidate,
  intent: 'plan' | 'deploy',
): PlanRequest {
  const { options, clock } = ctx;
  return {
    stackName: candidate.stackName,
    template: candidate.template,
    body: candidate.body,
    parameters: candidate.parameters,
    mode: intent,
    description: `compose-ecs ${options.mode} of ${candidate.project}`,
    templateBucket: options.templateBucket,
    region: ctx.report().region ?? '',
    tags: {
      ...options.stack?.tags,
      'com.docker.compose.project': candidate.project,
      ...options.tags,
      // The stack names the commit it runs (a rollback: the restored one).
      ...(candidate.sha ? { 'compose-ecs:sha': candidate.sha } : {}),
    },
    stack: options.stack ?? {},
    ...(candidate.preflight ? { preflight: candidate.preflight } : {}),
    forceChangeSet: options.forceChangeSet ?? false,
    now: new Date(clock.now()),
  };
}

/** Built images by URI → the content key (`src-…` tag) they were built under. */
function contentKeysOf(images: Candidate['images']): Record<string, string> {
  return Object.fromEntries(
    images.filter((i) => i.tag?.startsWith('src-')).map((i) => [i.uri, i.tag!] as const),
  );
}

/** A plan never leaves a change set behind; the next run computes a fresh one. */
export async function discardPlanned(ctx: StepContext, planned: Planned): Promise<void> {
  await ctx.step('discard', () => discardPlan(ctx.aws, planned.plan, ctx.poll, ctx.logger));
}

/** The URLs are a convenience: failing to read them never fails a deploy that succeeded. */
export function serviceUrls(
  ctx: StepContext,
  planned: Planned,
  stackId: string,
  /** A reading of the stack as it stands now, instead of another DescribeStacks. */
  known?: Stack,
): Promise<Record<string, string>> {
  return stackUrls(ctx.aws, stackId, planned.candidate.template, known).catch((err: Error) => {
    ctx.logger.warning(`could not read the service URLs: ${err.message}`);
    return {};
  });
}
