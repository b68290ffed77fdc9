// The fidelity suite's reading of one-shot services (issue 23, defect 2), as AWS would run them: a service
// compose runs once and waits for (service_completed_successfully from another task, no restart) must not
// be an ECS service (the scheduler restarts every task that exits, forever), and must be a job the deploy
// runs before each service that waits for it, in a task that can reach what it uses.
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertResult } from '../../src/template/convert.js';

type Resources = ConvertResult['template']['Resources'];
interface Job {
  TaskDefinition: string;
  SecurityGroups: unknown[];
  Before: string[];
  After: string[];
}

export function jobsIn(result: ConvertResult): Record<string, Job> {
  return (result.template.Metadata?.ComposeEcsJobs as Record<string, Job> | undefined) ?? {};
}

/** A job's task as the names check reads an ECS service: its task definition and security groups. */
export function jobAsService(
  resources: Resources,
  result: ConvertResult,
  name: string,
): { id: string; task: Resources[string]; service: Resources[string] } | undefined {
  const job = jobsIn(result)[name];
  if (!job) return undefined;
  return {
    id: job.TaskDefinition,
    task: resources[job.TaskDefinition]!,
    service: {
      Type: 'job',
      Properties: { NetworkConfiguration: { AwsvpcConfiguration: { SecurityGroups: job.SecurityGroups } } },
    },
  };
}

export function jobProblems(loaded: LoadedProject, result: ConvertResult): string[] {
  const problems: string[] = [];
  const services = loaded.project.services;
  const resources = result.template.Resources;
  const jobs = jobsIn(result);
  const inTask = (a: string, b: string) =>
    services[a]?.aws?.sidecarOf === b ||
    services[b]?.aws?.sidecarOf === a ||
    services[a]?.networkMode === `service:${b}` ||
    services[b]?.networkMode === `service:${a}`;
  for (const waiter of Object.values(services))
    for (const [dep, d] of Object.entries(waiter.dependsOn)) {
      const s = services[dep];
      if (d.condition !== 'service_completed_successfully' || !s || inTask(waiter.name, dep)) continue;
      const restart = s.restart?.split(':')[0];
      if (restart === 'always' || restart === 'unless-stopped') continue;
      const container = dep.replace(/[^A-Za-z0-9_-]/g, '_');
      const asService = Object.values(resources).some((r) => {
        if (r.Type !== 'AWS::ECS::Service') return false;
        const td = resources[(r.Properties!.TaskDefinition as { Ref: string }).Ref];
        return (td?.Properties!.ContainerDefinitions as Array<{ Name: string; Essential?: boolean }>).some(
          (c) => c.Name === container && c.Essential !== false,
        );
      });
      if (asService)
        problems.push(`${dep}: runs once under compose, but an ECS service restarts it every time it exits`);
      if (!jobs[dep])
        problems.push(`${waiter.name} waits for ${dep} to complete, but nothing runs ${dep} before it`);
      else if (
        jobs[waiter.name] ? !jobs[waiter.name]!.After.includes(dep) : !jobs[dep].Before.includes(waiter.name)
      )
        problems.push(`${waiter.name} waits for ${dep} to complete, but job ${dep} does not run before it`);
    }
  return problems;
}
