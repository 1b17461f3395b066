#!/usr/bin/env bash
# Starts the GUI inside the build environment (called by ./ringside.sh run).
#   run-session.sh BIN_DIR [--headless SCREENSHOT.png] [GUI ARGS...]
# Headless: runs under Xvfb, saves a screenshot after the first paint, prints its path and exits.
set -euo pipefail
bin="$1"
shift
if [ "${1:-}" = --headless ]; then
    shot="$2"
    shift 2
    command -v xvfb-run >/dev/null || { echo "ringside: xvfb-run is missing (package xvfb)" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin/ringside" --screenshot "$shot" --quit-after-screenshot "$@"
fi
exec "$bin/ringside" "$@"
