// Drives the CLI's terminal output with the real process streams, for the pseudo-terminal test: one step
// with progress and a warning, then a report (a scenario's) on stdout.
import { CliOutput } from '../../src/cli-output.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { imageAndEnvironment } from '../report/scenarios.js';

const output = new CliOutput(
  { stdout: process.stdout, stderr: process.stderr, env: process.env },
  { holdWarnings: true },
);
await output.group('build images', async () => {
  output.info('web: building');
  output.warning('services.web.build.privileged: a privileged build', {
    file: 'compose.yaml',
    line: 7,
    column: 7,
  });
  await new Promise((resolve) => setTimeout(resolve, 350));
  output.info('web: pushed');
});
output.close();
process.stdout.write(output.report(await imageAndEnvironment(), renderTerminal));
