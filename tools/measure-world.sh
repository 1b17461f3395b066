#!/bin/sh
# Measures ringside-sandbox's CPU and memory with 5 clusters x 3 datacenters x 6 nodes and 20 open watches
# (issue 5). Run inside the build root: ./ringside.sh shell -c 'tools/measure-world.sh build/dev'.
# Prints the sandbox's RSS and CPU time (user+system) per phase; CPU is time consumed, so it holds on a busy machine.
set -eu
build=${1:-build/dev}
pace=${PACE:-8}
dir=$(mktemp -d /tmp/ringside-measure.XXXXXX)
trap 'kill $(jobs -p) "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
"$build/bin/ringside-sandbox" --port 0 --kubeconfig "$dir/kubeconfig" --state-dir "$dir/state" --no-demo --pace "$pace" --seed 7 >"$dir/sandbox.log" 2>&1 &
pid=$!
export KUBECONFIG="$dir/kubeconfig"
for i in $(seq 1 100); do [ -s "$dir/kubeconfig" ] && kubectl get ns >/dev/null 2>&1 && break; sleep 0.2; done
tick=$(getconf CLK_TCK)
sample() { # phase label
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    cpu=$(awk -v t="$tick" '{printf "%.1f", ($14+$15)/t}' /proc/$pid/stat)
    echo "$1: RSS $((rss / 1024)) MiB, CPU time so far ${cpu} s"
}
sample "idle, empty"
for c in 1 2 3 4 5; do
    ns=fleet$c
    kubectl create namespace $ns >/dev/null
    dcs=""
    for d in 1 2 3; do
        dcs="$dcs
        - metadata: {name: dc$d}
          size: 6
          racks: [{name: r1}, {name: r2}, {name: r3}]"
    done
    cat >"$dir/c$c.yaml" <<YAML
apiVersion: missioncontrol.datastax.com/v1beta2
kind: MissionControlCluster
metadata: {name: c$c, namespace: $ns}
spec:
  k8ssandra:
    cassandra:
      serverVersion: "4.1.5"
      storageConfig:
        cassandraDataVolumeClaimSpec:
          storageClassName: standard
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 5Gi}}
      datacenters:$dcs
YAML
    kubectl apply --server-side -f "$dir/c$c.yaml" >/dev/null
done
i=0
while [ $i -lt 20 ]; do
    case $((i % 4)) in
    0) kubectl get pods -A -w >/dev/null 2>&1 & ;;
    1) kubectl get cassandradatacenters -A -w >/dev/null 2>&1 & ;;
    2) kubectl get events -A -w >/dev/null 2>&1 & ;;
    3) kubectl get statefulsets -A -w >/dev/null 2>&1 & ;;
    esac
    i=$((i + 1))
done
start=$(date +%s)
while :; do
    ready=$(kubectl get cassandradatacenters -A -o jsonpath='{range .items[*]}{.status.cassandraOperatorProgress}{"\n"}{end}' | grep -c '^Ready$' || true)
    pods=$(kubectl get pods -A --no-headers 2>/dev/null | wc -l)
    now=$(date +%s)
    if [ "$ready" -ge 15 ] || [ $((now - start)) -gt 900 ]; then break; fi
    sleep 5
done
echo "15 datacenters: $ready Ready after $(( $(date +%s) - start )) s (pace $pace), $pods pods"
sample "90 nodes Ready, 20 watches"
c0=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep 60
c1=$(awk '{print $14+$15}' /proc/$pid/stat)
echo "steady state over 60 s: $(awk -v a="$c0" -v b="$c1" -v t="$tick" 'BEGIN {printf "%.1f", (b-a)/t/60*100}')% of one core"
sample "after 60 s steady"
