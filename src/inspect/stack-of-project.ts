// The stack a command that only looks at (or runs in) a deployed project works on: --stack-name, else the
// compose project here, named as plan and deploy name it.
import type { Options } from '../options/parse.js';

export async function stackOfProject(
  options: Pick<Options, 'stackName' | 'composeFiles' | 'workingDirectory' | 'projectName'>,
): Promise<string> {
  if (options.stackName) return options.stackName;
  const [{ loadProject }, { resolveStackName }] = await Promise.all([
    import('../compose/load.js'),
    import('../stack-name.js'),
  ]);
  const loaded = await loadProject({
    files: options.composeFiles,
    workingDir: options.workingDirectory,
    projectName: options.projectName,
    environment: process.env,
  });
  return resolveStackName(undefined, loaded.project.name);
}
