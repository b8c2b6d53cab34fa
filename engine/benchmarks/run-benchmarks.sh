#!/usr/bin/env bash
# Measures ROI Assay and prints one Markdown table (the one kept in docs/performance.md):
#   cold start of `./assay assess` (min / median / max over N runs, peak RSS),
#   batch throughput at 10k / 100k / 1M cases with the heap capped at 256 MB (cases/s, peak RSS),
#   the JMH rates of the rules alone and of one assessment end to end, and their ratio,
#   the JMH time of 10,000 Monte Carlo draws and of assess with 0 / 10,000 draws.
# Public tools only: bash, /usr/bin/time (Debian package `time`), awk, java, mvn, JMH.
#
# Usage: engine/benchmarks/run-benchmarks.sh [--no-build] [--quick]
#   --quick  3 cold runs, batches of 1k and 10k, short JMH runs (a smoke check of the script itself)
# Environment: BENCH_SIZES="10000 100000 1000000"  COLD_RUNS=10  BENCH_JOBS=2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

build=1; quick=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --quick) quick=1 ;;
    *) echo "usage: $0 [--no-build] [--quick]" >&2; exit 2 ;;
  esac
done
if [ "$quick" = 1 ]; then
  sizes="${BENCH_SIZES:-1000 10000}"; cold_runs="${COLD_RUNS:-3}"; jmh=(-f 1 -wi 1 -w 1 -i 2 -r 1)
else
  sizes="${BENCH_SIZES:-10000 100000 1000000}"; cold_runs="${COLD_RUNS:-10}"; jmh=(-f 1 -wi 3 -w 2 -i 5 -r 2)
fi
jobs="${BENCH_JOBS:-2}"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [ "$build" = 1 ]; then
  echo "building…" >&2
  mvn -B -q -DskipTests package >&2
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

stats() { # min median max of the numbers on stdin
  sort -g | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%s %s %s\n", v[1], m, v[NR]}'
}

echo "cold start: $cold_runs runs of ./assay assess examples/acme-retail.yaml…" >&2
./assay assess examples/acme-retail.yaml >/dev/null   # the first run after a build may fill caches
: > "$work/cold"
for _ in $(seq "$cold_runs"); do
  /usr/bin/time -f "%e %M" -o "$work/one" ./assay assess examples/acme-retail.yaml >/dev/null
  cat "$work/one" >> "$work/cold"
done
read -r cold_min cold_med cold_max < <(awk '{print $1}' "$work/cold" | stats)
cold_rss=$(awk '{print $2}' "$work/cold" | sort -g | tail -1)

batch_rows=""
for n in $sizes; do
  echo "batch: $n cases, --jobs $jobs, JAVA_OPTS=-Xmx256m…" >&2
  lines=$(wc -l < examples/batch/examples.jsonl)
  awk -v n="$n" -v k="$lines" 'BEGIN {} {a[NR]=$0} END {for (i=0; i<n; i++) print a[i%k+1]}' \
    examples/batch/examples.jsonl > "$work/in.jsonl"
  JAVA_OPTS=-Xmx256m /usr/bin/time -f "%e %M" -o "$work/one" ./assay batch "$work/in.jsonl" --jobs "$jobs" \
    >/dev/null 2> "$work/err" || true
  rate=$(grep -o '[0-9]* cases/s' "$work/err" | awk '{print $1}')
  summary=$(grep 'assay batch:' "$work/err" | sed 's/^assay batch: //')
  read -r wall rss < "$work/one" || true
  batch_rows+="| batch, $n cases | ${rate:-failed} cases/s | $(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}') MB | ${wall} s wall; ${summary:-$(tail -1 "$work/err")} |"$'\n'
done

echo "JMH: rules alone and end to end (acme-retail), 1 and 2 threads…" >&2
for t in 1 2; do
  java -jar engine/benchmarks/target/benchmarks.jar 'RulesAloneBenchmark|AssessEndToEndBenchmark' \
    -p example=acme-retail.yaml -t "$t" "${jmh[@]}" -rf csv -rff "$work/jmh$t.csv" >/dev/null 2>&1
done
score() { awk -F, -v b="$1" 'index($1, b) {gsub("\"", "", $5); printf "%.0f", $5}' "$2"; }
echo "JMH: Monte Carlo, 10,000 draws on a compiled plan, and assess with 0 / 10,000 draws (1 thread)…" >&2
java -jar engine/benchmarks/target/benchmarks.jar 'MonteCarloBenchmark' -p example=acme-retail.yaml -t 1 \
  "${jmh[@]}" -rf csv -rff "$work/mc.csv" >/dev/null 2>&1
mscore() { awk -F, -v b="$1" -v d="$2" '{v=$8; gsub("\"", "", v)} index($1, b) && v == d {gsub("\"", "", $5); printf "%.3f", $5}' "$work/mc.csv"; }
mc_draws=$(mscore draws10k 0); mc_a0=$(mscore '.assess' 0); mc_a10k=$(mscore '.assess' 10000)
rules1=$(score RulesAloneBenchmark "$work/jmh1.csv"); e2e1=$(score AssessEndToEndBenchmark "$work/jmh1.csv")
rules2=$(score RulesAloneBenchmark "$work/jmh2.csv"); e2e2=$(score AssessEndToEndBenchmark "$work/jmh2.csv")

cat <<TABLE
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)

| measure | result | peak RSS | notes |
|---|---|---|---|
| cold start, \`./assay assess examples/acme-retail.yaml\` | min $cold_min s / median $cold_med s / max $cold_max s | $(awk -v k="$cold_rss" 'BEGIN {printf "%.0f", k/1024}') MB | $cold_runs runs, after one warm-up run |
${batch_rows}| rules alone (JMH, prepared facts) | $rules1 cases/s (1 thread), $rules2 (2 threads) | | RulesAloneBenchmark |
| end to end (JMH: JSON line → report line) | $e2e1 cases/s (1 thread), $e2e2 (2 threads) | | AssessEndToEndBenchmark |
| 10,000 Monte Carlo draws (JMH, compiled plan, 7 drivers) | $mc_draws ms per case (1 thread) | | MonteCarloBenchmark.draws10k |
| assess with 0 / 10,000 draws (JMH, acme-retail) | $mc_a0 ms / $mc_a10k ms per case (1 thread) | | MonteCarloBenchmark.assess |
| end to end ÷ rules alone | $(awk -v a="$e2e1" -v b="$rules1" 'BEGIN {printf "%.2f", a/b}') (1 thread), $(awk -v a="$e2e2" -v b="$rules2" 'BEGIN {printf "%.2f", a/b}') (2 threads) | | the share of the rules' own speed the engine keeps |
TABLE
