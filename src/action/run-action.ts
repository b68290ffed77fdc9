import * as core from '@actions/core';
import { basename } from 'node:path';
import { redactionsBeforeLoad } from '../compose/runner-credentials.js';
import type { AwsEdge } from '../aws/edge.js';
import { createAwsEdge } from '../aws/sdk-edge.js';
import { cancelOnSignals } from '../runtime/cancel-on-signals.js';
import { isCancelled } from '../runtime/cancellation.js';
import { UserError, diagnosticBody, formatDiagnostic } from '../errors.js';
import { selectEngine } from '../images/select-engine.js';
import type { Options } from '../options/parse.js';
import { bindMountChoice, runOptions } from '../options/run-options.js';
import { commentMarker, renderMarkdown, SUMMARY_LIMIT } from '../report/markdown.js';
import type { Logger } from '../log.js';
import { reviewedPlanFrom } from '../report/reviewed-plan.js';
import type { ReportEvent } from '../report/report-events.js';
import { foldReport } from '../report/report-fold.js';
import type { RunReport } from '../report/run-report.js';
import { lazyReleases } from '../releases/lazy-store.js';
import { run, RunFailure, type RunResult } from '../run.js';
import { stateLedger } from './leftover-state.js';
import { repositoryFrom, runUrlFrom, type Repository } from './repository.js';
import { createActionLogger } from './logger.js';

/** Seconds between progress edits of the PR comment (GitHub's secondary rate limits). */
const COMMENT_INTERVAL_MS = 10_000;

/**
 * How long a cancelled run waits for CloudFormation (the rollback of a cancelled update). A cancelled
 * step gets SIGINT, then SIGTERM 7.5 s later, and its process tree is killed 2.5 s after that
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation): this
 * leaves about five seconds for the cancel call itself, the comment and the job summary.
 */
const CANCEL_WAIT_MS = 5_000;

/** The action: inputs → pipeline → outputs, job summary and PR comment. Failures end the step with one line. */
export async function runAction(inputs: Options): Promise<void> {
  const aws = createAwsEdge({ region: inputs.awsRegion });
  const logger = createActionLogger(inputs.workingDirectory);
  const interrupts = cancelOnSignals({
    waitMs: CANCEL_WAIT_MS,
    onFirst: (name) =>
      logger.warning(`${name} received: the job is being cancelled; undoing what this run started`),
    // The runner follows SIGINT with SIGTERM: the cancel already under way goes on.
    onRepeat: (name) => logger.info(`${name} received: still cancelling`),
  });
  try {
    await runWithReport(inputs, aws, logger, interrupts.signal);
  } finally {
    interrupts.dispose();
  }
}

async function runWithReport(
  inputs: Options,
  aws: AwsEdge,
  logger: Logger,
  signal: AbortSignal,
): Promise<void> {
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (inputs.buildSecretKey) core.setSecret(inputs.buildSecretKey);
  const deprecation = bindMountChoice(inputs).deprecation;
  if (deprecation) logger.warning(deprecation);
  const repository = repositoryFrom(process.env);
  if (!repository && inputs.comment) logger.warning('GITHUB_REPOSITORY is not set: no pull-request comment');
  const runUrl = runUrlFrom(process.env, repository);
  // Hidden before loading: a load error may quote a value before the project names its secrets.
  const beforeLoad = redactionsBeforeLoad(process.env);
  for (const value of beforeLoad) logger.mask(value);
  // What the action knows before the run starts, said first so the run's own facts win: the commit a
  // report names is this run's, or for a rollback the restored release's (said by restore).
  const sha = inputs.mode === 'rollback' ? undefined : process.env.GITHUB_SHA;
  const context: ReportEvent[] = [
    { kind: 'run-started', mode: inputs.mode },
    ...(runUrl ? [{ kind: 'run-url' as const, url: runUrl }] : []),
    ...(sha ? [{ kind: 'commit' as const, sha }] : []),
  ];
  const { publish, after } = commentPublisher(inputs, repository, logger, context, beforeLoad);

  let events: readonly ReportEvent[];
  try {
    const result = await run(
      runOptions(inputs, { env: process.env, tags: actionTags(repository, runUrl), runUrl }),
      {
        logger,
        aws,
        engine: () => selectEngine(inputs.builder, logger, undefined, stateLedger()),
        onEvents: publish,
        signal,
        ...(inputs.githubToken && repository
          ? { releases: lazyReleases(inputs.githubToken, repository) }
          : {}),
      },
    );
    events = result.events;
    setOutputs(result);
  } catch (err) {
    const failure = err instanceof RunFailure ? err : undefined;
    // A failed deploy still tells later steps what it built and where (e.g. for a notification).
    if (failure?.result) setOutputs(failure.result);
    const cause = failure ? failure.error : err;
    const { line, message } = describeFailure(cause, logger);
    // Before the project named its stack, the report names the one the inputs point at.
    const name = inputs.stackName ?? inputs.projectName ?? basename(inputs.workingDirectory);
    events = [
      { kind: 'stack-named', project: name, stackName: name },
      ...(failure?.events ?? []),
      { kind: 'run-failed', error: message, cancelled: isCancelled(cause) },
    ];
    core.setFailed(line);
  } finally {
    logger.info(`AWS API calls: ${aws.calls.total} ${JSON.stringify(aws.calls.summary())}`);
    logger.info(`AWS API calls by phase: ${JSON.stringify(aws.calls.byPhase())}`);
  }
  events = [...events, { kind: 'api-calls', total: aws.calls.total, byPhase: aws.calls.phaseTotals() }];
  await publish(events, true);
  await writeJobSummary(
    renderMarkdown(foldReport([...context, ...events, ...after()]), SUMMARY_LIMIT),
    logger,
  );
}

/**
 * Publishes the report to the pull request's comment, when the inputs ask for one and name a token and
 * a repository; `after` is what every report ends with (the reviewed plan, the values hidden before loading).
 */
function commentPublisher(
  inputs: Options,
  repository: Repository | undefined,
  logger: Logger,
  context: readonly ReportEvent[],
  beforeLoad: string[],
): {
  publish: (events: readonly ReportEvent[], final: boolean) => Promise<void>;
  after: () => ReportEvent[];
} {
  // The pull request is known from the event, except for a rollback: it comments on the pull request of
  // the release it restores, known once the release is read (report.commit).
  // The GitHub client (Octokit) loads only here, from a chunk of its own: a run without a comment never
  // reads it (issue 13: start-up).
  let commenter: Awaited<ReturnType<typeof pullRequestCommenter>>;
  let targetFor: string | undefined;
  const commenterFor = async (report: RunReport) => {
    if (!inputs.comment || !repository || !inputs.githubToken) return undefined;
    const restored = inputs.mode === 'rollback' ? report.commit : undefined;
    if (inputs.mode === 'rollback' && !restored) return undefined;
    if (targetFor === (restored ?? '')) return commenter;
    targetFor = restored ?? '';
    commenter = await pullRequestCommenter(inputs.githubToken, repository, logger, restored);
    return commenter;
  };

  // A deploy edits the plan's comment: the plan reviewed there, read back once it is found. The values
  // hidden before loading are hidden after the project's own secrets.
  const reviewed: ReportEvent[] = [];
  const after = (): ReportEvent[] => [...reviewed, { kind: 'redactions', values: beforeLoad }];
  const publish = async (events: readonly ReportEvent[], final: boolean) => {
    const reportOf = () => foldReport([...context, ...events, ...after()]);
    const commenter = await commenterFor(reportOf());
    if (!commenter) return;
    const { mode, stackName } = reportOf();
    if (mode === 'deploy' && !reviewed.length) {
      const plan = reviewedPlanFrom(await commenter.existing(commentMarker(stackName)));
      if (plan) reviewed.push({ kind: 'reviewed-plan', reviewed: plan });
    }
    const body = renderMarkdown(reportOf());
    if (final) await commenter.flush(commentMarker(stackName), body);
    else await commenter.upsert(commentMarker(stackName), body);
  };
  return { publish, after };
}

/** The stack tags the action sets: which repository, commit and run the stack runs (ACTION_TAGS). */
function actionTags(repository: Repository | undefined, runUrl: string | undefined): Record<string, string> {
  return {
    ...(repository ? { 'compose-ecs:repository': `${repository.owner}/${repository.repo}` } : {}),
    ...(process.env.GITHUB_SHA ? { 'compose-ecs:sha': process.env.GITHUB_SHA } : {}),
    ...(runUrl ? { 'compose-ecs:run-url': runUrl } : {}),
  };
}

/** The job summary, where the runner offers one; failing to write it never changes the step's outcome. */
async function writeJobSummary(markdown: string, logger: Logger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (err) {
    logger.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}

function setOutputs(result: RunResult): void {
  core.setOutput('stack-name', result.report.stackName);
  core.setOutput('stack-id', result.stackId ?? '');
  core.setOutput('change-set-id', result.changeSetId ?? '');
  core.setOutput('has-changes', String(result.hasChanges));
  core.setOutput('images', JSON.stringify(Object.fromEntries(result.images.map((i) => [i.service, i.uri]))));
  core.setOutput('template-path', result.templatePath);
  core.setOutput('urls', JSON.stringify(result.report.deploy?.urls ?? {}));
  core.setOutput('deployment-id', result.releaseId === undefined ? '' : String(result.releaseId));
}

/**
 * Each load or convert diagnostic becomes one annotation on its file and line; the step then fails with one
 * line that summarises without repeating them. The report (comment, job summary) carries them all in `message`.
 */
function describeFailure(err: unknown, logger: Logger): { line: string; message: string } {
  if (err instanceof UserError) {
    for (const d of err.diagnostics) logger.error(diagnosticBody(d), d.location);
    const message = err.diagnostics.length
      ? `${err.message}: ${err.diagnostics.map(formatDiagnostic).join('; ')}`
      : err.message;
    return { line: err.message, message };
  }
  const message = `unexpected failure: ${(err as Error)?.stack ?? String(err)}`;
  return { line: message, message };
}

/**
 * The pull request's comment, throttled; undefined when the run belongs to none. A rollback comments on the
 * pull request of the release it restores (`restored`, its commit).
 */
async function pullRequestCommenter(
  token: string,
  repository: Repository,
  logger: Logger,
  restored: string | undefined,
) {
  const [{ context }, { commentTarget }, { createCommenter, throttled }] = await Promise.all([
    import('@actions/github'),
    import('./comment-target.js'),
    import('../github/pr-comment.js'),
  ]);
  const target = await commentTarget(context, repository, token, logger, restored);
  return target ? throttled(createCommenter(token, target, logger), COMMENT_INTERVAL_MS) : undefined;
}
