# Sourced by run-benchmarks.sh and engine/server/wrk/run-wrk.sh: the share of CPU time the hypervisor gave to
# other guests (steal) between two readings. Steal slows every figure without showing in user time; on a shared
# 2-core machine it has been seen at 50-66 %, and figures from such a run are not comparable with an idle run's.

cpu_ticks() { # the machine's CPU counters (user … steal) from /proc/stat, empty where there is none
  [ -r /proc/stat ] && head -1 /proc/stat | cut -d' ' -f3-10 || true
}

steal_share() { # steal_share BEFORE AFTER: the steal share between two cpu_ticks readings, "n/a" without them
  awk -v a="$1" -v b="$2" 'BEGIN {n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) t += y[i] - x[i];
    if (n < 8 || t <= 0) print "n/a"; else printf "%.1f %%", 100 * (y[8] - x[8]) / t}'
}
