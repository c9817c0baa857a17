# Shared by the benchmark scripts (sourced, not run): the database to measure on and the classpaths to run with.

# Uses RESULTA_DB_URL, or creates a database named "<prefix>_<pid>" on 127.0.0.1 and drops it when the script exits.
bench_database() {
  BENCH_CREATED=""
  trap 'if [[ -n "$BENCH_CREATED" ]]; then psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $BENCH_CREATED" >/dev/null || true; fi' EXIT
  if [[ -z "${RESULTA_DB_URL:-}" ]]; then
    BENCH_CREATED="$1_$$"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $BENCH_CREATED"
    RESULTA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_CREATED"
  fi
  export RESULTA_DB_URL
  export RESULTA_DB_USER="${RESULTA_DB_USER:-postgres}"
}

# Compiles main and test classes with the Maven arguments given (a profile) and sets PRODUCT_CP (the product's
# classes only: target/test-classes holds the tests' H2 configuration) and CP (with the benchmark classes).
bench_build() {
  mvn -q "$@" -DskipTests test-compile
  mvn -q "$@" dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  PRODUCT_CP="target/classes:$(cat target/bench.classpath)"
  CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
}
