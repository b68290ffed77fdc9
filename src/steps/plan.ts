import type { Stack } from '@aws-sdk/client-cloudformation';
import { discardPlan, planStack, type PlanRequest, type StackPlan } from '../deploy/plan.js';
import { planJobsOf } from '../jobs/plan-jobs.js';
import type { JobPlan } from '../jobs/phases.js';
import { stackUrls } from '../deploy/outputs.js';
import { diffTemplates } from '../report/template-diff.js';
import type { Candidate } from './candidate.js';
import { estimateStackCost } from './cost.js';
import type { StepContext } from './context.js';
import type { RunResult } from './result.js';
import type { DayTwoFinding } from '../deploy/day-two.js';
import { findingLines, reviewSecondDeploy } from './day-two.js';

export interface Planned {
  candidate: Candidate;
  plan: StackPlan;
  result: RunResult;
  /** What the change does to the running stack; a blocking one stops a deploy before it executes. */
  findings: DayTwoFinding[];
  /** The project's jobs and whether this run runs each (src/jobs/). */
  jobs: JobPlan[];
}

/** Plans a candidate as a change set (or finds nothing to change) and puts the plan into its report. */
export async function planCandidate(ctx: StepContext, candidate: Candidate): Promise<Planned> {
  const { options, aws, logger } = ctx;
  const { report } = candidate;
  report.region = await aws.identity.region().catch(() => undefined);
  const mode = options.mode === 'plan' ? 'plan' : 'deploy';
  const plan = await logger.group(`plan stack ${candidate.stackName}`, () =>
    planStack(stackPlanRequest(ctx, candidate, mode), aws, logger, ctx.poll),
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
    report.warnings.push(
      `secret${unread.length > 1 ? 's' : ''} ${unread.join(', ')}: contents compared at deploy, not by this plan (a plan reads no secret value); changed contents give the services that use ${unread.length > 1 ? 'them' : 'it'} a new task definition revision then`,
    );
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
      : await estimateStackCost(ctx, plan.before, candidate.template, plan.parameters, report.region);
  await ctx.emit(report, {
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
  if (jobs.length) await ctx.emit(report, { kind: 'jobs-planned', jobs });
  return {
    candidate,
    plan,
    findings,
    jobs,
    result: {
      report,
      // A plan of a new stack removes the stack it created: there is no stack to name.
      stackId: mode === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
      changeSetId: outcome.changeSetId,
      hasChanges: outcome.kind !== 'no-changes',
      images: candidate.images,
      ...(candidate.templatePath ? { templatePath: candidate.templatePath } : {}),
      ...(candidate.conversion ? { conversion: candidate.conversion } : {}),
    },
  };
}

/** What planStack gets for a candidate (the jobs' two phases reuse it with their own template). */
export function stackPlanRequest(
  ctx: StepContext,
  candidate: Candidate,
  mode: 'plan' | 'deploy',
): PlanRequest {
  const { options, clock } = ctx;
  const { report } = candidate;
  return {
    stackName: candidate.stackName,
    template: candidate.template,
    body: candidate.body,
    parameters: candidate.parameters,
    mode,
    description: `compose-ecs ${options.mode} of ${candidate.project}`,
    templateBucket: options.templateBucket,
    region: report.region ?? '',
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
  await discardPlan(ctx.aws, planned.plan, ctx.poll, ctx.logger);
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
