import * as core from '@actions/core';
import { basename } from 'node:path';
import { countCallsByPhase } from '../aws/call-phases.js';
import { createAwsEdge } from '../aws/sdk-edge.js';
import { UserError, diagnosticBody, formatDiagnostic } from '../errors.js';
import { selectEngine } from '../images/select-engine.js';
import type { ActionInputs } from '../inputs.js';
import { commentMarker, renderMarkdown, SUMMARY_LIMIT } from '../report/markdown.js';
import type { Logger } from '../log.js';
import type { RunReport } from '../report/run-report.js';
import { run, type RunResult } from '../run.js';
import { repositoryFrom, runUrlFrom, type Repository } from './repository.js';
import { createActionLogger } from './logger.js';

/** Seconds between progress edits of the PR comment (GitHub's secondary rate limits). */
const COMMENT_INTERVAL_MS = 10_000;

/** The action: inputs → pipeline → outputs, job summary and PR comment. Failures end the step with one line. */
export async function runAction(inputs: ActionInputs): Promise<void> {
  const aws = createAwsEdge({ region: inputs.awsRegion });
  const logger = countCallsByPhase(createActionLogger(inputs.workingDirectory), aws.calls);
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const repository = repositoryFrom(process.env);
  if (!repository && inputs.comment) logger.warning('GITHUB_REPOSITORY is not set: no pull-request comment');
  const commenter =
    inputs.comment && repository ? await pullRequestCommenter(inputs, repository, logger) : undefined;
  const runUrl = runUrlFrom(process.env, repository);

  const publish = async (report: RunReport, final: boolean) => {
    report.runUrl = runUrl;
    if (!commenter) return;
    const body = renderMarkdown(report);
    if (final) await commenter.flush(commentMarker(report.stackName), body);
    else await commenter.upsert(commentMarker(report.stackName), body);
  };

  let report: RunReport | undefined;
  try {
    const result = await run(
      {
        mode: inputs.mode,
        load: {
          files: inputs.composeFiles,
          workingDir: inputs.workingDirectory,
          projectName: inputs.projectName,
          envFiles: inputs.envFiles,
          profiles: inputs.profiles,
          environment: process.env,
          dropBindMounts: inputs.dropBindMounts,
        },
        stackName: inputs.stackName,
        repositoryPrefix: inputs.repositoryPrefix,
        vpcId: inputs.vpcId,
        subnetIds: inputs.subnetIds,
        publicSubnetIds: inputs.publicSubnetIds,
        privateSubnets: inputs.privateSubnets,
        convert: { dropUnsupportedMounts: inputs.dropBindMounts, assignPublicIp: !inputs.privateSubnets },
        templatePath: inputs.templatePath,
        templateBucket: inputs.templateBucket,
        waitTimeoutMs: inputs.waitTimeoutMinutes * 60_000,
        tags: actionTags(repository, runUrl),
        stack: inputs.stack,
        forceChangeSet: inputs.forceChangeSet,
        images: {
          concurrency: inputs.buildConcurrency,
          cache: inputs.buildCache,
          provenance: inputs.provenance,
          sbom: inputs.sbom,
          kmsKey: inputs.repositoryKmsKey,
          lifecycleKeep: inputs.lifecycleKeep,
        },
      },
      { logger, aws, engine: () => selectEngine(inputs.builder, logger), onReport: publish },
    );
    report = result.report;
    setOutputs(result);
  } catch (err) {
    report = (err as { report?: RunReport }).report;
    // A failed deploy still tells later steps what it built and where (e.g. for a notification).
    const partial = (err as { result?: RunResult }).result;
    if (partial) setOutputs(partial);
    const { line, message } = describeFailure(err, logger);
    if (!report) {
      const name =
        (err as { stackName?: string }).stackName ??
        inputs.stackName ??
        inputs.projectName ??
        basename(inputs.workingDirectory);
      report = failureReport(inputs.mode, name, message);
    } else if (report && !report.error) {
      report.error = message;
    }
    core.setFailed(line);
  } finally {
    logger.info(`AWS API calls: ${aws.calls.total} ${JSON.stringify(aws.calls.summary())}`);
    logger.info(`AWS API calls by phase: ${JSON.stringify(aws.calls.byPhase())}`);
  }
  if (report) {
    report.apiCalls = aws.calls.total;
    report.apiCallsByPhase = aws.calls.phaseTotals();
    await publish(report, true);
    await writeJobSummary(renderMarkdown(report, SUMMARY_LIMIT), logger);
  }
}

/**
 * The pull request's comment, throttled; undefined when the run belongs to none or has no token. The GitHub
 * client (Octokit) loads only here, from a chunk of its own: a run without a comment never reads it.
 */
async function pullRequestCommenter(inputs: ActionInputs, repository: Repository, logger: Logger) {
  const [{ context }, { commentTarget }, { createCommenter, throttled }] = await Promise.all([
    import('@actions/github'),
    import('./comment-target.js'),
    import('../github/pr-comment.js'),
  ]);
  const target = await commentTarget(context, repository, inputs.githubToken, logger);
  return target && inputs.githubToken
    ? throttled(createCommenter(inputs.githubToken, target, logger), COMMENT_INTERVAL_MS)
    : undefined;
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

function failureReport(mode: 'plan' | 'deploy', stackName: string, error: string): RunReport {
  return {
    mode,
    project: stackName,
    stackName,
    hasChanges: false,
    changes: [],
    images: [],
    sensitive: [],
    warnings: [],
    error,
  };
}
