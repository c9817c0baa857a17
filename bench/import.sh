#!/usr/bin/env bash
# Import benchmark (issue 3), not part of `mvn verify`: see docs/benchmarks.md.
#   bench/import.sh [values]      default 10000000
# Generates a government of 10,000 units and 200 indicators without values into PostgreSQL (RESULTA_DB_URL, else a
# fresh database it creates on 127.0.0.1 and drops afterwards), writes a tidy CSV of that many actuals, imports it
# through Resulta's import path (an import job: reader, checks, COPY, audit, events) in a JVM capped at 512 MiB of
# heap, then COPYs the same rows into an identical table. The last line reads
#   import: resulta=<values/s> copy=<values/s> ratio=<r> peak_heap_mib=<m>
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE="${1:-10000000}"
UNITS="${RESULTA_BENCH_UNITS:-10000}"
HEAP="${RESULTA_BENCH_HEAP:-512m}"

source bench/common.sh
bench_database resulta_import_bench

echo "bench: building"
bench_build

# five years of periods, so that 10,000 field offices have room for 1,000 distinct values each
echo "bench: generating $UNITS units and 200 indicators (no values) into $RESULTA_DB_URL"
RESULTA_ADMIN_PASSWORD=benchmark-administrator-password java -Xmx2g -cp "$PRODUCT_CP" org.resulta.ResultaApplication \
  --resulta.generate.units="$UNITS" --resulta.generate.indicators=200 --resulta.generate.years=5 \
  --resulta.generate.values=false --resulta.demo=false --server.port=0 \
  --logging.level.root=WARN --logging.level.org.resulta.demo=INFO
psql -h 127.0.0.1 -U postgres -d "${RESULTA_DB_URL##*/}" -qc "VACUUM ANALYZE" >/dev/null 2>&1 || true

java -Xmx"$HEAP" -cp "$CP" org.resulta.exchange.values.ImportBenchmark "$RESULTA_DB_URL" "$SIZE"
