// Service-to-service names: ECS Service Connect. Every service joins the project's namespace as a client;
// each TCP port a service declares (ports or expose) is served under the compose service name, so
// "http://api:8080" works as under `docker compose up`. Service Connect writes the names into each
// task's /etc/hosts, so they resolve whatever the image's libc; only declared ports are reachable.
import type { Context } from './context.js';
import { ref } from './context.js';
import { portName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

export const NAMESPACE_ID = 'ServiceConnectNamespace';

/** Adds the namespace (named after the stack); undefined when discovery is off. */
export function addNamespace(ctx: Context, tasks: TaskPlan[]): string | undefined {
  if (!ctx.options.serviceConnect || tasks.length === 0) return undefined;
  ctx.add(NAMESPACE_ID, {
    Type: 'AWS::ServiceDiscovery::HttpNamespace',
    Properties: { Description: `Service Connect names of ${ctx.project.name}`, Name: ref('AWS::StackName') },
  });
  return NAMESPACE_ID;
}

/**
 * The service's ServiceConnectConfiguration. The namespace is named, not referenced by ARN: a GetAtt on a
 * Cloud Map resource would fail stack creation under moto; DependsOn orders creation instead.
 */
export function serviceConnect(ctx: Context, task: TaskPlan): Record<string, unknown> {
  const services: Array<Record<string, unknown>> = [];
  for (const c of task.containers) {
    const dns = c.name.toLowerCase();
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(dns)) {
      ctx.warn(
        ['services', c.name],
        `${c.name} is not a valid DNS name; other services cannot reach it by name`,
      );
      continue;
    }
    const aliases = Object.values(c.networks).flatMap((n) => n.aliases);
    if (aliases.length > 0)
      ctx.warn(
        ['services', c.name, 'networks'],
        'network aliases are ignored: Service Connect gives each port one name, the service name',
      );
    const ports = new Map<number, string>();
    for (const p of c.ports) if (p.protocol === 'tcp') ports.set(p.target, portName(c.name, p.target, 'tcp'));
    for (const e of c.expose) {
      const [num, proto = 'tcp'] = e.split('/');
      if (proto === 'tcp' && Number.isInteger(Number(num)))
        ports.set(Number(num), portName(c.name, Number(num), 'tcp'));
    }
    for (const [port, name] of [...ports].sort(([a], [b]) => a - b)) {
      services.push({ ClientAliases: [{ DnsName: dns, Port: port }], DiscoveryName: name, PortName: name });
    }
  }
  return {
    Enabled: true,
    Namespace: ref('AWS::StackName'),
    ...(services.length > 0 ? { Services: services } : {}),
  };
}
