#!/usr/bin/env python3
"""The table of benches/run.sh: figure | value | floor | ratio, in Markdown.

Usage: benches/table.py DIVAN_OUTPUT MEMORY_FILE [TASKWARRIOR_JSON] (as
benches/run.sh writes them under $CARGO_TARGET_DIR/bench-results/; the
last, hyperfine's results of benches/taskwarrior.sh, when it ran).
"""
import json, os, re, sys

UNITS = {"ns": 1e-9, "µs": 1e-6, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
row = re.compile(r"^((?:│  |   )*)(?:├─|╰─) (\S+)(.*)$")
medians, stack = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    m = row.match(line.rstrip("\n"))
    if not m:
        continue
    depth = len(m.group(1)) // 3
    stack[depth:] = [m.group(2)]
    cols = [c.strip() for c in m.group(3).split("│")]
    if len(cols) >= 3 and cols[0]:
        v, u = cols[2].split()
        medians["/".join(stack)] = float(v) * UNITS[u]

memory = {}
for line in open(sys.argv[2]):
    s, rss, disk, wall = line.split()
    secs = sum(float(p) * 60**i for i, p in enumerate(reversed(wall.split(":"))))
    memory[s] = (int(rss) * 1024, int(disk), secs)

def t(x):
    for u, f in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if x >= f:
            return f"{x / f:.3g} {u}"
    return f"{x / 1e-9:.3g} ns"

def mb(x):
    return f"{x / 1e6:,.0f} MB"

# (figure, bench, floor benches (summed), what the floor is)
ROWS = [
    ("load + check (`Workspace::open` + `check`)", "load_and_check", ["floor_read_bytes"], "reading the same bytes"),
    ("load + check (`Workspace::open` + `check`)", "load_and_check", ["floor_serde_json"], "serde_json, same groups, sequential, typed"),
    ("load alone (`Workspace::open`)", "load_only", ["floor_serde_json"], "serde_json load"),
    ("check alone, loaded", "check_only", [], ""),
    ("ron's own parse of the files (reference)", "ron_parse_only", ["floor_serde_json"], "serde_json load"),
    ("first frame = full home screen, 80×24 (open + App + view)", "first_frame_80x24", ["frame_home_80x24"], "home frame, data loaded"),
    ("first frame = full home screen, 120×40", "first_frame_120x40", ["frame_home_120x40"], "home frame, data loaded"),
    ("key: move on home", "key_move_home", ["frame_home_80x24"], "the frame alone"),
    ("key: move on a group's actions", "key_move_group_page", ["frame_group_page"], "the frame alone"),
    ("key: move on all actions", "key_move_all_actions", ["frame_all_actions"], "the frame alone"),
    ("keys: open an action + back (2 keys)", "key_open_action_and_back", ["frame_action_page", "frame_group_page"], "the 2 frames alone"),
    ("key: one more character of a search (its results asked of the searcher thread)", "key_search_char", ["frame_search"], "the frame alone"),
    ("search: the results of one more character, on the searcher thread (off the event loop)", "search_results_off_loop", [], ""),
    ("keys: status change (`s` + letter, its save handed to the saver thread)", "key_status_change", ["frame_group_page", "frame_group_page"], "the 2 frames alone"),
    ("keys: status change then board and back (4 keys; the figures asked of the evaluator thread)", "key_status_change_then_board", ["key_board_cached", "frame_group_page", "frame_group_page"], "same keys, figures cached, no edit"),
    ("one save of a group", "save_one_group", ["floor_write_fsync_rename"], "write + fsync + rename, same bytes"),
    ("report markdown", "report_markdown", ["report_evaluation_only"], "evaluation + alerts alone"),
    ("report html", "report_html", ["report_evaluation_only"], "evaluation + alerts alone"),
    ("report csv", "report_csv", ["report_evaluation_only"], "evaluation + alerts alone"),
    ("report xlsx", "report_xlsx", ["report_evaluation_only"], "evaluation + alerts alone"),
    ("report json", "report_json", ["report_evaluation_only"], "evaluation + alerts alone"),
    ("disk poll (`disk_changes`, as it ran on the event loop)", "poll_disk_changes", ["floor_stat_files"], "one stat per file"),
    ("disk poll: the watcher thread's scan (off the event loop)", "poll_watch_scan", ["floor_stat_files"], "one stat per file"),
    ("disk poll: its cost on the event loop, nothing changed", "poll_on_event_loop", ["floor_stat_files"], "one stat per file"),
]

sizes = sorted({k.split("/")[-1] for k in medians if k.split("/")[-1].isdigit()}, key=int)
print("| figure | value | floor | ratio |")
print("|---|---|---|---|")
for s in sizes:
    n = f"{int(s):,}"
    def get(b):
        return medians.get(f"{b}/{s}")
    for figure, bench, floors, what in ROWS:
        v = get(bench)
        if v is None:
            continue
        fl = [get(f) for f in floors]
        if floors and all(x is not None for x in fl):
            f = sum(fl)
            print(f"| {figure} @ {n} | {t(v)} | {t(f)} ({what}) | {v / f:.2f}× |")
        else:
            print(f"| {figure} @ {n} | {t(v)} | — | — |")
    if s in memory:
        rss, disk, wall = memory[s]
        print(f"| peak memory of `pacte check` @ {n} | {mb(rss)} | {mb(disk)} (files on disk) | {rss / disk:.2f}× |")
        j = get("floor_serde_json")
        if j:
            print(f"| `pacte check`, whole process (wall) @ {n} | {t(wall)} | {t(j)} (serde_json load) | {wall / j:.2f}× |")
# Taskwarrior on the same 6,000 actions (hyperfine medians).
if len(sys.argv) > 3 and os.path.exists(sys.argv[3]):
    tw = {r["command"]: r["median"] for r in json.load(open(sys.argv[3]))["results"]}
    TW = [
        ("`pacte check`, workspace imported from the same CSV", "pacte check (imported)", "task count", "`task count`, same 6,000 tasks"),
        ("`pacte check`, full generated workspace", "pacte check (full)", "task count", "`task count`, same 6,000 tasks"),
        ("`pacte set GROUP/ACTION progress=50`, imported workspace", "pacte set (imported)", "task modify", "`task 1 modify priority:H`"),
        ("`pacte set GROUP/ACTION progress=50`, full workspace", "pacte set (full)", "task modify", "`task 1 modify priority:H`"),
    ]
    for figure, mine, theirs, what in TW:
        if mine in tw and theirs in tw:
            print(f"| {figure} @ 6,000 | {t(tw[mine])} | {t(tw[theirs])} ({what}) | {tw[mine] / tw[theirs]:.2f}× |")

print()
print("Medians of divan samples (Taskwarrior: hyperfine medians); floors measured in the same run.")
