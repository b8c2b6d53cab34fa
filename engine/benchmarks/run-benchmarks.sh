#!/usr/bin/env bash
# Measures ROI Assay and prints one Markdown table (the one kept in docs/performance.md):
#   cold start of `./assay assess` (min / median / max over N runs, peak RSS),
#   batch throughput over a generated corpus (BatchCorpus: mixed industries, sizes and languages) with
#   --jobs 1 and 2, full reports and --output summary, the heap capped at 256 MB (cases/s, CPU, peak RSS),
#   the 1,000,000-case run under -Xmx256m with its order checked,
#   the bare-Drools baseline (same pack, same facts, no engine) and the batch rates as a share of it.
#   the JMH time of 10,000 Monte Carlo draws and of assess with 0 / 10,000 draws.
# Public tools only: bash, /usr/bin/time (Debian package `time`), awk, java, mvn, JMH.
#
# Usage: engine/benchmarks/run-benchmarks.sh [--no-build] [--quick]
#   --quick  3 cold runs, a 2k-case corpus, no 1M run, short JMH runs (a smoke check of the script itself)
# Environment: BENCH_CASES=50000 (the corpus)  BENCH_BIG=1000000 (0 skips it)  COLD_RUNS=10
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
  corpus_size="${BENCH_CASES:-2000}"; big_size="${BENCH_BIG:-0}"; cold_runs="${COLD_RUNS:-3}"; jmh=(-f 1 -wi 1 -w 1 -i 2 -r 1)
else
  corpus_size="${BENCH_CASES:-50000}"; big_size="${BENCH_BIG:-1000000}"; cold_runs="${COLD_RUNS:-10}"; jmh=(-f 1 -wi 12 -w 5 -i 5 -r 3)  # a minute of warm-up: C2 needs ~40 s (package-info)
fi
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [ "$build" = 1 ]; then
  echo "building…" >&2
  mvn -B -q -DskipTests package >&2
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

# shellcheck source=cpu-steal.sh
. engine/benchmarks/cpu-steal.sh
ticks_start="$(cpu_ticks)"

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

corpus() { # corpus N FILE: N generated cases (mixed industries, sizes, languages; 3–7 costs, 1–4 benefits)
  java -cp engine/benchmarks/target/benchmarks.jar io.roiassay.engine.bench.BatchCorpus "$1" > "$2"
}
batch_run() { # batch_run LABEL INPUT JOBS OUTPUT [extra batch args…]: one table row (rate, CPU, RSS)
  local label="$1" in="$2" j="$3" mode="$4"; shift 4
  JAVA_OPTS=-Xmx256m /usr/bin/time -f "%e %M %U %S" -o "$work/one" ./assay batch "$in" --jobs "$j" --output "$mode" "$@" \
    2> "$work/err" || true
  local rate wall rss user sys
  rate=$(grep -o '[0-9]* cases/s' "$work/err" | awk '{print $1}')
  read -r wall rss user sys < "$work/one" || true
  last_rate="${rate:-0}"
  batch_rows+="| $label | ${rate:-failed} cases/s | $(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}') MB | ${wall} s wall, ${user} s user + ${sys} s sys; $(grep 'assay batch:' "$work/err" | sed 's/^assay batch: //' | cut -d, -f1-2) |"$'\n'
}

batch_rows=""
echo "batch: $corpus_size generated cases, --jobs 1 and 2, full reports and summary…" >&2
corpus "$corpus_size" "$work/in.jsonl"
batch_run "batch, $corpus_size cases, \`--jobs 1\`, full reports" "$work/in.jsonl" 1 reports >/dev/null
full1=$last_rate
batch_run "batch, $corpus_size cases, \`--jobs 2\`, full reports" "$work/in.jsonl" 2 reports >/dev/null
full2=$last_rate
batch_run "batch, $corpus_size cases, \`--jobs 1\`, \`--output summary\`" "$work/in.jsonl" 1 summary >/dev/null
summary1=$last_rate
batch_run "batch, $corpus_size cases, \`--jobs 2\`, \`--output summary\`" "$work/in.jsonl" 2 summary >/dev/null
summary2=$last_rate
if [ "$big_size" -gt 0 ]; then
  echo "batch: $big_size cases with JAVA_OPTS=-Xmx256m, full reports, then the summary (order checked)…" >&2
  corpus "$big_size" "$work/big.jsonl"
  rm -f "$work/in.jsonl"
  batch_run "batch, $big_size cases, \`--jobs 2\`, full reports" "$work/big.jsonl" 2 reports >/dev/null
  batch_run "batch, $big_size cases, \`--jobs 2\`, \`--output summary\`" "$work/big.jsonl" 2 summary > "$work/big.csv"
  # Every line written, in input order: row k (after the header) is case gen-(k-1).
  order=$(awk -F, 'NR > 1 {if ($2 != "gen-" (NR - 2)) bad++} END {printf "%d rows, %d out of order", NR - 1, bad}' "$work/big.csv")
  batch_rows+="| order check, $big_size cases | $order | | summary rows against the input's case ids |"$'\n'
fi

echo "JMH: bare Drools, rules alone and end to end (acme-retail), 1 and 2 threads…" >&2
for t in 1 2; do
  java -jar engine/benchmarks/target/benchmarks.jar 'BareDroolsBenchmark|RulesAloneBenchmark|AssessEndToEndBenchmark' \
    -p example=acme-retail.yaml -t "$t" "${jmh[@]}" -rf csv -rff "$work/jmh$t.csv" >/dev/null 2>&1
done
score() { awk -F, -v b="$1" 'index($1, b) {gsub("\"", "", $5); printf "%.0f", $5}' "$2"; }
bare1=$(score BareDroolsBenchmark "$work/jmh1.csv"); bare2=$(score BareDroolsBenchmark "$work/jmh2.csv")
echo "JMH: Monte Carlo, 10,000 draws on a compiled plan, and assess with 0 / 10,000 draws (1 thread)…" >&2
java -jar engine/benchmarks/target/benchmarks.jar 'MonteCarloBenchmark' -p example=acme-retail.yaml -t 1 \
  "${jmh[@]}" -rf csv -rff "$work/mc.csv" >/dev/null 2>&1
mscore() { awk -F, -v b="$1" -v d="$2" '{v=$8; gsub("\"", "", v)} index($1, b) && v == d {gsub("\"", "", $5); printf "%.3f", $5}' "$work/mc.csv"; }
mc_draws=$(mscore draws10k 0); mc_a0=$(mscore '.assess' 0); mc_a10k=$(mscore '.assess' 10000)
rules1=$(score RulesAloneBenchmark "$work/jmh1.csv"); e2e1=$(score AssessEndToEndBenchmark "$work/jmh1.csv")
rules2=$(score RulesAloneBenchmark "$work/jmh2.csv"); e2e2=$(score AssessEndToEndBenchmark "$work/jmh2.csv")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a/b; else print "n/a"}'; }

steal="$(steal_share "$ticks_start" "$(cpu_ticks)")"   # see cpu-steal.sh

cat <<TABLE
Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d); CPU steal during the run: $steal

| measure | result | peak RSS | notes |
|---|---|---|---|
| cold start, \`./assay assess examples/acme-retail.yaml\` | min $cold_min s / median $cold_med s / max $cold_max s | $(awk -v k="$cold_rss" 'BEGIN {printf "%.0f", k/1024}') MB | $cold_runs runs, after one warm-up run |
${batch_rows}| \`--jobs 2\` ÷ \`--jobs 1\` | $(ratio "$full2" "$full1") (full reports), $(ratio "$summary2" "$summary1") (summary) | | scaling across the two cores |
| bare Drools (JMH, same pack, same facts, no engine) | $bare1 cases/s (1 thread), $bare2 (2 threads) | | BareDroolsBenchmark: the baseline |
| batch ÷ bare Drools (2 cores) | $(ratio "$full2" "$bare2") (full reports), $(ratio "$summary2" "$bare2") (summary) | | goals: ≥ 0.2 full, ≥ 0.35 summary |
| rules alone with the engine's trace (JMH) | $rules1 cases/s (1 thread), $rules2 (2 threads) | | RulesAloneBenchmark |
| end to end (JMH: JSON line → report line) | $e2e1 cases/s (1 thread), $e2e2 (2 threads) | | AssessEndToEndBenchmark |
| 10,000 Monte Carlo draws (JMH, compiled plan, 7 drivers) | $mc_draws ms per case (1 thread) | | MonteCarloBenchmark.draws10k |
| assess with 0 / 10,000 draws (JMH, acme-retail) | $mc_a0 ms / $mc_a10k ms per case (1 thread) | | MonteCarloBenchmark.assess |
| end to end ÷ rules alone | $(ratio "$e2e1" "$rules1") (1 thread), $(ratio "$e2e2" "$rules2") (2 threads) | | the share of the rules' own speed the engine keeps |
TABLE
