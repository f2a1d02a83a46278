#!/usr/bin/env bash
# Builds the Verbo image (deploy/kubernetes/Dockerfile) from this repository's build:
#   mvn -q -DskipTests package
#   deploy/kubernetes/build-image.sh registry.example.com/verbo:0.1.0 [docker build options...]
# The job jar comes from jobs/target/launcher/submit.env, written by the build. Environment:
# SPARK_IMAGE (base image, default in the Dockerfile), DOCKER (default docker).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
env_file="$here/jobs/target/launcher/submit.env"
if (($# < 1)); then
  echo "usage: deploy/kubernetes/build-image.sh IMAGE:TAG [docker build options...]" >&2
  exit 2
fi
image="$1"
shift
[[ -f "$env_file" ]] || { echo "build-image: $env_file is missing. Run: mvn -q -DskipTests package" >&2; exit 2; }
jar="$(sed -n "s/^VERBO_SPARK_JAR='\(.*\)'$/\1/p" "$env_file")"
[[ -f "$jar" ]] || { echo "build-image: $jar is missing. Run: mvn -q -DskipTests package" >&2; exit 2; }
[[ "$jar" == "$here"/* ]] || { echo "build-image: $jar is outside $here (the build context)" >&2; exit 2; }

args=(build -f "$here/deploy/kubernetes/Dockerfile" -t "$image" --build-arg "VERBO_JAR=${jar#"$here"/}")
if [[ -n "${SPARK_IMAGE:-}" ]]; then
  args+=(--build-arg "SPARK_IMAGE=$SPARK_IMAGE")
fi
args+=("$@" "$here")
echo "build-image: ${DOCKER:-docker} ${args[*]}"
exec "${DOCKER:-docker}" "${args[@]}"
