#!/usr/bin/env bash
# Starts a Ringside session inside the build environment (called by ./ringside.sh run):
# the sandbox API server (when built) and, when the sandbox publishes scrape targets, Prometheus; then the GUI
# on the sandbox's kubeconfig context, next to the user's own contexts. Everything started here stops with the GUI.
#   run-session.sh BIN_DIR [--headless SCREENSHOT.png] [GUI ARGS...]
# Headless: runs the GUI under Xvfb, saves a screenshot after the first paint, prints its path and exits.
set -euo pipefail
bin="$1"
shift
headless=""
if [ "${1:-}" = --headless ]; then
    headless="$2"
    shift 2
fi

say() { printf '\033[1mringside:\033[0m %s\n' "$*" >&2; }
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

config_home="${XDG_CONFIG_HOME:-$HOME/.config}/ringside"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}/ringside"
gui_args=()
if [ -x "$bin/ringside-sandbox" ] && [ "${RINGSIDE_NO_SANDBOX:-}" != 1 ]; then
    mkdir -p "$config_home/sandbox" "$data_home/sandbox"
    sandbox_kubeconfig="$config_home/sandbox/kubeconfig"
    log="$data_home/sandbox/sandbox.log"
    say "starting the sandbox (log: $log)"
    fifo=$(mktemp -u /tmp/ringside-sandbox-XXXXXX)
    mkfifo "$fifo"
    "$bin/ringside-sandbox" --kubeconfig "$sandbox_kubeconfig" --state "$data_home/sandbox/state.json" \
        --state-dir "$data_home/sandbox" --port 0 >"$fifo" 2>"$log" &
    pids+=($!)
    url=""
    if read -r -t 30 line <"$fifo"; then url="${line##* }"; fi
    rm -f "$fifo"
    [ -n "$url" ] || { say "the sandbox did not start; see $log"; exit 1; }
    say "sandbox serving $url (context ringside-sandbox)"
    export KUBECONFIG="${KUBECONFIG:-$HOME/.kube/config}:$sandbox_kubeconfig"
    gui_args+=(--context ringside-sandbox)
    # The sandbox writes prometheus/prometheus.yml and prometheus/targets.json into its state directory (scrapes go
    # through the pods proxy over HTTPS with the sandbox CA and admin certificate), and backfills a week of history
    # into prometheus/data with promtool when the demo cluster is first ready.
    promdir="$data_home/sandbox/prometheus"
    for _ in $(seq 50); do [ -f "$promdir/prometheus.yml" ] && break; sleep 0.1; done
    if [ -f "$promdir/prometheus.yml" ] && command -v prometheus >/dev/null && [ "${RINGSIDE_NO_PROMETHEUS:-}" != 1 ]; then
        port="${RINGSIDE_PROMETHEUS_PORT:-9090}"
        say "starting Prometheus on 127.0.0.1:$port (log: $promdir/prometheus.log)"
        prometheus --config.file="$promdir/prometheus.yml" --storage.tsdb.path="$promdir/data" \
            --storage.tsdb.retention.time=15d --web.listen-address="127.0.0.1:$port" >"$promdir/prometheus.log" 2>&1 &
        pids+=($!)
        # Remembered as the metrics source of the sandbox context (File › Metrics Source changes it).
        gui_args+=(--prometheus "ringside-sandbox=http://127.0.0.1:$port")
    fi
fi

if [ -n "$headless" ]; then
    command -v xvfb-run >/dev/null || { say "xvfb-run is missing (package xvfb)"; exit 1; }
    xvfb-run -a -s "-screen 0 1280x800x24" "$bin/ringside" --screenshot "$headless" --quit-after-screenshot "${gui_args[@]}" "$@"
else
    "$bin/ringside" "${gui_args[@]}" "$@"
fi
