// Issue 22, item 14: what a build prints is the Dockerfile's (a pull request's), so a `RUN echo
// ::add-mask::…` or `::set-env…` line must stay text; and the init image that receives secret values is
// the bytes reviewed (pinned by digest) and recorded in the release.
import { writeVerbatim } from '../../src/action/logger.js';
import type { ContainerEngine } from '../../src/images/engine.js';
import type { PreparedBuild } from '../../src/images/prepare-build.js';
import { runBuilds } from '../../src/images/run-builds.js';
import type { Logger } from '../../src/log.js';
import { helperImages } from '../../src/steps/record.js';
import { DEFAULT_SECRETS_INIT_IMAGE } from '../../src/template/options.js';

const HOSTILE = ['#5 [2/2] RUN echo ::add-mask::x', '::set-env name=NODE_OPTIONS::--require=/tmp/x.js'];

/** How the runner reads a log: which lines it would take as workflow commands. */
function commandsRead(log: string[]): string[] {
  const read: string[] = [];
  let stopped: string | undefined;
  for (const line of log) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopped = stop[1];
    else if (line.startsWith('::')) read.push(line);
  }
  return read;
}

describe('build output', () => {
  it('is printed between stop-commands markers with a token no output can guess', () => {
    const first: string[] = [];
    const second: string[] = [];
    writeVerbatim(HOSTILE, (l) => first.push(l));
    writeVerbatim(HOSTILE, (l) => second.push(l));
    expect(first.slice(1, -1)).toEqual(HOSTILE);
    expect(commandsRead(first)).toEqual([]);
    expect(first[0]).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(first[0]).not.toBe(second[0]);
  });

  it('reaches the log of a run only through the verbatim channel', async () => {
    const log: string[] = [];
    const logger: Logger = {
      info: (m) => log.push(m),
      debug: () => undefined,
      warning: (m) => log.push(`::warning::${m}`),
      error: (m) => log.push(`::error::${m}`),
      mask: () => undefined,
      group: async (title, body) => {
        log.push(`::group::${title}`);
        const out = await body();
        log.push('::endgroup::');
        return out;
      },
      verbatim: (lines) => writeVerbatim(lines, (l) => log.push(l)),
    };
    const engine = {
      buildAndPush: async (_: unknown, onLine: (line: string) => void) => {
        HOSTILE.forEach(onLine);
        return `sha256:${'a'.repeat(64)}`;
      },
    } as unknown as ContainerEngine;
    const plan = { request: { service: 'web', tags: ['r/web:1'] } } as unknown as PreparedBuild;
    await runBuilds([plan], engine, logger, 1);
    expect(log).toEqual(expect.arrayContaining(HOSTILE));
    expect(commandsRead(log)).toEqual([expect.stringMatching(/^::group::image: web/), '::endgroup::']);
  });
});

describe('the secrets/DNS init image', () => {
  it('is pinned by digest', () => {
    expect(DEFAULT_SECRETS_INIT_IMAGE).toMatch(
      /^public\.ecr\.aws\/docker\/library\/busybox@sha256:[0-9a-f]{64}$/,
    );
  });

  it('is recorded in the release, by init container', () => {
    const container = (Name: string, Image: string) => ({ Name, Image });
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        WebTaskDefinition: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: {
            ContainerDefinitions: [
              container('web', 'r/web@sha256:1'),
              container('compose-secrets-init', DEFAULT_SECRETS_INIT_IMAGE),
              container('compose-dns-search', DEFAULT_SECRETS_INIT_IMAGE),
            ],
          },
        },
      },
    };
    expect(helperImages(template as never)).toEqual({
      'compose-dns-search': DEFAULT_SECRETS_INIT_IMAGE,
      'compose-secrets-init': DEFAULT_SECRETS_INIT_IMAGE,
    });
  });
});
