// The plan step's second-deploy review: what the change would do to the running stack that a change
// set alone does not say (deploy/day-two.ts finds it), written into the plan's security-sensitive
// section, and what must stop a deploy before it executes.
import { dayTwoFindings, type DayTwoFinding } from '../deploy/day-two.js';
import type { StackPlan } from '../deploy/plan.js';
import { UserError } from '../errors.js';
import type { SecurityChange } from '../report/security-changes.js';
import type { Candidate } from './candidate.js';
import type { StepContext } from './context.js';

/** The findings of a plan of an existing stack; none for a new one. */
export async function reviewSecondDeploy(
  ctx: StepContext,
  candidate: Candidate,
  plan: StackPlan,
): Promise<DayTwoFinding[]> {
  if (!plan.before) return [];
  const context = {
    // A rollback restores a template that ran before: its load balancer type is not a side effect.
    ...(candidate.conversion ? { loadBalancer: candidate.conversion.loadBalancer ?? noLoadBalancer } : {}),
    allowVolumeReplacement: ctx.options.allowVolumeReplacement ?? [],
    parameters: plan.parameters,
  };
  let findings = dayTwoFindings(plan.before, plan.template, context);
  if (!candidate.conversion) findings = findings.filter((f) => f.kind !== 'load-balancer-type');
  if (findings.some((f) => f.kind === 'data-replaced') && plan.stackId) {
    // The retained file system is named by its id: read once, only when there is one to name.
    const physicalIds = Object.fromEntries(
      (await ctx.aws.stacks.resources(plan.stackId).catch(() => []))
        .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
        .map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
    );
    findings = dayTwoFindings(plan.before, plan.template, { ...context, physicalIds }).filter(
      (f) => candidate.conversion || f.kind !== 'load-balancer-type',
    );
  }
  for (const f of findings) (f.blocking ? ctx.logger.warning : ctx.logger.info)(f.message);
  return findings;
}

/** A template without a created load balancer: its type is not inferred from anything. */
const noLoadBalancer = { type: 'network', explicit: true, cause: 'no load balancer' } as const;

/** Findings as lines of the plan's security-sensitive section, flagged when they stop a deploy. */
export function findingLines(findings: DayTwoFinding[]): SecurityChange[] {
  return findings.map((f) => ({
    kind: 'day-two',
    change: 'added',
    resource: f.resource,
    text: f.message,
    ...(f.blocking ? { flag: 'stops the deploy before it executes' } : {}),
  }));
}

/** The error a deploy stops with, naming every cause and the way through. */
export function secondDeployStop(findings: DayTwoFinding[]): UserError | undefined {
  const blocking = findings.filter((f) => f.blocking);
  if (!blocking.length) return undefined;
  return new UserError(
    `the deploy stops before executing (nothing was changed):\n${blocking.map((f) => `  - ${f.message}`).join('\n')}`,
  );
}
