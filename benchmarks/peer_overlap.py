#!/usr/bin/env python3
"""Thresholded participant overlap: govgraph against its peers, side by side.

For synthetic national registers (build/bench/benchmarks/make_synthetic_register)
each method finds every pair of meetings whose organisation sets have Jaccard
similarity >= THRESHOLD:

  govgraph   find_overlaps with only the participant signal, every involvement
             weighing 1, organisations only (plain Jaccard), prefix filtering,
             no explanations, pairs handed over as NumPy arrays
  scipy      sparse incidence matrix A, then A @ A.T for the intersections
  networkx   bipartite.overlap_weighted_projected_graph(jaccard=True)
  igraph     bipartite_projection(multiplicity=True), Jaccard from degrees
  naive      every pair, with Python sets (small registers only)

Each runs in its own process, so its peak memory (resident set, including
loading the register) is its own. Times stop once the pairs are in arrays
(NumPy for govgraph and SciPy), before they are turned into Python tuples to
compare. The pairs must be identical; the script
prints time, memory, ratios and the work a co-membership count does
(the sum over organisations of degree squared).

    cmake --preset bench && cmake --build --preset bench
    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/peer_overlap.py --sizes 1000 10000 100000

Needs python3-scipy, python3-networkx and python3-igraph (Debian) for the peers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import resource
import subprocess
import sys
import tempfile
import time
from typing import Dict, List, Set, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[1]


def meeting_sets(path: str) -> List[Set[str]]:
    doc = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    return [{p["organisation"] for p in m.get("participants", []) if "organisation" in p}
            for m in doc.get("meetings", [])]


def run_govgraph(path: str, t: float) -> List[Tuple[int, int]]:
    import numpy  # noqa: F401  # imported before the clock, as for SciPy (arrays() hands NumPy arrays over)

    import govgraph
    reg = govgraph.load_json(path)
    start = time.perf_counter()
    result = govgraph.find_overlaps(
        reg, min_score=t,
        weights={"participants": 1.0, "topics": 0.0, "areas": 0.0, "level": 0.0, "cadence": 0.0},
        involvement={k: 1.0 for k in ("chair", "lead", "statutory_member", "member", "attendee", "support", "observer")},
        include_roles=False, include_leads=False, explain=False,
        # Plain Jaccard, every pair: no specificity weighting, no prior, no evidence floor, no top_k rule.
        participant_specificity=False, participant_prior=0.0, min_shared_specificity=0.0, min_topic_evidence=0.0,
        top_k=0, progress=False)
    arrays = result.arrays()
    run_govgraph.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return list(zip(arrays["a"].tolist(), arrays["b"].tolist()))


def run_scipy(path: str, t: float) -> List[Tuple[int, int]]:
    import numpy as np
    from scipy import sparse
    sets = meeting_sets(path)
    start = time.perf_counter()
    ids: Dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for org in s:
            rows.append(i)
            cols.append(ids.setdefault(org, len(ids)))
    a = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(sets), len(ids)))
    sizes = np.asarray(a.sum(axis=1)).ravel()
    c = sparse.triu(a @ a.T, k=1).tocoo()
    jaccard = c.data / (sizes[c.row] + sizes[c.col] - c.data)
    keep = jaccard >= t
    rows, cols = c.row[keep], c.col[keep]
    run_scipy.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return list(zip(rows.tolist(), cols.tolist()))


def run_networkx(path: str, t: float) -> List[Tuple[int, int]]:
    import networkx as nx
    from networkx.algorithms import bipartite
    sets = meeting_sets(path)
    start = time.perf_counter()
    g = nx.Graph()
    meetings = list(range(len(sets)))
    g.add_nodes_from(meetings, bipartite=0)
    for i, s in enumerate(sets):
        for org in s:
            g.add_edge(i, "o:" + org)
    projected = bipartite.overlap_weighted_projected_graph(g, meetings, jaccard=True)
    pairs = [(min(a, b), max(a, b)) for a, b, w in projected.edges(data="weight") if w >= t]
    run_networkx.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return pairs


def run_igraph(path: str, t: float) -> List[Tuple[int, int]]:
    import igraph
    sets = meeting_sets(path)
    start = time.perf_counter()
    ids: Dict[str, int] = {}
    n = len(sets)
    edges = []
    for i, s in enumerate(sets):
        for org in s:
            edges.append((i, n + ids.setdefault(org, len(ids))))
    types = [False] * n + [True] * len(ids)
    g = igraph.Graph.Bipartite(types, edges)
    projection, _ = g.bipartite_projection(multiplicity=True, which="both")
    sizes = [len(s) for s in sets]
    pairs = []
    for e in projection.es:
        a, b = e.tuple
        shared = e["weight"]
        if shared / (sizes[a] + sizes[b] - shared) >= t:
            pairs.append((min(a, b), max(a, b)))
    run_igraph.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return pairs


def run_naive(path: str, t: float) -> List[Tuple[int, int]]:
    sets = meeting_sets(path)
    start = time.perf_counter()
    pairs = []
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            union = len(sets[i] | sets[j])
            if union and len(sets[i] & sets[j]) / union >= t:
                pairs.append((i, j))
    run_naive.seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    return pairs


METHODS = {"govgraph": run_govgraph, "scipy": run_scipy, "networkx": run_networkx, "igraph": run_igraph,
           "naive": run_naive}


def worker(method: str, path: str, t: float) -> None:
    fn = METHODS[method]
    pairs = sorted(fn(path, t))
    digest = hashlib.sha256(repr(pairs).encode()).hexdigest()[:12]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": fn.seconds, "pairs": len(pairs), "digest": digest, "peak_mib": peak_mib}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--methods", nargs="+", default=list(METHODS))
    parser.add_argument("--naive-limit", type=int, default=5_000, help="largest register for the naive loop")
    parser.add_argument("--networkx-limit", type=int, default=100_000)
    parser.add_argument("--generator", type=pathlib.Path,
                        default=ROOT / "build" / "bench" / "benchmarks" / "make_synthetic_register")
    parser.add_argument("--worker", nargs=3, metavar=("METHOD", "PATH", "THRESHOLD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], float(args.worker[2]))
        return 0

    print(f"Jaccard >= {args.threshold} on organisation sets; time excludes reading the register, "
          "memory is the process's peak")
    print(f"{'meetings':>9} {'method':>9} {'seconds':>9} {'peak MiB':>9} {'pairs':>9} {'vs govgraph':>12}  same")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = pathlib.Path(tmp) / f"synthetic-{n}.json"
            subprocess.run([str(args.generator), str(n), str(path)], check=True)
            sets = meeting_sets(str(path))
            degree: Dict[str, int] = {}
            for s in sets:
                for org in s:
                    degree[org] = degree.get(org, 0) + 1
            print(f"{n:>9} {'':>9} sum of degree^2 = {sum(d * d for d in degree.values()):,}")
            reference = None
            base = None
            for method in args.methods:
                if method == "naive" and n > args.naive_limit:
                    continue
                if method == "networkx" and n > args.networkx_limit:
                    continue
                out = subprocess.run([sys.executable, __file__, "--worker", method, str(path), str(args.threshold)],
                                     capture_output=True, text=True, check=False)
                if out.returncode != 0:
                    print(f"{n:>9} {method:>9}  failed: {out.stderr.strip().splitlines()[-1:]}")
                    continue
                r = json.loads(out.stdout)
                if method == "govgraph":
                    base = r["seconds"]
                if reference is None:
                    reference = r["digest"]
                same = r["digest"] == reference
                ok = ok and same
                ratio = f"{r['seconds'] / base:.1f}x" if base else ""
                print(f"{n:>9} {method:>9} {r['seconds']:>9.3f} {r['peak_mib']:>9.0f} {r['pairs']:>9} {ratio:>12}  {same}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
