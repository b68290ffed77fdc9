// Imported first by the CLI, before anything that an older Node would choke on or warn about (the AWS
// SDK's deprecation banner): an unsupported Node gets one line on stderr and exit code 1, no stack trace.
import { unsupportedNode } from './node-support.js';

const problem = unsupportedNode(process.versions.node);
if (problem) {
  process.stderr.write(`error: ${problem}\n`);
  process.exit(1);
}
