// Why a service's tasks died, in the words an operator needs (issue 10): ECS's circuit breaker says only
// that tasks failed; the stopped task says why (stoppedReason, each container's exit code and reason), the
// target group says whether the load balancer found it unhealthy, and CloudWatch Logs holds the last lines
// the container printed before it died — what `docker compose logs` would have shown.
import type { Task } from '@aws-sdk/client-ecs';
import type { Logs, Services } from '../aws/edge.js';

export interface ContainerDiagnosis {
  name: string;
  exitCode?: number;
  reason?: string;
  /** The last lines the container logged (awslogs), oldest first. */
  lastLines: string[];
}

export interface ServiceDiagnosis {
  service: string;
  taskId: string;
  stoppedReason?: string;
  containers: ContainerDiagnosis[];
  /** Targets the load balancer does not find healthy: "10.0.1.5:8080 unhealthy (Target.FailedHealthChecks)". */
  unhealthyTargets: string[];
}

const LOG_LINES = 20;

/**
 * The most recently stopped task of a service, explained; undefined when ECS has no stopped task to show
 * (or cannot be read: a diagnosis never hides the failure it explains).
 */
export async function diagnoseService(
  ecs: Services,
  logs: Logs,
  service: { cluster: string; arn: string; name: string },
  targetGroupArns: string[] = [],
): Promise<ServiceDiagnosis | undefined> {
  const [task] = await ecs.stoppedTasks(service.cluster, service.arn, 1).catch(() => [] as Task[]);
  if (!task?.taskArn) return undefined;
  const taskId = task.taskArn.split('/').pop()!;
  const definition = task.taskDefinitionArn
    ? await ecs.taskDefinition(task.taskDefinitionArn).catch(() => undefined)
    : undefined;
  // Containers that failed first: a non-zero exit, then any with a reason; the init containers last.
  const containers = [...(task.containers ?? [])].sort((a, b) => rank(a) - rank(b));
  const diagnosed: ContainerDiagnosis[] = [];
  for (const c of containers) {
    if (!c.name || (c.exitCode === 0 && !c.reason)) continue;
    const options = definition?.containerDefinitions?.find((d) => d.name === c.name)?.logConfiguration;
    const group = options?.logDriver === 'awslogs' ? options.options?.['awslogs-group'] : undefined;
    const prefix = options?.options?.['awslogs-stream-prefix'];
    // awslogs names each stream <prefix>/<container name>/<task id> (Amazon ECS developer guide, awslogs).
    const lines =
      group && prefix
        ? await logs.tail(group, `${prefix}/${c.name}/${taskId}`, LOG_LINES).catch(() => [])
        : [];
    diagnosed.push({
      name: c.name,
      ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
      lastLines: lines.map((l) => l.message.replace(/\s+$/, '')),
    });
  }
  const unhealthyTargets: string[] = [];
  const groups = targetGroupArns.length
    ? targetGroupArns
    : await ecs
        .describe(service.cluster, [service.arn])
        .then((r) => r.services.flatMap((s) => (s.loadBalancers ?? []).map((lb) => lb.targetGroupArn ?? '')))
        .catch(() => [] as string[]);
  for (const arn of groups.filter(Boolean)) {
    const health = await ecs.targetHealth(arn).catch(() => []);
    for (const h of health) {
      const state = h.TargetHealth?.State;
      if (state === 'healthy' || state === undefined) continue;
      const target = `${h.Target?.Id ?? '?'}:${h.Target?.Port ?? '?'}`;
      const why = [h.TargetHealth?.Reason, h.TargetHealth?.Description].filter(Boolean).join(': ');
      unhealthyTargets.push(`${target} ${state}${why ? ` (${why})` : ''}`);
    }
  }
  return {
    service: service.name,
    taskId,
    ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
    containers: diagnosed,
    unhealthyTargets,
  };
}

function rank(c: { exitCode?: number; reason?: string; name?: string }): number {
  if (c.exitCode !== undefined && c.exitCode !== 0) return 0;
  if (c.reason) return 1;
  return 2;
}

/** The diagnosis as text lines: the stopped reason, each failed container with its last lines, unhealthy targets. */
export function formatDiagnosis(d: ServiceDiagnosis): string {
  const out = [`stopped task ${d.taskId} of ${d.service}: ${d.stoppedReason ?? 'no reason given'}`];
  for (const c of d.containers) {
    const exit = c.exitCode !== undefined ? `exit code ${c.exitCode}` : 'no exit code';
    out.push(`  container ${c.name}: ${exit}${c.reason ? ` (${c.reason})` : ''}`);
    if (c.lastLines.length) {
      out.push(`  last ${c.lastLines.length} lines of ${c.name}:`);
      for (const line of c.lastLines) out.push(`    ${line}`);
    }
  }
  for (const t of d.unhealthyTargets) out.push(`  target ${t}`);
  return out.join('\n');
}
