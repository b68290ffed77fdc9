// The GitHub Action's entry point (dist/index.js): a thin shell over the library in run.ts.
// Inputs are checked before the pipeline is loaded: the pipeline pulls in every AWS SDK client (most
// of the bundle), so ncc emits it as a chunk that is read only once the inputs are valid, and a bad
// input is reported without paying for it (issue 13: start-up; `npm run bench` measures it).
import * as core from '@actions/core';
import { parseInputs, type ActionInputs } from './inputs.js';
import { VERSION } from './version.js';

let inputs: ActionInputs | undefined;
try {
  inputs = parseInputs((name) => core.getInput(name));
} catch (err) {
  core.setFailed((err as Error).message);
}
if (inputs) {
  // Said before the pipeline loads, so the log shows what runs from the first moment.
  core.info(
    `compose-ecs ${VERSION}: ${inputs.mode} of ${inputs.composeFiles.join(', ') || 'the default compose file'}`,
  );
  try {
    const { runAction } = await import('./action/run-action.js');
    await runAction(inputs);
  } catch (err) {
    // Whatever escapes the pipeline's own handling still ends the step with one ::error:: line (issue 14.5).
    core.setFailed(`unexpected failure: ${(err as Error)?.stack ?? String(err)}`);
  }
}
