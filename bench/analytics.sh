#!/usr/bin/env bash
# Analytics benchmark (issue 4), not part of `mvn verify`: see docs/benchmarks.md.
#   bench/analytics.sh [values]      default 10000000
# Generates a government of about that many values into PostgreSQL (RESULTA_DB_URL, else a fresh database it
# creates on 127.0.0.1 and drops afterwards), then runs the same rollup in Resulta's engine, DuckDB and PostgreSQL,
# checks the three results are equal and prints the times. The last line reads
#   analytics: resulta=<s> duckdb=<s> postgres=<s> ratio_vs_duckdb=<r> equal=<true|false>
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE="${1:-10000000}"
# about 1,040 values (actuals and yearly targets) per field office with 200 indicators over 3 years
UNITS=$(( SIZE / 1040 ))
if (( UNITS < 50 )); then UNITS=50; fi

source bench/common.sh
bench_database resulta_bench

echo "bench: building (profile bench brings DuckDB's JDBC driver)"
bench_build -Pbench

echo "bench: generating about $SIZE values ($UNITS units, 200 indicators, 3 years) into $RESULTA_DB_URL"
started=$(date +%s)
RESULTA_ADMIN_PASSWORD=benchmark-administrator-password java -Xmx4g -cp "$PRODUCT_CP" org.resulta.ResultaApplication \
  --resulta.generate.units="$UNITS" --resulta.generate.indicators=200 --resulta.generate.years=3 \
  --resulta.demo=false --server.port=0 \
  --logging.level.root=WARN --logging.level.org.resulta.demo=INFO
echo "bench: generated in $(( $(date +%s) - started )) s"
psql -h 127.0.0.1 -U postgres -d "${RESULTA_DB_URL##*/}" -qc "VACUUM ANALYZE" >/dev/null 2>&1 || true

java -Xmx8g -cp "$CP" org.resulta.analytics.domain.AnalyticsBenchmark "$RESULTA_DB_URL"
