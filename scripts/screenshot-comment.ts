// The README's picture of a pull-request comment: markdown rendered with GitHub's styling
// (markdown-it + github-markdown-css) in headless Debian Chromium, screenshotted to docs/comment.png.
// Rerun when the comment changes:
//   npx tsx scripts/screenshot-comment.ts [comment.md] [out.png]
// Without a file it renders the shop example's update comment (__tests__/report/golden), which the
// unit tests keep equal to what the action renders; a comment saved from `npm run demo` works too.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { VERSION } from '../src/version.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '__tests__/report/golden/iam-security-replacement.md');
const output = resolve(process.argv[3] ?? join(root, 'docs/comment.png'));
const WIDTH = 900;

const ALERT_COLOURS: Record<string, string> = {
  NOTE: '#0969da',
  TIP: '#1a7f37',
  IMPORTANT: '#8250df',
  WARNING: '#9a6700',
  CAUTION: '#d1242f',
};

/** GitHub's alerts (> [!CAUTION]) are blockquotes to markdown-it: style them as GitHub does. */
function alerts(html: string): string {
  return html.replace(
    /<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g,
    (_m, kind: string) =>
      `<blockquote style="border-left-color:${ALERT_COLOURS[kind]}"><p><strong style="color:${ALERT_COLOURS[kind]}">${kind[0]}${kind.slice(1).toLowerCase()}</strong><br>`,
  );
}

function page(markdown: string): string {
  // GitHub allows the raw HTML the comment uses (<details>, <sub>, <b>, <code>) and strips comments.
  const body = alerts(new MarkdownIt({ html: true, linkify: true }).render(markdown));
  const css = readFileSync(
    createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
    'utf8',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { width: ${WIDTH - 34}px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px -apple-system, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif; color: #59636e; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head><body><div class="comment"><div class="comment-header"><b style="color:#1f2328">github-actions</b> bot commented</div>
<article class="markdown-body">${body}</article></div>
<script>document.title = 'height=' + Math.ceil(document.documentElement.scrollHeight);</script></body></html>`;
}

/** Debian's chromium package, installed the way the peers' script installs its packages when it is missing. */
function ensureChromium(): void {
  if (!spawnSync('chromium', ['--version'], { stdio: 'ignore' }).error) return;
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    execFileSync(root ? args[0]! : 'sudo', root ? args.slice(1) : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log('installing Debian chromium (apt-get)');
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
}

/** Debian's chromium, with nothing of its own reaching out (no sync, updates or background fetches). */
function chromium(args: string[], profile: string): string {
  return execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
}

ensureChromium();
const work = mkdtempSync(join(tmpdir(), 'comment-shot-'));
try {
  const html = join(work, 'comment.html');
  // The fixtures write the version as VERSION so that they do not move with releases.
  writeFileSync(
    html,
    page(readFileSync(source, 'utf8').split('compose-ecs VERSION').join(`compose-ecs ${VERSION}`)),
  );
  // First load measures the page (the script puts its height in the title), the second takes the picture.
  const dom = chromium(['--dump-dom', `file://${html}`], join(work, 'profile-1'));
  const height = Number(/height=(\d+)/.exec(dom)?.[1] ?? 2000);
  chromium(
    [`--window-size=${WIDTH},${height}`, `--screenshot=${output}`, `file://${html}`],
    join(work, 'profile-2'),
  );
  console.log(`${output}: ${WIDTH}x${height} from ${source}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
