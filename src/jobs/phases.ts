// Which jobs a deploy runs, and the first of its two phases. Pure: templates and parameter values in, a plan out.
//
// Phase 1 applies the new template except the resources of the services that wait for a job to run (JobSpec.Holds),
// which stay as deployed (or absent, when new); the jobs run; phase 2 applies the whole new template. A job
// is skipped only when the stack already runs exactly it (the same fingerprint: its task definition, the
// services it starts after and everything they refer to, with the parameter values those read) and a run of
// that fingerprint succeeded (job-records.ts); otherwise it runs. A rollback never reruns a job: restoring a
// template does not reverse what a job did to data, so running an older migration again would only add to it.
import { createHash } from 'node:crypto';
import { JOBS_METADATA, type JobSpec } from '../template/jobs.js';
import type { Template } from '../template/types.js';
import { canonicalJson } from '../canonical-json.js';
import { closure, needsOf } from './template-graph.js';

export interface JobPlan {
  name: string;
  /** Compose services that wait for it. */
  before: string[];
  /** Compose services and jobs it starts after. */
  after: string[];
  run: boolean;
  /** Why it runs or not, in a reviewer's words. */
  why: string;
}

export function jobSpecs(template: Template | undefined): Record<string, JobSpec> {
  return (template?.Metadata?.[JOBS_METADATA] as Record<string, JobSpec> | undefined) ?? {};
}

/** Jobs in the order they run: a job after the jobs it starts after, otherwise by name. */
export function jobOrder(specs: Record<string, JobSpec>): string[] {
  const out: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (out.includes(name) || path.has(name)) return;
    path.add(name);
    for (const dep of specs[name]!.After) if (specs[dep]) visit(dep, path);
    out.push(name);
  };
  for (const name of Object.keys(specs).sort()) visit(name, new Set());
  return out;
}

/** What the job runs and waits for, with the parameter values read: equal fingerprints, nothing changed. */
function inputsOf(
  template: Template,
  parameters: Record<string, string>,
  spec: JobSpec,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of [...closure(template, [spec.TaskDefinition, ...spec.Needs])].sort()) {
    const resource = template.Resources[id];
    out.set(id, resource ? canonicalJson(resource) : `parameter=${parameters[id] ?? ''}`);
  }
  return out;
}

/** sha256 of what the job runs and waits for (inputsOf): the name its successful runs are recorded under. */
export function jobFingerprint(template: Template, parameters: Record<string, string>, name: string): string {
  const spec = jobSpecs(template)[name];
  if (!spec) throw new Error(`internal: the template has no job ${name}`);
  const text = canonicalJson(Object.fromEntries(inputsOf(template, parameters, spec)));
  return createHash('sha256').update(text).digest('hex');
}

export function planJobs(input: {
  before: Template | undefined;
  after: Template;
  beforeParameters: Record<string, string>;
  afterParameters: Record<string, string>;
  rollback: boolean;
  /** The jobs whose fingerprint in the new template has a recorded successful run. */
  succeeded: Set<string>;
}): JobPlan[] {
  const specs = jobSpecs(input.after);
  const deployed = jobSpecs(input.before);
  return jobOrder(specs).map((name) => {
    const spec = specs[name]!;
    const row = { name, before: spec.Before, after: spec.After };
    if (input.rollback)
      return {
        ...row,
        run: false,
        why: 'a rollback does not rerun jobs: restoring a template does not undo what a job changed (a migration stays applied)',
      };
    const old = deployed[name];
    if (!old || !input.before) return { ...row, run: true, why: 'new job' };
    const was = inputsOf(input.before, input.beforeParameters, old);
    const now = inputsOf(input.after, input.afterParameters, spec);
    const changed = [...new Set([...was.keys(), ...now.keys()])]
      .filter((id) => was.get(id) !== now.get(id))
      .sort();
    if (changed.length === 0 && !input.succeeded.has(name))
      return { ...row, run: true, why: 'its last run did not succeed' };
    if (changed.length === 0)
      return {
        ...row,
        run: false,
        why: 'unchanged: nothing it runs or waits for changed since it last succeeded',
      };
    const shown =
      changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
    return { ...row, run: true, why: `changed: ${shown}` };
  });
}

/**
 * The template of phase 1: the new one, with the held resources as deployed (absent when new), then closed
 * both ways until it stands on its own: whatever refers to an absent resource is held too, and whatever a
 * deployed resource refers to that the new template removed stays as deployed. Parameters: the new values,
 * and the deployed value of one only a held resource still reads.
 */
export function phaseOneTemplate(input: {
  before: Template | undefined;
  after: Template;
  holds: string[];
  deployedParameters: Record<string, string>;
  parameters: Record<string, string>;
}): { template: Template; parameters: Record<string, string> } {
  const { before, after } = input;
  const deployed = before?.Resources ?? {};
  const held = new Set(input.holds);
  let resources: Template['Resources'] = {};
  for (let changed = true; changed;) {
    changed = false;
    resources = {};
    for (const [id, r] of Object.entries(after.Resources)) if (!held.has(id)) resources[id] = r;
    for (const id of held) if (deployed[id]) resources[id] = deployed[id];
    for (const [id, r] of Object.entries(resources)) {
      for (const need of needsOf(r)) {
        if (resources[need] || after.Parameters?.[need] || before?.Parameters?.[need]) continue;
        // A new resource refers to one held back (absent): hold it too. A deployed one refers to one the new
        // template removed: keep that as deployed.
        const hold = deployed[need] ? need : id;
        if (!held.has(hold)) {
          held.add(hold);
          changed = true;
        }
      }
    }
  }
  const used = new Set(Object.values(resources).flatMap((r) => [...needsOf(r)]));
  const parameters: Template['Parameters'] = { ...after.Parameters };
  const values: Record<string, string> = { ...input.parameters };
  for (const [name, p] of Object.entries(before?.Parameters ?? {}))
    if (!parameters[name] && used.has(name) && input.deployedParameters[name] !== undefined) {
      parameters[name] = p;
      values[name] = input.deployedParameters[name]!;
    }
  const outputs = Object.fromEntries(
    Object.entries(after.Outputs ?? {}).filter(([, o]) =>
      [...needsOf({ Properties: o.Value })].every((n) => resources[n] || parameters[n]),
    ),
  );
  const template: Template = {
    ...after,
    ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
    Resources: resources,
    ...(Object.keys(outputs).length ? { Outputs: outputs } : {}),
  };
  if (!Object.keys(outputs).length) delete template.Outputs;
  return { template, parameters: values };
}
