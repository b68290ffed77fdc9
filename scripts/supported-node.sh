# Sourced by scripts/test-all.sh: the whole test command runs on a Node that package.json's engines accept.
# On a machine whose own Node is older, Node 24 (an LTS line) comes from the npm registry, as the end-to-end
# suite's does, and goes first on PATH for everything this run starts (npm, jest, tsx, the bundled CLI).
minimum=$(node -p "require('./package.json').engines.node.replace(/^>=/, '')")
if [ "$(node -p "process.versions.node.split('.')[0]")" -lt "$minimum" ]; then
  echo "Node $(node --version) is older than package.json's engines (>=$minimum): using Node 24 from the npm registry" >&2
  node24=$(npx -y -p node@24 node -p process.execPath)
  PATH="$(dirname "$node24"):$PATH"
  export PATH
fi
echo "Node $(node --version)" >&2
