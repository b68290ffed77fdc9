// Clients start after the services they name. A task that resolves `db` before db's tasks registered gets
// no address (and its resolver may cache the negative answer), so the ECS service of a client waits, through
// CloudFormation DependsOn, until the services it names are created and stable: their tasks run and their
// names answer. CloudFormation refuses circular dependencies, so when two services name each other one
// edge must go; the evidence decides which (issue 23): depends_on and links over host-like values (a URL,
// host:port, DB_HOST: db, --host db) over a bare word (MYSQL_USER: wordpress is as likely a user name as a
// host). A weaker guess never removes a stronger edge, and a tie orders neither; the plan says why, per edge.
import type { Context } from './context.js';
import { taskNames } from './discovery.js';
import { namesUsedBy, type Evidence } from './names-used.js';
import type { TaskPlan } from './tasks.js';

/** One ordering between two tasks, with the evidence that chose it (shown in the plan). */
export interface StartEdge {
  /** The task that starts later. */
  client: string;
  /** The task it waits for. */
  server: string;
  evidence: Evidence;
  /** Why, in the plan's words: "wordpress names db in environment.WORDPRESS_DB_HOST, a host". */
  because: string;
}

export interface StartOrder {
  /** Task name → the tasks it must start after. */
  after: Map<string, Set<string>>;
  /** Every edge kept, and every one left out, with the reason (sorted: the plan lists them as they are). */
  explained: string[];
}

const RANK: Record<Evidence, number> = { declared: 3, host: 2, word: 1 };
const SAYS: Record<Evidence, string> = {
  declared: 'declared',
  host: 'a host',
  word: 'a bare word, perhaps not a host',
};

/** Every ordered pair of tasks with the strongest evidence that the first calls the second. */
function candidates(ctx: Context, tasks: TaskPlan[]): StartEdge[] {
  const taskOf = new Map<string, TaskPlan>();
  for (const t of tasks) for (const c of t.containers) taskOf.set(c.name, t);
  const owner = new Map<string, string>();
  if (ctx.options.serviceDiscovery)
    for (const t of tasks) for (const n of taskNames(ctx, t)) owner.set(n, t.name);
  const best = new Map<string, StartEdge>();
  const offer = (e: StartEdge) => {
    const key = `${e.client}\0${e.server}`;
    const was = best.get(key);
    if (e.client !== e.server && (!was || RANK[e.evidence] > RANK[was.evidence])) best.set(key, e);
  };
  for (const t of tasks)
    for (const c of t.containers) {
      // depends_on orders tasks whether or not the names resolve (compose starts them in that order).
      for (const dep of Object.keys(c.dependsOn)) {
        const other = taskOf.get(dep);
        if (other)
          offer({
            client: t.name,
            server: other.name,
            evidence: 'declared',
            because: `${c.name} depends_on ${dep}`,
          });
      }
      if (!ctx.options.serviceDiscovery) continue;
      for (const use of namesUsedBy(c, new Set(owner.keys()))) {
        const server = owner.get(use.name)!;
        const because =
          use.where === 'links' || use.where.startsWith('depends_on.')
            ? `${c.name} ${use.where === 'links' ? 'links' : 'depends_on'} ${use.name}`
            : `${c.name} names ${use.name} in ${use.where}, ${SAYS[use.evidence]}`;
        offer({ client: t.name, server, evidence: use.evidence, because });
      }
    }
  return [...best.values()].sort(
    (a, b) =>
      RANK[b.evidence] - RANK[a.evidence] ||
      (a.client < b.client ? -1 : a.client > b.client ? 1 : a.server < b.server ? -1 : 1),
  );
}

/** Task name → the tasks it must start after, and the plan's account of each decision. */
export function startOrder(ctx: Context, tasks: TaskPlan[]): StartOrder {
  const after = new Map<string, Set<string>>(tasks.map((t) => [t.name, new Set<string>()]));
  const explained: string[] = [];
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const next = after.get(stack.pop()!) ?? new Set<string>();
      if (next.has(to)) return true;
      for (const n of next) if (!seen.has(n) && seen.add(n)) stack.push(n);
    }
    return false;
  };
  const all = candidates(ctx, tasks);
  const of = (client: string, server: string) => all.find((e) => e.client === client && e.server === server);
  for (const e of all) {
    const reverse = of(e.server, e.client);
    // Two services naming each other as strongly: nothing says which is the server. Neither waits.
    if (reverse && reverse.evidence === e.evidence && e.evidence !== 'declared') {
      if (e.client < e.server) {
        explained.push(
          `${e.client} and ${e.server} start together: ${e.because}, and ${reverse.because}; both must retry until the other answers`,
        );
        ctx.warn(
          ['services', e.client],
          `${e.client} and ${e.server} name each other (${e.because}; ${reverse.because}): neither waits for the other, so both must retry their connections`,
        );
      }
      continue;
    }
    if (reaches(e.server, e.client)) {
      // Stronger (or earlier, equally strong) evidence already orders the other way round.
      explained.push(
        `${e.client} does not wait for ${e.server}: ${e.because}, but ${e.server} already starts after ${e.client}`,
      );
      if (e.evidence !== 'word')
        ctx.warn(
          ['services', e.client],
          `${e.because}, but ${e.server} already starts after ${e.client}; ${e.client} may start before ${e.server} answers and must retry`,
        );
      continue;
    }
    after.get(e.client)!.add(e.server);
    explained.push(`${e.client} starts after ${e.server}: ${e.because}`);
  }
  return { after, explained: explained.sort() };
}
