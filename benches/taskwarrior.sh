#!/usr/bin/env bash
# Taskwarrior beside pacte on the same 6,000 actions (called by
# benches/run.sh; needs `task` and `hyperfine`):
#   - the actions of the generated workspace, as `pacte report --format csv`
#     lists them, imported into a fresh workspace (`pacte init` +
#     `pacte import`: groups and actions only, as a user's spreadsheet) and
#     into Taskwarrior (`task import`, one task per action: title, group as
#     project, status, due date);
#   - `pacte check` against `task count`, on the imported workspace and on
#     the full generated one (indicators, journal, meetings);
#   - `pacte set GROUP/ACTION progress=50` against `task 1 modify
#     priority:H`, each run changing one field of one item (put back
#     between runs, untimed).
# Writes hyperfine's JSON to OUT/taskwarrior.json.
#
#   benches/taskwarrior.sh TARGET_DIR OUT_DIR
set -euo pipefail
target="$1"
out="$2"
bin="$(realpath "$target/release/pacte")"
full="$target/bench-workspaces/6000"
tw="$(realpath -m "$target/bench-taskwarrior")"
rm -rf "$tw"
mkdir -p "$tw/task"

"$bin" -w "$full" report --format csv -o "$tw/actions.csv" >/dev/null 2>&1
python3 benches/taskwarrior.py "$tw/actions.csv" "$tw/tasks.json" >/dev/null
"$bin" init "$tw/imported" >/dev/null
(cd "$tw/imported" && "$bin" import ../actions.csv >/dev/null 2>&1)
# A copy of the full workspace: `set` changes it.
cp -r "$full" "$tw/full"

printf 'data.location=%s\nconfirmation=off\nverbose=nothing\ngc=on\n' "$tw/task" >"$tw/taskrc"
export TASKRC="$tw/taskrc"
task import "$tw/tasks.json" >/dev/null 2>&1
# The first command moves the finished tasks to completed.data.
task count >/dev/null

action="montpellierain-gt-0001/action-01"
hyperfine -N --warmup 3 --runs 30 --export-json "$out/taskwarrior-check.json" \
    -n "pacte check (imported)" "$bin -w $tw/imported check" \
    -n "pacte check (full)" "$bin -w $tw/full check" \
    -n "task count" "task count"
hyperfine -N --warmup 3 --runs 30 --export-json "$out/taskwarrior-set.json" \
    -n "pacte set (imported)" --prepare "$bin -w $tw/imported set $action progress=0" \
    "$bin -w $tw/imported set $action progress=50" \
    -n "pacte set (full)" --prepare "$bin -w $tw/full set $action progress=0" \
    "$bin -w $tw/full set $action progress=50" \
    -n "task modify" --prepare "task 1 modify priority:" "task 1 modify priority:H"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
results = []
for name in ("check", "set"):
    results += json.load(open(f"{out}/taskwarrior-{name}.json"))["results"]
json.dump({"results": results}, open(f"{out}/taskwarrior.json", "w"))
PY
