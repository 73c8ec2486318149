#!/usr/bin/env bash
# JMH microbenchmarks of the exam's hot paths (docs/benchmarks.md): the question draw, the ranking key and its order,
# the autosave's payloads. Opt-in, not part of bin/test. Extra arguments go to JMH, e.g. `deploy/load/jmh.sh ExamDraw -f 1`.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bin/lib/java.sh
# compiled afresh so the annotation processor generates the harness (an up-to-date compile would skip it)
rm -rf quiz-runtime/target/test-classes
./mvnw -B -q -pl quiz-runtime -am -Pjmh -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
classpath="quiz-runtime/target/test-classes:quiz-runtime/target/classes:$(cat quiz-runtime/target/jmh-classpath.txt)"
status=0
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main "${@:-Benchmark}" || status=$?
# the generated harness (classes named *_jmhTest) must not linger where surefire looks for tests
find quiz-runtime/target/test-classes -type d -name jmh_generated -prune -exec rm -rf {} +
rm -f quiz-runtime/target/test-classes/META-INF/BenchmarkList quiz-runtime/target/test-classes/META-INF/CompilerHints
exit $status
