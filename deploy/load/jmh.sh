#!/usr/bin/env bash
# JMH microbenchmarks of the exam's hot paths (docs/benchmarks.md): the question draw, the ranking key and its order,
# the autosave's payloads. Opt-in, not part of bin/test. Extra arguments go to JMH, e.g. `deploy/load/jmh.sh ExamDraw -f 1`.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/java.sh
./mvnw -B -q -pl quiz-runtime -am -Pjmh -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
classpath="quiz-runtime/target/test-classes:quiz-runtime/target/classes:$(cat quiz-runtime/target/jmh-classpath.txt)"
exec "$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main "${@:-Benchmark}"
