#!/usr/bin/env python3
"""A national register end to end, as a notebook user runs it, in one run.

For each generator shape (``national``: 43 force areas with their councils and
neighbourhoods; ``skewed``: five regions, a handful of bodies in most meetings,
power-law participation) and each size, every phase runs in its own process so
that its peak memory (resident set, loading included) is its own:

  load        govgraph.load_json, against json.load and against pandas
              (json.load then json_normalize of the meetings) on the same file
  overlaps    the default govgraph.find_overlaps(reg): the rule it chose, the
              pairs, the time
  frame       result.to_pandas()
  end to end  load -> find_overlaps -> to_pandas in one process: each phase's
              time and the peak memory of the whole

and prints a Markdown table with the ratios. ``--peers`` then runs
``peer_overlap.py`` on the same sizes: the thresholded participant search
against SciPy, python-igraph and networkx, with identical pairs checked.

    scripts/install-deps.sh --bench
    cmake --preset bench && cmake --build --preset bench
    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/national.py --sizes 1000 10000 100000
"""

from __future__ import annotations

import argparse
import json
import pathlib
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any, Dict, List

ROOT = pathlib.Path(__file__).resolve().parents[1]
PHASES = ["load_govgraph", "load_json", "load_pandas", "end_to_end"]


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(phase: str, path: str) -> Dict[str, Any]:
    """One phase in this process; its times in seconds and its peak memory."""
    out: Dict[str, Any] = {}
    if phase == "load_govgraph":
        import govgraph
        start = time.perf_counter()
        govgraph.load_json(path)
        out["load"] = time.perf_counter() - start
    elif phase == "load_json":
        start = time.perf_counter()
        with open(path, encoding="utf-8") as f:
            json.load(f)
        out["load"] = time.perf_counter() - start
    elif phase == "load_pandas":
        import pandas
        start = time.perf_counter()
        with open(path, encoding="utf-8") as f:
            pandas.json_normalize(json.load(f)["meetings"])
        out["load"] = time.perf_counter() - start
    else:
        import govgraph
        import pandas  # noqa: F401  # imported before the clock
        start = time.perf_counter()
        reg = govgraph.load_json(path)
        out["load"] = time.perf_counter() - start
        start = time.perf_counter()
        result = govgraph.find_overlaps(reg, progress=False)
        out["overlaps"] = time.perf_counter() - start
        start = time.perf_counter()
        frame = result.to_pandas()
        out["frame"] = time.perf_counter() - start
        out["pairs"] = len(frame)
        out["rule"] = str(result.rule)
        out["candidates"] = result.stats.candidates
        out["postings"] = result.stats.postings_scanned
    out["peak_mib"] = _peak_mib()
    return out


def run_phase(phase: str, path: pathlib.Path) -> Dict[str, Any]:
    run = subprocess.run([sys.executable, __file__, "--worker", phase, str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        return {"error": run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"exit {run.returncode}"}
    return json.loads(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--shapes", nargs="+", default=["national", "skewed"], choices=["national", "skewed"])
    parser.add_argument("--generator", type=pathlib.Path,
                        default=ROOT / "build" / "bench" / "benchmarks" / "make_synthetic_register")
    parser.add_argument("--peers", action="store_true", help="then run peer_overlap.py on the same sizes")
    parser.add_argument("--worker", nargs=2, metavar=("PHASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    if not args.generator.exists():
        print(f"error: no generator at {args.generator}; build the bench preset first", file=sys.stderr)
        return 1

    rows: List[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes:
            for n in args.sizes:
                path = pathlib.Path(tmp) / f"{shape}-{n}.json"
                subprocess.run([str(args.generator), "--shape", shape, str(n), str(path)], check=True)
                mb = path.stat().st_size / 1e6
                got = {phase: run_phase(phase, path) for phase in PHASES}
                for phase, r in got.items():
                    if "error" in r:
                        print(f"{shape} {n} {phase}: {r['error']}", file=sys.stderr)
                g, j, p, e = (got[k] for k in PHASES)
                if any("error" in r for r in (g, j, p, e)):
                    continue
                rows.append(
                    f"| {shape} | {n:,} | {mb:.0f} MB | {g['load']:.2f} s ({mb / g['load']:.0f} MB/s, "
                    f"{g['peak_mib']:.0f} MiB) | {j['load']:.2f} s ({j['peak_mib']:.0f} MiB) | "
                    f"{j['load'] / g['load']:.1f}x | {p['load']:.2f} s | {p['load'] / g['load']:.1f}x | "
                    f"{e['overlaps']:.2f} s | {e['pairs']:,} | {e['frame']:.2f} s | "
                    f"{e['load'] + e['overlaps'] + e['frame']:.2f} s, {e['peak_mib']:.0f} MiB |")
                print(f"{shape} {n}: {e['rule']}; {e['candidates']:,} candidates, {e['postings']:,} postings walked, "
                      f"{e['postings'] / max(e['pairs'], 1):.0f} postings a reported pair", file=sys.stderr)
    print("| shape | meetings | file | govgraph.load_json | json.load | ratio | pandas | ratio | "
          "find_overlaps (default) | pairs | to_pandas | end to end, peak |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.peers:
        return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "peer_overlap.py"), "--sizes",
                               *map(str, args.sizes)]).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
