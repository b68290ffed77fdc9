import { releasePayload, templateHash } from '../../src/releases/payload.js';

/** The payload compose-ecs gives a deployment of `sha` (an empty release of stack shop in staging). */
export function emptyReleasePayload(sha: string) {
  return releasePayload(
    {
      version: 1,
      stack: 'shop',
      region: 'us-east-1',
      environment: 'staging',
      project: 'shop',
      sha,
      composeFiles: [],
      images: {},
      templateHash: templateHash('{}'),
      templateBody: '{}',
      parameters: {},
      noEcho: [],
      secretVersions: [],
    },
    undefined,
  ).payload;
}
