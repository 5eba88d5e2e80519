#!/usr/bin/env python3
"""Times change sets and organisation changes on generated registers.

Applying a change set (``what-if``) or a list of organisation changes
(``apply-org-changes``) should cost time linear in the register's size plus
the number of changes. This script generates both and prints the seconds each
takes, one case a line:

    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/change_sets.py
    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/change_sets.py \\
        --cases adds --sizes 2000 4000 10000 --timeout 120

Cases:

  adds      ``what_if`` with N ``add`` changes, each a new meeting of three
            existing organisations, on a register of 200 meetings of
            100 organisations (--meetings, --organisations)
  mixed     ``what_if`` with N changes cycling through add, remove, merge,
            set_lead and set_cadence
  chain     ``apply_organisation_changes`` with N mergers in chains of ten:
            two organisations merge into a new one, which merges with the
            next organisation, and so on (the successors of a district
            council merged again a few years later)
  chain-1   the same as one chain of N: each merger moves every membership the
            chain has gathered so far, so the moves reported (the output)
            grow as N^2

Each case runs in a child process; one that takes longer than --timeout
seconds is reported as such.
"""

import argparse
import json
import multiprocessing
import sys
import time

BASE_MEETINGS = 200
BASE_ORGANISATIONS = 100


def base_register(organisations=None, meetings=None):
    """A register of `organisations` bodies in `meetings` meetings of five each."""
    organisations = organisations or BASE_ORGANISATIONS
    meetings = meetings or BASE_MEETINGS
    areas = [{"id": f"area-{k}", "name": f"Area {k}", "kind": "local_authority"} for k in range(20)]
    orgs = [{"id": f"org-{k}", "name": f"Organisation {k}", "kind": "local_authority",
             "areas": [f"area-{k % 20}"]} for k in range(organisations)]
    ms = []
    for k in range(meetings):
        members = sorted({(k * 7 + j * 13) % organisations for j in range(5)})
        ms.append({
            "id": f"meeting-{k}",
            "name": f"Meeting {k}",
            "lead": f"org-{members[0]}",
            "participants": [{"organisation": f"org-{o}"} for o in members],
            "cadence": ["Monthly", "Quarterly", "Every two months"][k % 3],
            "areas": [f"area-{k % 20}"],
            "purpose": f"Partnership number {k} on community safety and reducing reoffending",
        })
    return {"schema_version": 1, "info": {"title": "Generated"}, "areas": areas,
            "organisations": orgs, "meetings": ms}


def add_changes(n):
    changes = []
    for i in range(n):
        members = [f"org-{(i * 11 + j * 17) % BASE_ORGANISATIONS}" for j in range(3)]
        changes.append({"action": "add", "meeting": {
            "id": f"new-{i}", "name": f"New forum {i}", "cadence": "Quarterly",
            "participants": [{"organisation": o} for o in sorted(set(members))],
            "areas": [f"area-{i % 20}"]}})
    return {"title": f"{n} new meetings", "changes": changes}


def mixed_changes(n):
    changes = []
    next_meeting = 0  # meetings of the base register not yet touched
    for i in range(n):
        kind = i % 5
        if kind == 0 or (kind == 1 and next_meeting >= BASE_MEETINGS) or \
                (kind == 2 and next_meeting + 1 >= BASE_MEETINGS):
            changes.append({"action": "add", "meeting": {
                "id": f"new-{i}", "name": f"New forum {i}",
                "participants": [{"organisation": f"org-{i % BASE_ORGANISATIONS}"}]}})
        elif kind == 1:
            changes.append({"action": "remove", "meeting": f"meeting-{next_meeting}"})
            next_meeting += 1
        elif kind == 2:
            changes.append({"action": "merge",
                            "meetings": [f"meeting-{next_meeting}", f"meeting-{next_meeting + 1}"]})
            next_meeting += 2
        elif kind == 3:
            changes.append({"action": "set_lead", "meeting": f"new-{i - 3}", "lead": [f"org-{i % 7}"]})
        else:
            changes.append({"action": "set_cadence", "meeting": f"new-{i - 4}", "cadence": "Monthly"})
    return {"title": f"{n} mixed changes", "changes": changes}


def chain_changes(n, length):
    """N mergers: chains of `length`, each link merging the last result with one more body."""
    changes = []
    org = 0
    for i in range(n):
        link = i % length
        if link == 0:
            originals = [f"org-{org % BASE_ORGANISATIONS}", f"org-{(org + 1) % BASE_ORGANISATIONS}"]
            org += 2
        else:
            originals = [f"merged-{i - 1}", f"org-{org % BASE_ORGANISATIONS}"]
            org += 1
        changes.append({"kind": "merger", "organisations": originals,
                        "into": {"id": f"merged-{i}", "name": f"Merged council {i}"},
                        "date": "2019-04-01"})
    return {"title": f"{n} chained mergers", "changes": changes}


def chain_register(n, length):
    """Enough organisations that no body of a chain was ended by an earlier one,
    each in two or three meetings."""
    needed = max(BASE_ORGANISATIONS, n + (n + length - 1) // length + 1)
    return base_register(organisations=needed, meetings=max(BASE_MEETINGS, needed // 2))


def run(case, n, queue):
    import govgraph  # noqa: PLC0415 (imported in the child, from PYTHONPATH)
    global BASE_ORGANISATIONS
    if case in ("chain", "chain-1"):
        length = 10 if case == "chain" else n
        register = chain_register(n, length)
        BASE_ORGANISATIONS = len(register["organisations"])
        reg = govgraph.loads_json(json.dumps(register))
        changes = govgraph.loads_organisation_changes(json.dumps(chain_changes(n, length)))
        start = time.perf_counter()
        result = govgraph.apply_organisation_changes(reg, changes)
        seconds = time.perf_counter() - start
        queue.put((seconds, f"{len(result.moves)} moves"))
        return
    reg = govgraph.loads_json(json.dumps(base_register()))
    text = json.dumps(add_changes(n) if case == "adds" else mixed_changes(n))
    changes = govgraph.loads_change_set(text)
    start = time.perf_counter()
    result = govgraph.what_if(reg, changes)
    seconds = time.perf_counter() - start
    queue.put((seconds, f"{len(result.after.meetings)} meetings after"))


def main():
    global BASE_MEETINGS, BASE_ORGANISATIONS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", nargs="+", default=["adds", "mixed", "chain", "chain-1"],
                        choices=["adds", "mixed", "chain", "chain-1"])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 2000, 4000, 10000])
    parser.add_argument("--meetings", type=int, default=BASE_MEETINGS, help="meetings in the register")
    parser.add_argument("--organisations", type=int, default=BASE_ORGANISATIONS,
                        help="organisations in the register (more for the chains if they need them)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds a case may take (default 120)")
    args = parser.parse_args()
    BASE_MEETINGS, BASE_ORGANISATIONS = args.meetings, args.organisations
    ctx = multiprocessing.get_context("fork")
    print(f"{'case':8} {'changes':>8} {'seconds':>9}  notes", flush=True)
    for case in args.cases:
        for n in args.sizes:
            queue = ctx.Queue()
            child = ctx.Process(target=run, args=(case, n, queue))
            child.start()
            child.join(args.timeout)
            if child.is_alive():
                child.terminate()
                child.join()
                print(f"{case:8} {n:8d} {'>' + str(int(args.timeout)):>9}  stopped after {args.timeout:g} s",
                      flush=True)
                continue
            if queue.empty():
                print(f"{case:8} {n:8d} {'failed':>9}  exit code {child.exitcode}", flush=True)
                continue
            seconds, note = queue.get()
            print(f"{case:8} {n:8d} {seconds:9.2f}  {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
