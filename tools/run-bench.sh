#!/usr/bin/env bash
# Runs every benchmark in the release build (called by ./ringside.sh bench inside the build environment).
set -euo pipefail
bin="$1"
shift
found=0
for b in "$bin"/bench_*; do
    [ -x "$b" ] || continue
    found=1
    echo "== $(basename "$b")"
    case "$(basename "$b")" in bench_startup | bench_cli_get) "$b" ;; *) "$b" --benchmark_min_time=0.2s "$@" ;; esac
done
[ "$found" = 1 ] || { echo "no benchmarks were built (is Google Benchmark installed?)" >&2; exit 1; }
