/** The builder input's values (select-engine.ts picks the engine; inputs are checked against this list). */
export const BUILDERS = ['auto', 'buildx', 'buildkit', 'podman'] as const;
export type Builder = (typeof BUILDERS)[number];
