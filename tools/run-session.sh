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
    targets="$data_home/sandbox/prometheus-targets.json"
    if [ -f "$targets" ] && command -v prometheus >/dev/null; then
        port="${RINGSIDE_PROMETHEUS_PORT:-9090}"
        mkdir -p "$data_home/prometheus"
        cat >"$data_home/prometheus/prometheus.yml" <<YAML
global:
  scrape_interval: 15s
scrape_configs:
- job_name: ringside-sandbox
  file_sd_configs:
  - files: ["$targets"]
YAML
        say "starting Prometheus on 127.0.0.1:$port"
        prometheus --config.file="$data_home/prometheus/prometheus.yml" --storage.tsdb.path="$data_home/prometheus/data" \
            --web.listen-address="127.0.0.1:$port" >"$data_home/prometheus/prometheus.log" 2>&1 &
        pids+=($!)
    fi
fi

if [ -n "$headless" ]; then
    command -v xvfb-run >/dev/null || { say "xvfb-run is missing (package xvfb)"; exit 1; }
    xvfb-run -a -s "-screen 0 1280x800x24" "$bin/ringside" --screenshot "$headless" --quit-after-screenshot "${gui_args[@]}" "$@"
else
    "$bin/ringside" "${gui_args[@]}" "$@"
fi
