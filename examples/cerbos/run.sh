#!/usr/bin/env bash
# Verifies the Cerbos example with RoleTCK: installs Cerbos from npm into a temporary folder (the
# package @cerbos/cerbos-linux-x64 ships the server binary), starts it on 127.0.0.1 with the
# example's policies, runs `./roletck verify --impl-url …` with the example's profile and known
# failures, prints the summary, and stops Cerbos. Exits with verify's exit code.
#   CERBOS_VERSION (default 0.55.0), CERBOS_PORT (default 3592), ROLETCK_ARGS (more verify options)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="${CERBOS_VERSION:-0.55.0}"
port="${CERBOS_PORT:-3592}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="@cerbos/cerbos-linux-x64" ;;
  Linux-aarch64) package="@cerbos/cerbos-linux-arm64" ;;
  Darwin-arm64) package="@cerbos/cerbos-darwin-arm64" ;;
  Darwin-x86_64) package="@cerbos/cerbos-darwin-x64" ;;
  *) echo "run.sh: no Cerbos package for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
command -v npm >/dev/null 2>&1 || { echo "run.sh: npm is needed to install Cerbos" >&2; exit 2; }

work="$(mktemp -d)"
cerbos_pid=""
cleanup() {
  if [ -n "$cerbos_pid" ]; then kill "$cerbos_pid" 2>/dev/null || true; wait "$cerbos_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "installing $package@$version into a temporary folder"
npm install --prefix "$work" --no-save --no-audit --no-fund --loglevel=error "$package@$version" >/dev/null
cerbos="$(find "$work/node_modules/$package" -maxdepth 1 -type f -name 'cerbos-*' -perm -u+x | sed -n 1p)"
[ -x "$cerbos" ] || { echo "run.sh: no cerbos binary in $package" >&2; exit 2; }
"$cerbos" --version | sed -n 1p

"$cerbos" compile "$here/policies" >/dev/null
"$cerbos" server --config="$here/config.yaml" \
  --set=storage.disk.directory="$here/policies" \
  --set=server.httpListenAddr="127.0.0.1:$port" --set=server.grpcListenAddr="127.0.0.1:$((port + 1))" \
  >"$work/cerbos.log" 2>&1 &
cerbos_pid=$!
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$cerbos_pid" 2>/dev/null; then cat "$work/cerbos.log" >&2; echo "run.sh: Cerbos did not start" >&2; exit 2; fi
  sleep 0.1
done
echo "Cerbos serves AuthZEN at http://127.0.0.1:$port"

cd "$root"
status=0
# --seed 41: the generated requests are the same on every run, so known-failures.yaml can name them.
# The feature scenarios compare whole answers (scopes, not_applicable); a PDP that answers only
# decisions is judged by the cases, so they are left out here.
# shellcheck disable=SC2086
./roletck verify --impl-url "http://127.0.0.1:$port" --profile "$here/profile.yaml" \
  --known-failures "$here/known-failures.yaml" --no-features --seed 41 ${ROLETCK_ARGS:-} || status=$?
exit "$status"
