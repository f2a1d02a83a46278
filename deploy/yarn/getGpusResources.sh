#!/usr/bin/env bash
# Spark GPU discovery script (spark.executor.resource.gpu.discoveryScript): prints the GPUs this
# executor may use as Spark's ResourceInformation JSON, e.g.
#   {"name":"gpu","addresses":["0","1"]}
# The addresses are CUDA device ordinals as this process sees them: with YARN GPU isolation or the
# Kubernetes NVIDIA device plugin, only the GPUs allocated to the container are visible, so one
# allocated GPU is always address "0".
#
# Without GPUs (no nvidia-smi, or it lists none) it prints {"name":"gpu","addresses":[]} and exits 1
# with the reason on stderr: Spark then fails the executor's start with a clear message instead of
# running a GPU executor on the CPU.
#
# Install it on every GPU node (and in the image) where the profile points, executable and not
# writable by users:  install -m 755 deploy/yarn/getGpusResources.sh /opt/verbo/getGpusResources.sh
# Environment: NVIDIA_SMI (default nvidia-smi), for tests.
set -euo pipefail

smi="${NVIDIA_SMI:-nvidia-smi}"
empty='{"name":"gpu","addresses":[]}'

if ! command -v "$smi" >/dev/null 2>&1; then
  echo "$empty"
  echo "getGpusResources: $smi not found: no NVIDIA driver on $(hostname)" >&2
  exit 1
fi
if ! indexes="$("$smi" --query-gpu=index --format=csv,noheader 2>&1)"; then
  echo "$empty"
  echo "getGpusResources: $smi failed on $(hostname): $indexes" >&2
  exit 1
fi
addresses=()
while read -r index; do
  index="${index//[[:space:]]/}"
  [[ -z "$index" ]] && continue
  if [[ ! "$index" =~ ^[0-9]+$ ]]; then
    echo "$empty"
    echo "getGpusResources: unexpected $smi output on $(hostname): $index" >&2
    exit 1
  fi
  addresses+=("\"$index\"")
done <<<"$indexes"
if ((${#addresses[@]} == 0)); then
  echo "$empty"
  echo "getGpusResources: $smi lists no GPU on $(hostname)" >&2
  exit 1
fi
joined="$(IFS=,; echo "${addresses[*]}")"
echo "{\"name\":\"gpu\",\"addresses\":[$joined]}"
