# Sourced by the benchmark scripts: sets OPENS to the JVM flags Spark 3.5 on Java 17 and the
# Vector API kernel need, read from the parent pom's `verbo.jvm.opens` property, the one source
# that surefire, bin/verbo and deploy/submit.sh also use (so a flag added there reaches the
# benchmarks too). Needs ROOT (the repository root) and an offline-capable Maven.
verbo_opens_file="$(mktemp)"
# -Doutput writes the bare value to a file; stdout would carry the console's colour codes.
mvn -q -B -o -N -f "$ROOT/pom.xml" help:evaluate -Dexpression=verbo.jvm.opens -Doutput="$verbo_opens_file" >/dev/null
# The value has no trailing newline, so read returns 1 at end of file: not an error here.
read -r -a OPENS <"$verbo_opens_file" || true
rm -f "$verbo_opens_file"
unset verbo_opens_file
if [[ "${OPENS[*]:-}" != *--add-opens* ]]; then
  echo "could not read verbo.jvm.opens from $ROOT/pom.xml" >&2
  exit 2
fi
