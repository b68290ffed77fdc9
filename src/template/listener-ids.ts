// Logical IDs of listeners, listener rules and target groups, keyed by what AWS holds unique, so an
// edit never creates a resource while the one it replaces still holds the same port or priority.
// CloudFormation creates new resources first and deletes removed ones only at cleanup: a listener keyed
// by service (WebTCP80Listener) made renaming `web`, or putting a proxy on its port, add a second
// listener on a port the first still held, and the load balancer refused it (DuplicateListener).
import type { Context } from './context.js';
import type { PublishedPort } from './load-balancer.js';

/**
 * One listener per published port of the stack's one load balancer (a load balancer takes one listener
 * per port, whatever its protocol: TCP and UDP on one port share a TCP_UDP listener). The protocol is
 * left out on purpose: it is updated in place (only LoadBalancerArn is create-only), so HTTP becoming
 * HTTPS on a port changes the listener rather than adding a second one on that port. Which service the
 * port forwards to is the listener's default action, changed in place too.
 */
export function listenerId(published: number): string {
  return `Port${published}Listener`;
}

/** A listener rule by its listener and priority, which the listener holds unique (PriorityInUse). */
export function ruleId(listener: string, priority: number): string {
  return `${listener.replace(/Listener$/, '')}Priority${priority}Rule`;
}

/**
 * Target groups stay keyed by service and container port (the group's Port, which is create-only): a
 * new published port for the same container port keeps the group and only moves the listener. A service
 * publishing one container port twice (`80:8080` and `443:8080`) gets a group per published port after
 * the first, as before.
 */
export function assignTargetGroups(ctx: Context, ports: PublishedPort[]): PublishedPort[] {
  const taken = new Set<string>();
  return ports.map((p) => {
    const base = `${ctx.ids.service.get(p.container.name)}${p.protocols.join('').toUpperCase()}${p.port.target}`;
    const id = taken.has(base) ? `${base}Via${p.port.published}TargetGroup` : `${base}TargetGroup`;
    taken.add(base);
    return { ...p, targetGroupId: id };
  });
}
