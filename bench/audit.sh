#!/usr/bin/env bash
# Throughput of `roletck audit` on a generated 1,000,000-row export, with the heap capped at 256 MB.
# Usage: bench/audit.sh [rows] [runs]   (ROLETCK_BENCH_HEAP=64m to try a smaller heap)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Compiled in the reactor, nothing installed: roletck-kit's class path names roletck-api/target/classes.
mvn -q -B -Pbench -pl roletck-api,roletck-kit test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
kit=roletck-kit/target
exec java -Xmx"${ROLETCK_BENCH_HEAP:-256m}" -cp "$kit/classes:$kit/test-classes:$(cat "$kit/bench-classpath.txt")" \
    dev.roletck.bench.AuditBenchmark "${1:-1000000}" "${2:-5}"
