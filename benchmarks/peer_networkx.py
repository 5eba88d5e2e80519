#!/usr/bin/env python3
"""govgraph against networkx, side by side in one run.

For synthetic national registers of 1,000, 10,000 and 100,000 meetings (made
by build/bench/benchmarks/make_synthetic_register), times the same work in
both: read the register JSON, build the meeting-organisation graph, find its
connected components, and project organisation co-attendance with weights.
Checks that both find the same components and the same weighted ties, and
prints times and the ratio.

    cmake --workflow --preset default    # or any build with the Python module
    cmake --preset bench && cmake --build --preset bench
    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/peer_networkx.py
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

import networkx as nx
from networkx.algorithms import bipartite

import govgraph

ROOT = pathlib.Path(__file__).resolve().parents[1]


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def with_govgraph(path: pathlib.Path):
    reg = govgraph.load_json(path)
    graph = govgraph.PartnershipGraph(reg)
    parts = govgraph.connected_components(graph)
    ties = govgraph.co_attendance(graph, include_leads=False)
    return len(parts), {(a, b): w.shared for a, b, w in ties}


def with_networkx(path: pathlib.Path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    # Components run over attendance and lead edges, as govgraph's graph has
    # both; the co-attendance projection counts attendance only.
    attends = nx.Graph()
    actors = [f"organisation:{o['id']}" for o in doc.get("organisations", [])]
    attends.add_nodes_from(actors, bipartite=0)
    leads = []
    for m in doc.get("meetings", []):
        key = f"meeting:{m['id']}"
        attends.add_node(key, bipartite=1)
        for p in m.get("participants", []):
            attends.add_edge(key, f"organisation:{p['organisation']}")
        lead = m.get("lead", [])
        for org in [lead] if isinstance(lead, str) else lead:
            leads.append((key, f"organisation:{org}"))
    everything = attends.copy()
    everything.add_edges_from(leads)
    parts = nx.number_connected_components(everything)
    projected = bipartite.weighted_projected_graph(attends, actors)
    order = {a: i for i, a in enumerate(actors)}
    ties = {}
    for a, b, data in projected.edges(data=True):
        if order[a] > order[b]:
            a, b = b, a
        ties[(a, b)] = data["weight"]
    return parts, ties


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--generator", type=pathlib.Path,
                        default=ROOT / "build" / "bench" / "benchmarks" / "make_synthetic_register")
    args = parser.parse_args()
    print(f"{'meetings':>9} {'govgraph s':>11} {'networkx s':>11} {'ratio':>7}  same result")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = pathlib.Path(tmp) / f"synthetic-{n}.json"
            subprocess.run([str(args.generator), str(n), str(path)], check=True)
            ours, t_ours = timed(lambda: with_govgraph(path))
            theirs, t_theirs = timed(lambda: with_networkx(path))
            same = ours == theirs
            print(f"{n:>9} {t_ours:>11.3f} {t_theirs:>11.3f} {t_theirs / t_ours:>6.1f}x  {same}")
            if not same:
                print("  results differ", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
