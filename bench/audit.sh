#!/usr/bin/env bash
# Throughput of `roletck audit` on a generated 1,000,000-row export, with the heap capped at 256 MB.
# Usage: bench/audit.sh [rows] [runs]   (ROLETCK_BENCH_HEAP=64m to try a smaller heap)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${ROLETCK_BUILD_DIR:-target}"
mvn -q -B -Pbench -Droletck.buildDir="$PWD/$build" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$build/bench-classpath.txt" -Dmdep.includeScope=test
exec java -Xmx"${ROLETCK_BENCH_HEAP:-256m}" -cp "$build/classes:$build/test-classes:$(cat "$build/bench-classpath.txt")" \
    dev.roletck.bench.AuditBenchmark "${1:-1000000}" "${2:-5}"
