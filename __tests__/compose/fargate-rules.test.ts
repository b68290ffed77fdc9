// One table of Fargate rules (src/compose/ecs-rules.ts), applied by the loader before anything is built;
// the converter does not judge the same fields again, so a run says each verdict once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { convert } from '../../src/template/convert.js';

async function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'compose-ecs-rules-'));
  writeFileSync(join(dir, 'compose.yaml'), yaml);
  return loadProject({ files: [], workingDir: dir, environment: {} });
}

describe('the Fargate table', () => {
  it('refuses what would change the app, with file, line and field, before anything is built', async () => {
    const err = await load(
      'services:\n  web:\n    image: nginx\n    privileged: true\n    cap_add: [NET_ADMIN]\n    extra_hosts: ["db:10.0.0.5"]\n    deploy:\n      mode: global\n',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const lines = (err as UserError).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^compose\.yaml:4:\d+ services\.web\.privileged: Fargate does not run privileged/,
        ),
        expect.stringMatching(
          /^compose\.yaml:5:\d+ services\.web\.cap_add\[0\]: Fargate can add only the SYS_PTRACE/,
        ),
        expect.stringMatching(
          /^compose\.yaml:6:\d+ services\.web\.extra_hosts: Fargate \(awsvpc\) tasks cannot add/,
        ),
        expect.stringMatching(
          /^compose\.yaml:8:\d+ services\.web\.deploy\.mode: deploy\.mode global is not available/,
        ),
      ]),
    );
  });

  it('says each ignored field once over loading and converting', async () => {
    const loaded = await load(
      [
        'services:',
        '  web:',
        '    image: nginx',
        '    hostname: web1',
        '    restart: always',
        '    ports: ["80:80"]',
        '    x-aws-healthcheck: { path: /, intervall: 5 }',
        '    deploy:',
        '      labels: { team: shop }',
        '      placement: { constraints: [node.role==manager] }',
        '  api:',
        '    image: nginx',
        '    ports:',
        '      - target: 8080',
        '        published: 8080',
        '        x-aws-protocl: http',
        '      - target: 8081',
        '        published: 8081',
        'x-aws-vpcc: vpc-1',
        '',
      ].join('\n'),
    );
    const all = [...loaded.warnings, ...convert(loaded).warnings].map(formatDiagnostic);
    expect(new Set(all).size).toBe(all.length);
    for (const field of ['hostname', 'restart', 'deploy.labels', 'deploy.placement'])
      expect(all.filter((w) => w.includes(`services.web.${field}:`))).toHaveLength(1);
    // Unknown keys are warned wherever they appear: a port, a service's health check, the top level.
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringContaining('services.api.ports[0].x-aws-protocl: unknown extension x-aws-protocl'),
        expect.stringContaining('unknown health-check field intervall'),
        expect.stringContaining('x-aws-vpcc: unknown extension x-aws-vpcc'),
      ]),
    );
  });

  // A one-shot service becomes a job (template/jobs.ts): the deploy runs it once and retries it as its restart
  // policy says, so that policy is not "ignored", and deploy.mode replicated-job is what declares one.
  describe('jobs', () => {
    const warningsOf = async (yaml: string[]) => {
      const loaded = await load([...yaml, ''].join('\n'));
      return [...loaded.warnings, ...convert(loaded).warnings].map(formatDiagnostic);
    };

    it('says nothing of restart: on-failure or restart_policy on-failure on a job', async () => {
      const all = await warningsOf([
        'services:',
        '  migrate:',
        '    image: app',
        '    restart: on-failure:2',
        '  seed:',
        '    image: app',
        '    deploy: { restart_policy: { condition: on-failure, max_attempts: 1 } }',
        '  api:',
        '    image: app',
        '    depends_on:',
        '      migrate: { condition: service_completed_successfully }',
        '      seed: { condition: service_completed_successfully }',
      ]);
      expect(all.filter((w) => /services\.(migrate|seed)\.(restart|deploy)/.test(w))).toEqual([]);
    });

    it('still calls restart ignored on a long-running service and on a job within one task', async () => {
      const all = await warningsOf([
        'services:',
        '  web:',
        '    image: app',
        '    restart: on-failure',
        '  init:',
        '    image: app',
        '    restart: on-failure',
        '    network_mode: service:api',
        '  api:',
        '    image: app',
        '    depends_on:',
        '      init: { condition: service_completed_successfully }',
      ]);
      expect(all.filter((w) => /services\.(web|init)\.restart: ignored on ECS/.test(w))).toHaveLength(2);
    });

    it('runs a global-job once per deploy, saying Fargate has no nodes', async () => {
      const loaded = await load('services:\n  seed:\n    image: app\n    deploy: { mode: global-job }\n');
      expect(loaded.warnings.map(formatDiagnostic)).toContainEqual(
        expect.stringMatching(
          /services\.seed\.deploy\.mode: ignored on ECS: Fargate has no nodes: a global job runs once per deploy/,
        ),
      );
    });

    it('loads deploy.mode: replicated-job, and refuses it on a service that restarts for ever', async () => {
      const loaded = await load('services:\n  seed:\n    image: app\n    deploy: { mode: replicated-job }\n');
      expect(loaded.warnings.map(formatDiagnostic).join('\n')).not.toMatch(/deploy\.mode/);
      const err = await load(
        'services:\n  seed:\n    image: app\n    restart: always\n    deploy: { mode: replicated-job }\n',
      ).catch((e: unknown) => e);
      expect((err as UserError).diagnostics.map(formatDiagnostic)).toEqual([
        expect.stringMatching(
          /^compose\.yaml:5:\d+ services\.seed\.deploy\.mode: deploy\.mode replicated-job is not available/,
        ),
      ]);
    });
  });
});
