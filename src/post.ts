// The action's post step (action.yml `runs.post`, `post-if: always()`): runs at the end of the job even when
// the main step failed or was cancelled, and removes the registry credentials a main step that could not
// clean up after itself left behind (src/action/post-cleanup.ts). It needs no AWS SDK, so its bundle has none.
import * as core from '@actions/core';
import { savedLeftovers } from './action/leftover-state.js';
import { postCleanup } from './action/post-cleanup.js';

try {
  await postCleanup(savedLeftovers(), { info: core.info, warning: core.warning });
} catch (err) {
  // Cleanup must never turn a job red.
  core.warning(`compose-ecs cleanup: ${(err as Error)?.message ?? String(err)}`);
}
