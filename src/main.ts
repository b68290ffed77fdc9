// The GitHub Action's entry point (dist/index.js): a thin shell over the library in run-action.ts.
// It reads and checks the inputs and prints the first line with nothing but Node's own modules: the
// pipeline, @actions/core (whose HTTP client for OIDC is most of what it loads) and the AWS SDK are
// chunks read only after that, and each SDK client only when a stage first calls it (src/aws/clients.ts).
// Issue 13: the first line within 2× a bare `node -e 0`; `npm run bench startup` measures it.
import { parseInputs, type Options } from './options/parse.js';
import { VERSION } from './version.js';

/** The runner hands input `name` over as INPUT_NAME (spaces as underscores), as @actions/core's getInput reads it. */
const input = (name: string): string =>
  (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

/** Ends the step with one ::error:: line (through @actions/core, which escapes it as the runner expects). */
async function fail(message: string): Promise<void> {
  const core = await import('@actions/core');
  core.setFailed(message);
}

let inputs: Options | undefined;
try {
  inputs = parseInputs(input);
} catch (err) {
  await fail((err as Error).message);
}
if (inputs) {
  // Said before the pipeline loads, so the log shows what runs from the first moment.
  process.stdout.write(
    `compose-ecs ${VERSION}: ${inputs.mode} of ${inputs.composeFiles.join(', ') || 'the default compose file'}\n`,
  );
  try {
    const { runAction } = await import('./action/run-action.js');
    await runAction(inputs);
  } catch (err) {
    // Whatever escapes the pipeline's own handling still ends the step with one ::error:: line (issue 14.5).
    await fail(`unexpected failure: ${(err as Error)?.stack ?? String(err)}`);
  }
}
