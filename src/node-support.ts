// The Node.js releases the CLI runs on. Node 20 left maintenance in April 2026 and the AWS SDK v3 drops it
// in January 2027; Node 22 and 24 are the LTS lines (https://nodejs.org/en/about/previous-releases).
// Kept equal to package.json's engines.node (a unit test compares them).
export const MINIMUM_NODE_MAJOR = 22;

/** One line saying why this Node cannot run the CLI and what to install, or undefined when it can. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isInteger(major) && major >= MINIMUM_NODE_MAJOR) return undefined;
  return (
    `compose-ecs needs Node.js ${MINIMUM_NODE_MAJOR} or newer, this is ${version}: ` +
    `install an LTS release (https://nodejs.org/en/download)`
  );
}
