#!/usr/bin/env bash
# esbuild-dist.sh OUT: the action and the CLI bundled by esbuild (minified, ES modules split into chunks),
# laid out like dist/ (OUT/index.js, OUT/cli/index.js), for the bundler comparison of issue 13:
#   bash scripts/bench/esbuild-dist.sh /tmp/esbuild-dist && BENCH_COMPARE_DIST=/tmp/esbuild-dist npm run bench startup
# The product is bundled by ncc (npm run build); this is a measurement, not a second build.
# esbuild comes with tsx (a dev dependency). The AWS SDK's ES module builds are preferred (--main-fields) and
# CommonJS dependencies get a require() of their own (the banner), which ES module output lacks.
set -euo pipefail
out=${1:?usage: esbuild-dist.sh OUT}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rm -rf "$out"
banner="import { createRequire as __compose_ecs_require } from 'node:module'; const require = __compose_ecs_require(import.meta.url);"
for pair in "src/main.ts:$out" "src/cli.ts:$out/cli"; do
  node_modules/.bin/esbuild "index=${pair%%:*}" --bundle --platform=node --format=esm --splitting --minify \
    --target=node20 --main-fields=module,main --outdir="${pair#*:}" --log-level=warning --banner:js="$banner"
  echo '{"type":"module"}' >"${pair#*:}/package.json"
done
