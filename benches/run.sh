#!/usr/bin/env bash
# The whole performance suite in one command (see README, "Performance"):
# builds the release binary, generates the workspaces (cached under
# $CARGO_TARGET_DIR/bench-workspaces/<size>/), runs the divan benches
# `load` and `frames`, measures the peak memory of `pacte check` with
# /usr/bin/time -v, and prints a Markdown table: figure | value | floor | ratio.
#
#   benches/run.sh                      # 6,000 actions
#   PACTE_BENCH_LARGE=1 benches/run.sh  # 6,000 and 60,000 actions
#
# Then Taskwarrior on the same 6,000 actions (benches/taskwarrior.sh):
# `task` and `hyperfine` are installed with apt-get when missing (skipped,
# with a note, when that is not possible).
#
# Raw outputs and the table are kept in $CARGO_TARGET_DIR/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
out="$target/bench-results"
mkdir -p "$out"
export PACTE_TODAY=2026-01-15 # bench_support::AS_OF

cargo build --release --quiet --bin pacte
cargo bench --quiet --bench load --bench frames 2>&1 | tee "$out/divan.txt"

sizes="6000"
if [ "${PACTE_BENCH_LARGE:-}" = 1 ]; then sizes="6000 60000"; fi
: >"$out/memory.txt"
for s in $sizes; do
    ws="$target/bench-workspaces/$s"
    disk=$(find "$ws" -name '*.ron' -type f -printf '%s\n' | awk '{n += $1} END {print n}')
    # Twice: the first run warms the page cache; the second is measured.
    "$target/release/pacte" -w "$ws" check >/dev/null 2>&1 || true
    /usr/bin/time -v "$target/release/pacte" -w "$ws" check >/dev/null 2>"$out/time-$s.txt" || true
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$out/time-$s.txt")
    wall=$(awk '/Elapsed \(wall clock\)/ {print $NF}' "$out/time-$s.txt")
    echo "$s $rss $disk $wall" >>"$out/memory.txt"
done

rm -f "$out/taskwarrior.json"
if ! command -v task >/dev/null || ! command -v hyperfine >/dev/null; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo -n"; fi
    $sudo apt-get install -y taskwarrior hyperfine >/dev/null 2>&1 || true
fi
if command -v task >/dev/null && command -v hyperfine >/dev/null; then
    benches/taskwarrior.sh "$target" "$out" >"$out/taskwarrior.txt" 2>&1
else
    echo "taskwarrior or hyperfine missing (apt-get install taskwarrior hyperfine): comparison skipped" >&2
fi

python3 benches/table.py "$out/divan.txt" "$out/memory.txt" "$out/taskwarrior.json" | tee "$out/table.md"
