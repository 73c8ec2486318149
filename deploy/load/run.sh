#!/usr/bin/env bash
# The mass-exam morning benchmark (docs/benchmarks.md, issue 12): builds the application and the harness, starts the
# packaged application (embedded PostgreSQL with durable commits, Redis, Keycloak, demo provinces) with a bounded heap,
# and runs the Gatling simulation against it in a JVM of its own; then checks every acknowledged answer and submission
# in PostgreSQL and writes the report under deploy/target/load/<name>-<time>/report.md. Exit code 1 on any error or loss.
#
#   deploy/load/run.sh -Dload.contestants=2000 -Dload.window=60s -Dload.think=2s -Dload.questions=10
#   deploy/load/run.sh -Dload.provinces=caobang,haiduong -Dload.signIn=false -Dload.burst.contestants=5000
#
# Settings: -Dload.<name>=… arguments or LOAD_<NAME> variables (docs/benchmarks.md lists them). Against an application
# already running elsewhere: -Dload.baseUrl=… -Dload.jdbcUrl=… -Dload.staffPassword=… (-Dload.keycloakUrl=…).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/java.sh
if [ "${LOAD_SKIP_BUILD:-false}" != true ]; then
    echo "Building the application and the harness (tests skipped)..." >&2
    ./mvnw -B -q -pl deploy -am -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
fi
classpath="deploy/target/test-classes:deploy/target/classes:$(cat deploy/target/load-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx512m -Djdk.httpclient.allowRestrictedHeaders=host "$@" \
    -cp "$classpath" vn.cuocthi.deploy.load.MorningBenchmark
