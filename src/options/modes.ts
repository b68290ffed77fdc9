// The modes, written once. The action runs all but convert (a template with no AWS access is a laptop's
// question); the CLI runs them all, and three read-only commands besides.

export const MODES = ['convert', 'plan', 'deploy', 'rollback', 'destroy'] as const;
export type Mode = (typeof MODES)[number];

/** The modes the action's `mode` input takes. */
export const ACTION_MODES = MODES.filter((m): m is Exclude<Mode, 'convert'> => m !== 'convert');

/** The CLI's commands that run no pipeline: three that only look, and `run` (a one-off task). */
export const CLI_COMMANDS = ['releases', 'ps', 'logs', 'run'] as const;
export type Command = Mode | (typeof CLI_COMMANDS)[number];

export const COMMANDS: readonly Command[] = [...MODES, ...CLI_COMMANDS];
/** Modes that build and push images. */
export const BUILDS: readonly Command[] = ['plan', 'deploy'];
/** Modes that make a change set (a rollback plans the release it restores like any deploy). */
export const CHANGES: readonly Command[] = ['plan', 'deploy', 'rollback'];
/** Modes that talk to AWS: all but convert. */
export const AWS: readonly Command[] = ACTION_MODES;
