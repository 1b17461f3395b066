#!/usr/bin/env bash
# Rewrites the golden files (tests/data/**/expected.*) from the current code. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
./ringside.sh build >/dev/null
./ringside.sh shell -c "cd build/dev && RINGSIDE_UPDATE_GOLDEN=1 ctest --output-on-failure -R 'tst_kubeconfig$|tst_nodetool|tst_cqlsh|tst_systemlog'"
git status --short tests/data
