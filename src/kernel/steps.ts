// The steps of a run, by name: the log group each opens and the phase its AWS calls are counted under.
// A step's name is a type, so the counts follow the code: renaming a log group's title changes no phase
// (the phases were once matched by regular expressions over the titles, which a rename broke silently).

/**
 * The phases AWS calls are counted under (the report's footer, `npm run bench`). Calls between two steps
 * belong to the gap after the last one: the preflight read and the ECR work after loading, removing a
 * plan's change set or recording the release after planning, reading URLs after the rollout.
 */
export type Phase =
  | 'start'
  | 'load'
  | 'preflight and images'
  | 'plan'
  | 'after the plan'
  | 'cost'
  | 'deploy'
  | 'after the deploy'
  | 'rollout'
  | 'after the rollout';

export interface StepSpec {
  /** The log group the step opens, titled by what it works on (a stack, a job); none: its lines stay flat. */
  title?: (subject: string) => string;
  /** The phase its calls count under; none: the phase the run is in. */
  phase?: Phase;
  /** The phase after it ends; none: the phase before it resumes. */
  then?: Phase;
}

/**
 * Every step there is. Only a step that contains no other titled step opens a group (GitHub's log does not
 * nest groups): prepare holds one group per image build, apply holds deploy and rollout.
 */
export const STEPS = {
  load: { title: () => 'load the compose project', phase: 'load', then: 'preflight and images' },
  /** Secrets checked, the stack read once, images built, pushed and pinned, the template converted. */
  prepare: { phase: 'preflight and images' },
  convert: {},
  /** A recorded release read back and checked for a rollback. */
  restore: {},
  plan: { title: (stack) => `plan stack ${stack}`, phase: 'plan', then: 'after the plan' },
  /** The Price List calls have their own phase; the one before resumes after them. */
  cost: { title: () => 'estimate the monthly cost', phase: 'cost' },
  /** The plan's change set removed (a plan, or a deploy with nothing to execute). */
  discard: {},
  /** The release recorded as a GitHub deployment, in progress; and its outcome at the end. */
  record: {},
  /** Images tagged, file secrets stored, the change set executed and the rollout followed. */
  apply: {},
  deploy: { title: (stack) => `deploy stack ${stack}`, phase: 'deploy', then: 'after the deploy' },
  rollout: { title: () => 'watch the ECS rollout', phase: 'rollout', then: 'after the rollout' },
  job: { title: (job) => `job ${job}` },
  /** What a destroy deletes and what stays. */
  'plan-destroy': {},
  delete: { title: (stack) => `delete stack ${stack}` },
  /** What the action stored outside the stack (secrets, configs, objects), removed after it. */
  'remove-stored': {},
} as const satisfies Record<string, StepSpec>;

export type StepName = keyof typeof STEPS;

/** Runs a body as the named step (src/kernel/kernel.ts): the signature lower layers take. */
export type StepRunner = <T>(name: StepName, body: () => Promise<T>, subject?: string) => Promise<T>;
