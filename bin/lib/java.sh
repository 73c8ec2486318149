# Sourced by bin/run and bin/test: finds a JDK 21+ and exports JAVA_HOME, or stops with a clear message.
# Order: JAVA_HOME if it is 21+, then the usual JVM folders (highest version first), then `java` on the PATH.

cuocthi_java_major() { # prints the major version of the JDK at $1, or nothing
    local home=$1 line
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
    if [ -f "$home/release" ]; then
        line=$(grep -E '^JAVA_VERSION=' "$home/release" | head -1 | cut -d'"' -f2)
    fi
    [ -n "$line" ] || line=$("$home/bin/java" -version 2>&1 | head -1 | sed -E 's/.*version "([^"]+)".*/\1/')
    line=${line#1.}
    printf '%s\n' "${line%%[.+-]*}"
}

cuocthi_find_java() {
    local candidate major best= best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(cuocthi_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            return 0
        fi
        echo "JAVA_HOME=$JAVA_HOME is not a JDK 21+ (found '${major:-none}'); looking elsewhere." >&2
    fi
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                     "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$candidate" ] || continue
        major=$(cuocthi_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$candidate best_major=$major
        fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(cuocthi_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then best=$candidate best_major=$major; fi
    fi
    if [ -z "$best" ]; then
        cat >&2 <<'MSG'
CuocThi needs a JDK 21 or newer, and none was found
(looked at JAVA_HOME, /usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman, ~/.jdks and the PATH).
Install one, for example Temurin from https://adoptium.net or `apt-get install openjdk-21-jdk`,
then run this command again (or set JAVA_HOME to it).
MSG
        return 1
    fi
    export JAVA_HOME=$best
}

cuocthi_find_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK $(cuocthi_java_major "$JAVA_HOME") at $JAVA_HOME" >&2
