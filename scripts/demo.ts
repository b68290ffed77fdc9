// The main job on the local default: plan the example shop, with its migration job, on a pull request,
// then deploy it on main, against the local peers (moto, a TLS registry, podman). Prints the job summary
// and the pull-request comment the action would post, and the GitHub API requests it made.
// moto runs no task to its end, so the migration's one-off task is answered by a stand-in in front of it
// (scripts/local/job-tasks.ts: RunTask and DescribeTasks as ECS answers them, the task's lines written to
// moto's CloudWatch Logs); moto's list parameters are given CloudFormation's form (fault-proxy.ts).
import { resolve } from 'node:path';
import { startFakeGitHub } from './local/fake-github.js';
import { LIST_PARAMETERS_AS_CLOUDFORMATION, startFaultProxy } from './local/fault-proxy.js';
import { jobTasks } from './local/job-tasks.js';
import { peersEnv, runActionLocally, type LocalRun } from './local/runner.js';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
// The peers are up: scripts/demo.sh runs this through scripts/peers/with-peers.sh.
// DB_PASSWORD stands for a GitHub secret the workflow passes in; the action stores it in Secrets Manager.
const peers = await peersEnv(root);
// A fresh emulator, so the demo creates the stack from nothing each time.
await fetch(`${peers.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });
const moto = {
  endpoint: peers.AWS_ENDPOINT_URL!,
  region: peers.AWS_REGION!,
  credentials: { accessKeyId: peers.AWS_ACCESS_KEY_ID!, secretAccessKey: peers.AWS_SECRET_ACCESS_KEY! },
};
const { answers } = jobTasks(moto, () => ({ exitCode: 0, lines: ['applied 3 migrations'] }));
const proxy = await startFaultProxy(moto.endpoint, [], [LIST_PARAMETERS_AS_CLOUDFORMATION], { answers });
const env: Record<string, string> = {
  ...peers,
  AWS_ENDPOINT_URL: proxy.url,
  DB_PASSWORD: 'demo-db-password',
};

const github = await startFakeGitHub({ mergedPullRequest: 7 });
const workspace = resolve(root, 'examples/shop');
const inputs = {
  // The example and its migration (examples/shop/compose.migrate.yaml): a job run once per deploy.
  'compose-file': 'compose.yaml\ncompose.migrate.yaml',
  'stack-name': 'shop-demo',
  'github-token': 'ghs_demo-token',
  // The example's canary proxy is modelled at 9–11 min on AWS and the plan refuses a shorter wait; the
  // emulator finishes at once, so this only bounds a hang.
  'wait-timeout': '20',
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
  await proxy.close();
}
