// The options of the compose project and its images: rows of the options table (src/options/table.ts).
import { BUILDERS } from '../images/builders.js';
import { bool, choice, count, list, modeField, optionalChoice, text, textOr } from './fields.js';
import { ACTION_MODES, BUILDS, COMMANDS } from './modes.js';
import type { OptionRow } from './row.js';
import { BIND_MOUNT_POLICIES } from '../compose/bind-policy.js';

/** Which project, where, and what to drop or deliver differently. */
export const PROJECT_OPTIONS = {
  mode: {
    name: 'mode',
    field: modeField,
    default: 'plan',
    cli: 'positional',
    modes: ACTION_MODES,
    doc: "`plan`: build, push, create the change set, report it, delete it. `deploy`: also execute it, wait for the ECS rollout, and record the release. `rollback`: replay a recorded release. `destroy`: delete the stack (compose's `down`).",
  },
  composeFiles: {
    name: 'compose-file',
    field: list('lines'),
    shown: 'discovery',
    cli: {
      flag: 'file',
      short: 'f',
      meta: 'FILE',
      help: 'compose file (repeatable; default: compose.yaml, docker-compose.yml, ...)',
    },
    modes: ['convert', 'plan', 'deploy', 'destroy', 'ps', 'logs', 'run'],
    doc: 'compose files, one per line, merged in order; default `compose.yaml` (or `compose.yml`, `docker-compose.y[a]ml`)',
  },
  workingDirectory: {
    name: 'working-directory',
    field: textOr('.'),
    default: '.',
    cli: {
      meta: 'DIR',
      help: 'where compose files and relative paths resolve (default: the current directory)',
    },
    modes: ['convert', 'plan', 'deploy', 'destroy', 'ps', 'logs', 'run'],
    doc: 'where compose files and relative paths resolve, relative to the workspace (the CLI: the current directory)',
  },
  projectName: {
    name: 'project-name',
    field: text,
    shown: '`name:`, dir name',
    cli: { short: 'p', meta: 'NAME', help: 'compose project name' },
    modes: ['convert', 'plan', 'deploy', 'destroy', 'ps', 'logs', 'run'],
    doc: 'compose project name: the top-level `name:`, `COMPOSE_PROJECT_NAME`, else the directory name',
  },
  stackName: {
    name: 'stack-name',
    field: text,
    shown: 'the project name, made valid',
    cli: {
      meta: 'NAME',
      help: 'CloudFormation stack (default: the project name made valid, my_app → my-app)',
    },
    modes: COMMANDS,
    doc: 'CloudFormation stack. The default is the compose project name with every character other than letters, digits and `-` turned into `-` (`my_app` → `my-app`), `compose-` in front when it does not start with a letter (`2048` → `compose-2048`), and over 128 characters the first 119 plus `-` and 8 hex digits of its SHA-256. A name you give is used as given and refused when CloudFormation would refuse it.',
  },
  awsRegion: {
    name: 'aws-region',
    field: text,
    shown: "the SDK's resolution",
    cli: { flag: 'region', meta: 'REGION', help: "AWS region (default: the SDK's own resolution)" },
    modes: ['plan', 'deploy', 'rollback', 'destroy', 'ps', 'logs', 'run'],
    doc: 'AWS region, e.g. `AWS_REGION` from `configure-aws-credentials`',
  },
  envFiles: {
    name: 'env-file',
    field: list('lines'),
    cli: { meta: 'FILE', help: 'extra env file for interpolation (repeatable)' },
    modes: ['convert', 'plan', 'deploy', 'destroy'],
    doc: 'extra env files for interpolation, one per line, read after `.env` (later files win)',
  },
  profiles: {
    name: 'profiles',
    field: list(),
    cli: { flag: 'profile', meta: 'NAME', help: 'compose profile to activate (repeatable)' },
    modes: ['convert', 'plan', 'deploy', 'destroy'],
    doc: 'compose profiles to activate (`COMPOSE_PROFILES` works too)',
  },
  bindMounts: {
    name: 'bind-mounts',
    // Unset leaves it to the deprecated flags, else `error` (options/run-options.ts bindMountChoice).
    field: optionalChoice(BIND_MOUNT_POLICIES),
    shown: '`error`',
    cli: { meta: 'MODE', help: 'error (default), configs, drop or auto: what becomes of bind mounts' },
    modes: ['convert', 'plan', 'deploy'],
    doc: "what becomes of bind mounts, which Fargate cannot make: `error` (each names the way out), `configs` (read-only files and directories inside the project become [configs](docs/mapping.md#configs) in SSM Parameter Store, named after their path; writable mounts, paths outside the project, also through a symbolic link, and `.git`, where actions/checkout keeps the job's token, stay errors), `drop` (each dropped with a warning), `auto` (configs as with `configs`; a source-code mount dropped with a warning where the service's Dockerfile copies that source to that target, so the image already holds it; writable data directories, sockets and paths outside the workspace stay errors). tmpfs mounts are not bind mounts ([mapping](docs/mapping.md#volumes))",
  },
  dropBindMounts: {
    name: 'drop-bind-mounts',
    field: bool(false),
    default: 'false',
    cli: { help: 'deprecated: --bind-mounts drop' },
    modes: ['convert', 'plan', 'deploy'],
    doc: 'deprecated (a warning says so): `bind-mounts: drop`; with `bind-mounts-as-configs` too, the old meaning (configs, the rest dropped); `bind-mounts`, when set, decides',
  },
  bindMountsAsConfigs: {
    name: 'bind-mounts-as-configs',
    field: bool(false),
    default: 'false',
    cli: { help: 'deprecated: --bind-mounts configs' },
    modes: ['convert', 'plan', 'deploy'],
    doc: 'deprecated (a warning says so): `bind-mounts: configs`',
  },
  allowOutsideWorkspace: {
    name: 'allow-outside-workspace',
    field: bool(false),
    default: 'false',
    cli: { help: 'read files outside the git repository, forward the SSH agent, host network in builds' },
    modes: ['convert', 'plan', 'deploy'],
    doc: "let the compose project read files outside the workspace (`GITHUB_WORKSPACE`; in the CLI the git repository): env files, secrets, configs, build contexts and their Dockerfiles, `additional_contexts`, ssh keys, local caches, `include` and `extends`; and forward the runner's SSH agent (`ssh: [default]`) or use `network: host` in builds. `.git` stays out of reach either way",
  },
  allowPrivilegedBuilds: {
    name: 'allow-privileged-builds',
    field: bool(false),
    default: 'false',
    cli: { help: 'allow build.privileged: true' },
    modes: BUILDS,
    doc: 'allow `build.privileged: true` (RUN steps with every capability of the builder host, buildx `--allow security.insecure`)',
  },
  showVariables: {
    name: 'show-variables',
    field: list(),
    cli: { meta: 'VARS', help: 'variables whose values the report may show (repeatable; others: ${NAME})' },
    modes: ['convert', 'plan', 'deploy'],
    doc: "variables (comma or newline separated) whose interpolated values the pull-request comment and job summary may show; every other value taken from the runner's environment or the `env-file` input appears there as `${NAME}`",
  },
  templatePath: {
    name: 'template-path',
    field: text,
    shown: '`$RUNNER_TEMP/…`',
    cli: {
      flag: 'output',
      short: 'o',
      meta: 'FILE',
      help: 'where to write the template (convert prints it to stdout otherwise)',
    },
    modes: ['convert', 'plan', 'deploy', 'rollback'],
    doc: 'where the generated template is written (its output `template-path`; the CLI writes none unless asked, and `convert` prints it)',
  },
} as const satisfies Record<string, OptionRow>;

/** How images are built, where they go and how they are kept. */
export const IMAGE_OPTIONS = {
  repositoryPrefix: {
    name: 'repository-prefix',
    field: text,
    shown: 'the project name',
    cli: { meta: 'PREFIX', help: 'ECR repositories <prefix>/<service> (default: the project name)' },
    modes: BUILDS,
    doc: 'each built service is pushed to ECR repository `<prefix>/<service>`',
  },
  untrustedImages: {
    name: 'untrusted-images',
    field: choice(['auto', 'true', 'false'] as const, 'auto'),
    default: 'auto',
    cli: { meta: 'auto|true|false', help: 'push to <prefix>-untrusted/* (auto: on pull_request events)' },
    modes: BUILDS,
    doc: '`true` pushes built images (and their build cache) to `<prefix>-untrusted/<service>`: the plan and preview roles may push only there, and a deploy never reuses them. `auto`: true on `pull_request` and `pull_request_target` events',
  },
  buildSecretKey: {
    name: 'build-secret-key',
    field: text,
    cli: {
      absent:
        'the CLI reads the key from $COMPOSE_ECS_BUILD_SECRET_KEY, never from its arguments (they show in ps)',
    },
    modes: BUILDS,
    doc: 'key of the HMAC that puts build secret contents into the content tag (pass a GitHub secret), so a tag cannot confirm a guessed value; without it the key is a fixed label',
  },
  builder: {
    name: 'builder',
    field: choice(BUILDERS, 'auto'),
    default: 'auto',
    cli: { meta: 'NAME', help: 'auto (default), buildx, buildkit or podman' },
    modes: BUILDS,
    doc: "image builder: `buildx`, `buildkit` (the docker CLI's embedded BuildKit, Docker < 23), `podman`; `auto` = the first that works in that order, buildx first",
  },
  buildConcurrency: {
    name: 'build-concurrency',
    field: count,
    shown: "the runner's cores",
    cli: { meta: 'N', help: "builds at once (default: the machine's cores)" },
    modes: BUILDS,
    doc: "images built at once; each build's log is printed as one group when it ends, with its duration",
  },
  buildCache: {
    name: 'build-cache',
    field: bool(true),
    default: 'true',
    cli: { help: "no registry cache on each repository's buildcache tag" },
    modes: BUILDS,
    doc: "registry cache on each repository's `buildcache` tag (buildx: `type=registry,mode=max`; embedded BuildKit: inline)",
  },
  provenance: {
    name: 'provenance',
    field: text,
    cli: { meta: 'VALUE', help: 'buildx provenance attestation (true, false, mode=min, mode=max)' },
    modes: BUILDS,
    doc: "buildx provenance attestation (`true`, `false`, `mode=min`, `mode=max`); a service's `build.provenance` wins; needs the docker-container driver",
  },
  sbom: {
    name: 'sbom',
    field: text,
    cli: { meta: 'VALUE', help: 'buildx SBOM attestation (true or false)' },
    modes: BUILDS,
    doc: "buildx SBOM attestation (`true` or `false`); a service's `build.sbom` wins; needs the docker-container driver",
  },
  repositoryKmsKey: {
    name: 'repository-kms-key',
    field: text,
    shown: 'AES256',
    cli: { meta: 'KEY', help: 'KMS key for the ECR repositories it creates (default: AES256)' },
    modes: BUILDS,
    doc: 'KMS key for the repositories the action creates',
  },
  lifecycleKeep: {
    name: 'lifecycle-keep',
    field: count,
    shown: 'no policy',
    cli: { meta: 'N', help: 'lifecycle policy keeping the last N builds per repository' },
    modes: BUILDS,
    doc: 'lifecycle policy: keep the last N builds; images a deployed release runs and the cache are never expired',
  },
  pinImages: {
    name: 'pin-images',
    field: bool(true),
    default: 'true',
    cli: { help: 'deploy `image:` tags as written instead of pinning them to their digests' },
    modes: BUILDS,
    doc: 'resolve `image:` tags to the digest they point at, so the template and the release name the same bytes; with `false` a rollback replays the tag, whatever it names by then',
  },
} as const satisfies Record<string, OptionRow>;
