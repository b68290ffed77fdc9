// The main job on the local default: plan the example shop on a pull request, then deploy it on
// main, against the local peers (moto, a TLS registry, podman). Prints the job summary and the
// pull-request comment the action would post, and the GitHub API requests it made.
import { resolve } from 'node:path';
import { startFakeGitHub } from './local/fake-github.js';
import { peersEnv, runActionLocally, type LocalRun } from './local/runner.js';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
// The peers are up: scripts/demo.sh runs this through scripts/peers/with-peers.sh.
// DB_PASSWORD stands for a GitHub secret the workflow passes in; the action stores it in Secrets Manager.
const env: Record<string, string> = { ...(await peersEnv(root)), DB_PASSWORD: 'demo-db-password' };
// A fresh emulator, so the demo creates the stack from nothing each time.
await fetch(`${env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });

const github = await startFakeGitHub({ mergedPullRequest: 7 });
const workspace = resolve(root, 'examples/shop');
const inputs = {
  'compose-file': 'compose.yaml',
  'stack-name': 'shop-demo',
  'github-token': 'ghs_demo-token',
  'wait-timeout': '5',
};
const show = (title: string, run: LocalRun) => {
  const rule = '═'.repeat(78);
  console.log(`\n${rule}\n${title}: exit ${run.exitCode}\n${rule}`);
  console.log('\n── outputs\n' + JSON.stringify(run.outputs, null, 2));
  console.log('\n── job summary\n' + run.summary);
};

const repository = { name: 'shop', owner: { login: 'octo-org' } };
/** One run of the built action: a plan on pull request #7, or a deploy on a push to main. */
const runAction = (mode: 'plan' | 'deploy', extra: Record<string, string> = {}) =>
  runActionLocally({
    inputs: { ...inputs, mode, ...extra },
    eventName: mode === 'plan' ? 'pull_request' : 'push',
    event:
      mode === 'plan' ? { pull_request: { number: 7 }, repository } : { ref: 'refs/heads/main', repository },
    workspace,
    githubApiUrl: github.url,
    env,
    echo: process.argv.includes('--verbose'),
  });

try {
  const plan = await runAction('plan');
  show('plan on pull request #7', plan);
  const deploy = await runAction('deploy');
  show('deploy on main', deploy);
  // Once more with nothing changed: a no-op deploy, the baseline for what an idle run costs.
  // It posts no comment, so the pull request keeps the deploy's report shown below.
  const again = await runAction('deploy', { comment: 'false' });
  const calls = (run: LocalRun) => /AWS API calls: (\d+) (.*)/.exec(run.stdout);
  console.log(
    `\n── AWS API calls: plan ${calls(plan)?.[1]}, deploy ${calls(deploy)?.[1]}, no-op deploy ${calls(again)?.[1]} (has-changes=${again.outputs['has-changes']})`,
  );
  console.log(`   no-op by call: ${calls(again)?.[2]}`);
  console.log('── GitHub API requests');
  for (const r of github.requests) console.log(`${r.method} ${r.path}`);
  for (const c of github.comments.values())
    console.log(`\n── pull-request #${c.issue} comment ${c.id} as posted\n${c.body}`);
  console.log(`\ndemo took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = plan.exitCode || deploy.exitCode || again.exitCode;
  if (process.exitCode)
    console.log(
      `\nstderr of the failing run:\n${[plan, deploy, again].find((r) => r.exitCode)!.stdout.slice(-4000)}`,
    );
} finally {
  await github.close();
}
