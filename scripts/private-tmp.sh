# Sourced by the README's commands (scripts/test-all.sh, scripts/demo.sh): everything this run, its tests,
# the bundled action and the tools they start put in the temp directory goes to one private directory
# that is removed when the run ends, so runs leave no temp files behind (issue 14).
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/compose-ecs-run.XXXXXX")
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR="$run_tmp"
