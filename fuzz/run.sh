#!/usr/bin/env bash
# Run every atheris fuzz target for SECONDS each (default 60); crashes are saved in
# fuzz/artifacts/, the corpus each target grows in fuzz/corpus/<target>/.
#   fuzz/run.sh 300            # five minutes a target
#   fuzz/run.sh 60 fuzz_acled  # one target
set -euo pipefail
SECONDS_EACH="${1:-60}"
shift || true
HERE="$(cd "$(dirname "$0")" && pwd)"
PYTHON="${PYTHON:-python}"
if ! "$PYTHON" -c "import atheris" 2>/dev/null; then
    "$PYTHON" -m pip install atheris
fi
TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then
    TARGETS=(fuzz_extract fuzz_acled fuzz_gdelt fuzz_jsonl fuzz_petrarch)
fi
mkdir -p "$HERE/artifacts"
status=0
for target in "${TARGETS[@]}"; do
    mkdir -p "$HERE/corpus/$target"
    echo "== $target: ${SECONDS_EACH}s"
    # -rss_limit_mb bounds memory; -timeout flags any single input slower than 30 s (a hang).
    if ! (cd "$HERE" && "$PYTHON" "$target.py" "corpus/$target" \
            -max_total_time="$SECONDS_EACH" -rss_limit_mb=4096 -timeout=30 \
            -max_len=65536 -artifact_prefix="artifacts/$target-" -print_final_stats=1 \
            2>&1 | tee "artifacts/$target.log" | grep -E "stat::|==|ERROR|Exception|Error:|#[0-9]+ *DONE"); then
        status=1
    fi
    if grep -q "ERROR\|Uncaught Python exception" "$HERE/artifacts/$target.log"; then
        echo "!! $target found a crash: see fuzz/artifacts/" >&2
        status=1
    fi
done
exit $status
