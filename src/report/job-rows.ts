// The jobs of a run as the report shows them: one row each, what the plan decided (runs once before the
// services that wait for it, or is not rerun, and why) and, on a deploy, how its run went.
import type { JobPlan } from '../jobs/phases.js';
import type { RunReport } from './run-report.js';

export interface JobRow extends JobPlan {
  state?: 'running' | 'succeeded' | 'failed' | 'cancelled';
  taskId?: string;
  exitCode?: number;
  /** Which attempt this is, when restart: on-failure:<n> allows more than one. */
  attempt?: number;
}

export type JobEvent = { kind: 'job'; name: string } & Pick<
  JobRow,
  'state' | 'taskId' | 'exitCode' | 'attempt'
>;

export function applyJobEvent(report: RunReport, event: JobEvent): void {
  const row = report.jobs?.find((j) => j.name === event.name);
  if (!row) return;
  const { kind: _kind, name: _name, ...update } = event;
  Object.assign(row, update);
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const names = (list: string[]) => list.map(code).join(', ');

const STATE: Record<NonNullable<JobRow['state']>, string> = {
  running: '⏳ running',
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  cancelled: '⏹️ stopped (cancelled)',
};

/** `- runs \`migrate\` once before \`api\` (after \`db\`): changed: … — ✅ succeeded (task abc)`. */
export function jobItems(report: RunReport): string[] {
  return (report.jobs ?? []).map((j) => {
    const order = [
      j.before.length ? `before ${names(j.before)}` : '',
      j.after.length ? `after ${names(j.after)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const head = j.run
      ? `runs ${code(j.name)} once${order ? ` ${order}` : ''}`
      : `does not run ${code(j.name)}${order ? ` (${order})` : ''}`;
    const outcome = j.state
      ? ` — ${STATE[j.state]}${j.exitCode !== undefined && j.exitCode !== 0 ? `, exit code ${j.exitCode}` : ''}${j.taskId ? ` (task ${code(j.taskId)}${j.attempt && j.attempt > 1 ? `, attempt ${j.attempt}` : ''})` : ''}`
      : '';
    return `- ${head}: ${j.why.replace(/[<>|]/g, ' ')}${outcome}`;
  });
}
