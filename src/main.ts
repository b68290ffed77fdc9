// The GitHub Action's entry point (dist/index.js): a thin shell over the library in run.ts.
import { runAction } from './action/run-action.js';

await runAction();
