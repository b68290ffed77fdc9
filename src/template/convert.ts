// Orchestrates the conversion of a loaded compose project into a CloudFormation template.
// Pure and deterministic: no I/O, no clock, no randomness; every concern lives in its own file.
import type { LoadedProject } from '../compose/model.js';
import { UserError, type Diagnostic } from '../errors.js';
import { checkQuotas } from './aws-quotas.js';
import { createContext, type Context } from './context.js';
import { serviceStrategies, type ServiceStrategy } from './deployment-strategy.js';
import { JOBS_METADATA, type JobSpec } from './jobs.js';
import { checkLimits } from './limits.js';
import { LB_ID } from './load-balancer.js';
import type { LoadBalancerChoice } from './load-balancer-type.js';
import { resolveOptions, type ConvertOptions } from './options.js';
import { applyOverlay } from './overlay.js';
import { applyPermissionsBoundary } from './permissions-boundary.js';
import { planProject } from './project-plan.js';
import { canonicalTemplate, serialize } from './serialize.js';
import { applyTags } from './tags.js';
import { addTaskResources } from './task-resources.js';
import type { Template } from './types.js';

export type { ConvertOptions } from './options.js';
export { templateBodyTooLarge } from './limits.js';

export interface ParameterSource {
  /** Template parameter name. */
  name: string;
  kind:
    | 'vpc'
    | 'subnets'
    | 'load-balancer-subnets'
    | 'file-secret'
    | 'file-secret-version'
    | 'retained-file-system'
    | 'hosted-zone';
  /** For 'retained-file-system': the compose volume whose retained file system (by project and volume tags) to use. */
  volume?: string;
  /**
   * For 'file-secret': the compose secret whose content (file or environment variable) the pipeline stores in Secrets Manager.
   * For 'file-secret-version': the same compose secret; the value is the Secrets Manager version id its content is stored under.
   */
  secret?: string;
  description: string;
  /** For 'vpc': the VPC id the compose file names (x-aws-vpc); absent means the account's default VPC. */
  value?: string;
  /** For 'subnets': whether to pick public subnets (tasks get public IPs) or private ones; 'load-balancer-subnets' are always public. */
  public?: boolean;
  /** For 'hosted-zone': the x-aws-domain name whose public hosted zone the plan finds (deploy/hosted-zones.ts). */
  domain?: string;
  /** For 'hosted-zone': the compose service whose x-aws-domain it is. */
  service?: string;
  /** For 'hosted-zone': the zone x-aws-hosted_zone names (a name or a Z… id), instead of the longest match. */
  hostedZone?: string;
  /** For 'subnets': the least number of subnets (in distinct availability zones) to pass; EFS mount targets use the first ones. */
  minCount?: number;
}

export interface ConvertResult {
  template: Template;
  /** JSON.stringify(template, null, 2) + '\n', with deterministic key order. */
  body: string;
  /** What the plan stage must fill in. */
  parameters: ParameterSource[];
  warnings: Diagnostic[];
  /** Which service starts after which, and why, per edge (start-order.ts); the plan shows it. */
  startOrder: string[];
  /** How the load balancer's type was chosen, when the stack creates one (the plan checks a change). */
  loadBalancer?: LoadBalancerChoice;
  /** The services with an x-aws-deployment and how their next rollout goes (the plan describes it). */
  strategies: ServiceStrategy[];
}

export function convert(loaded: LoadedProject, options: ConvertOptions = {}): ConvertResult {
  const { errors, ...built } = buildTemplate(loaded, options);
  const body = serialize(built.template);
  for (const problem of checkLimits(built.template, body)) errors.push(problem);
  const quotas = checkQuotas(built.template);
  errors.push(...quotas.errors);
  built.warnings.push(...quotas.warnings);
  if (errors.length > 0) {
    throw new UserError(`cannot convert project ${loaded.project.name}: ${errors.length} problem(s)`, errors);
  }
  return { ...built, body };
}

/**
 * The template in its canonical order, before it is written out and checked against CloudFormation's
 * limits (convert does both). Apart so that the bench can time the two (issue 13: conversion).
 */
export function buildTemplate(
  loaded: LoadedProject,
  options: ConvertOptions = {},
): {
  template: Template;
  parameters: ParameterSource[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  startOrder: string[];
  loadBalancer?: LoadBalancerChoice;
  strategies: ServiceStrategy[];
} {
  const ctx = createContext(loaded, resolveOptions(options));
  const plan = planProject(ctx);
  const jobSpecs: Record<string, JobSpec> = {};
  for (const task of plan.allTasks) {
    const job = addTaskResources(ctx, task, plan);
    if (job) jobSpecs[task.name] = job;
  }
  addJobsMetadata(ctx, jobSpecs);
  applyTags(ctx, ctx.owners);
  const overlaid = applyOverlay(ctx, ctx.template, ctx.project.aws?.cloudformation);
  const template = canonicalTemplate(
    applyPermissionsBoundary(ctx, overlaid, ctx.options.permissionsBoundary),
  );
  // The choice matters only for a load balancer the stack creates: an existing one keeps its type.
  const loadBalancer = ctx.template.Resources[LB_ID] ? plan.lb.choice : undefined;
  return {
    template,
    parameters: plan.parameters,
    errors: ctx.errors,
    warnings: ctx.warnings,
    startOrder: plan.order.explained,
    strategies: serviceStrategies(
      plan.tasks.map((t) => ({ main: t.main, loadBalanced: plan.portsOf.has(t) })),
      plan.lb.type,
      plan.discovery !== undefined,
    ),
    ...(loadBalancer ? { loadBalancer } : {}),
  };
}

/** The jobs the deploy runs between two change sets, in the template's metadata (src/jobs/ reads it). */
function addJobsMetadata(ctx: Context, jobSpecs: Record<string, JobSpec>): void {
  if (Object.keys(jobSpecs).length === 0) return;
  // The resources of the services that wait for a job stay as deployed until it succeeded.
  for (const spec of Object.values(jobSpecs))
    spec.Holds = [...ctx.owners]
      .filter(([, owner]) => spec.Before.includes(owner))
      .map(([id]) => id)
      .sort();
  ctx.template.Metadata = { ...ctx.template.Metadata, [JOBS_METADATA]: jobSpecs };
}
