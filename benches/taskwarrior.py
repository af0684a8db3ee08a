#!/usr/bin/env python3
"""Taskwarrior's side of the comparison in benches/run.sh: the actions of a
`pacte report --format csv` file as tasks, in the JSON `task import` reads.

Usage: benches/taskwarrior.py ACTIONS.csv TASKS.json

Each action becomes one task: its title as description, its group as
project, its status (done: completed; abandoned: deleted; else pending) and
its due date. Prints how many tasks were written.
"""
import csv, json, sys, uuid

STATUS = {"done": "completed", "abandoned": "deleted"}
tasks = []
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f, delimiter=";"):
        t = {
            # Deterministic ids: the same tasks on every run.
            "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, row["Identifiant groupe"] + "/" + row["Identifiant action"])),
            "description": row["Action"],
            "project": row["Identifiant groupe"],
            "status": STATUS.get(row["Identifiant statut"], "pending"),
            "entry": "20220101T000000Z",
        }
        due = row["Échéance"]
        if due:
            d, m, y = due.split("/")
            t["due"] = f"{y}{m}{d}T000000Z"
        if t["status"] in ("completed", "deleted"):
            t["end"] = "20250101T000000Z"
        tasks.append(t)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(tasks, f, ensure_ascii=False)
print(len(tasks))
