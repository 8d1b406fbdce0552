# Sourced by .ci/run and ./run: exports JAVA_HOME of a JDK 21 or newer, or stops with a clear message.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
ejd_jdk=""
for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then ejd_jdk="$candidate"; break; fi
done
if [ -z "$ejd_jdk" ]; then
  echo "eJD needs a JDK 21 or newer (java and javac). Install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$ejd_jdk"
export PATH="$JAVA_HOME/bin:$PATH"
