#!/usr/bin/env bash
# Measures POST /api/v1/assessments with wrk on loopback: starts ./assay serve on a free port, warms it up,
# runs wrk (32 connections, 2 threads, 30 s by default), stops the server. Prints wrk's report.
# Usage (from the repository root, after the build): engine/server/wrk/run-wrk.sh [CASE] [DURATION]
# WARMUP=90s for a longer warm-up: C2 compiles this code base for about a minute of load (docs/performance.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
case_file="${1:-examples/acme-retail.yaml}"
duration="${2:-30s}"
port="${PORT:-18080}"
log="$(mktemp)"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}" ./assay serve --port "$port" 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 120); do grep -q "listening on" "$log" && break; sleep 0.5; done
grep "listening on" "$log" >&2
export CASE="$case_file"
# Warm-up: the JIT compiles the hot paths before the measured run.
wrk -t2 -c32 -d"${WARMUP:-10s}" -s engine/server/wrk/post-case.lua "http://127.0.0.1:$port" >/dev/null
# CPU seconds the server used during the measured run (user + system, from /proc): on a busy machine the
# rate measures the machine; CPU per request measures the server.
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$(pgrep -P "$pid" java || echo "$pid")/stat"; }
before="$(cpu)"
# The share of CPU the hypervisor gave to other guests (steal) during the run: when it is high, the rate
# measures the neighbours, not the server.
# shellcheck source=../../benchmarks/cpu-steal.sh
. engine/benchmarks/cpu-steal.sh
ticks_before="$(cpu_ticks)"
wrk -t2 -c32 -d"$duration" --latency -s engine/server/wrk/post-case.lua "http://127.0.0.1:$port" | tee /dev/stderr \
  | awk '/requests in/ {print $1}' > "$log.n"
after="$(cpu)"
ticks_after="$(cpu_ticks)"
awk -v b="$before" -v a="$after" -v n="$(cat "$log.n")" \
  'BEGIN { printf "server CPU: %.1f s for %d requests = %.2f ms CPU per request\n", a - b, n, (a - b) * 1000 / n }'
rm -f "$log.n"
echo "CPU steal during the run: $(steal_share "$ticks_before" "$ticks_after")"
