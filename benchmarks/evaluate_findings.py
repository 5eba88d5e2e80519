#!/usr/bin/env python3
"""How well govgraph's findings match what public reviews concluded.

Each register in evaluation/registers/ (and evaluation/seeds/) is a table typed
from a public document (or, for a register of collaborative ventures rather than
meetings, an expected file naming a register, whose initiatives are compared), with the document's own conclusion in
<slug>.expected.json, written before the tool was run. For each register this
imports the table with no base register and no user alias file (the shipped
glossary only), reviews it (govgraph.review) and prints:

  expected   findings the document makes (duplicate, consumed, same_function,
             parent_subgroup, stop)
  found      expected findings the review makes as the same kind (a
             same-function group when one finding holds at least three
             quarters of its members); "any" counts one found as another kind
             (a same-function group reported as a duplicate pair, say)
  ranks      where each found one stands in the review's list (1 = first)
  precision  review findings that match an expected one, over all it reports
             (a finding on a pair the document says is not a duplicate counts
             against it, as does any other)
  resolved   participant, lead and chair mentions understood, over all of them
  robust     the same review on the table re-typed with the noise real tables
             have (abbreviations, plurals, case, punctuation, synonyms,
             reordered lists, typos): findings in both over findings in either,
             over --trials seeded re-typings

    PYTHONPATH=build/default/python /usr/bin/python3 benchmarks/evaluate_findings.py [--markdown]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import pathlib
import random
import re
import sys
import tempfile
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

import govgraph

ROOT = pathlib.Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "evaluation" / "seeds", ROOT / "evaluation" / "registers"]
HELD_OUT = ROOT / "evaluation" / "held-out"

# --- re-typing with noise -----------------------------------------------------------------------

# Pairs a typist writes either way round; each is applied in either direction.
SYNONYMS = [
    ("Community Safety Partnership", "CSP"),
    ("Local Safeguarding Children Board", "LSCB"),
    ("Safeguarding Adults Board", "SAB"),
    ("Health and Wellbeing Board", "HWB"),
    ("Public Services Board", "PSB"),
    ("Local Criminal Justice Board", "LCJB"),
    ("Police and Crime Commissioner", "PCC"),
    ("Clinical Commissioning Group", "CCG"),
    ("University Health Board", "UHB"),
    ("Youth Offending Team", "YOT"),
    ("Chief Executive", "Chief Exec"),
    ("Constabulary", "Police"),
    ("Local Authority", "Council"),
    ("and", "&"),
    ("Fire and Rescue", "Fire & Rescue"),
    ("Voluntary", "Third sector"),
]


def _typo(word: str, rng: random.Random) -> str:
    """Two neighbouring letters swapped inside a word of six or more letters."""
    if len(word) < 6 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _noisy_text(text: str, rng: random.Random, typo_rate: float) -> str:
    for a, b in SYNONYMS:
        if rng.random() < 0.5:
            a, b = b, a
        text = re.sub(rf"\b{re.escape(a)}\b", b, text) if rng.random() < 0.5 else text
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < typo_rate:
            w = _typo(w, rng)
        elif r < typo_rate + 0.03 and w.isalpha() and len(w) > 3:
            w = w.lower() if w[0].isupper() else w.capitalize()
        out.append(w)
    text = " ".join(out)
    if rng.random() < 0.3:
        text = text.rstrip(".") + ("." if not text.endswith(".") and text else "")
    return text


def _noisy_list(cell: str, rng: random.Random, typo_rate: float) -> str:
    """A participants cell: items reordered, plurals and case varied, typos."""
    items = [i.strip() for i in cell.split(",")]
    if len(items) > 2 and rng.random() < 0.7:
        rng.shuffle(items)
    out = []
    for item in items:
        item = _noisy_text(item, rng, typo_rate)
        if rng.random() < 0.15 and item and item[-1].isalpha() and not item.endswith("s"):
            item += "s"
        out.append(item)
    return ", ".join(i for i in out if i)


def retype(rows: List[Dict[str, str]], seed: int, typo_rate: float = 0.02) -> List[Dict[str, str]]:
    """The table re-typed with noise; rows keep their order (meeting i is row i)."""
    rng = random.Random(seed)
    out = []
    for row in rows:
        new = {}
        for column, value in row.items():
            if not value or column in ("Areas", "Reports to", "Statutory", "Status", "Level", "Frequency"):
                new[column] = value
            elif column == "Key participants":
                new[column] = _noisy_list(value, rng, typo_rate)
            elif column == "Meeting":
                # Names are typed with more care than running text: half the typo rate.
                new[column] = _noisy_text(value, rng, typo_rate / 2)
            else:
                new[column] = _noisy_text(value, rng, typo_rate)
        out.append(new)
    # "Reports to" names a meeting: follow its renaming.
    names = {r["Meeting"]: n["Meeting"] for r, n in zip(rows, out)}
    for n in out:
        if n.get("Reports to") in names:
            n["Reports to"] = names[n["Reports to"]]
    return out


# --- running a review ---------------------------------------------------------------------------

Key = Tuple[str, FrozenSet[int]]


def _read(path: pathlib.Path) -> Tuple[List[str], List[Dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def _write(columns: List[str], rows: List[Dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def run(csv_text: str) -> Tuple[Any, Any, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
        f.write(csv_text)
        path = f.name
    result = govgraph.import_csv(path)
    pathlib.Path(path).unlink()
    return result.register, result.diagnostics, govgraph.review(result.register)


def keys(reg: Any, review: Any, row_of: Dict[str, int]) -> List[Key]:
    """Each finding as (kind, the rows of its meetings): comparable across re-typings."""
    out = []
    for f in review.findings:
        rows = frozenset(row_of[govgraph.item_id(reg, m)] for m in f.meetings)
        out.append((f.kind.label, rows))
    return out


def row_index(reg: Any, table_rows: List[Dict[str, str]]) -> Dict[str, int]:
    """Meeting id -> row of the table (meetings are imported in row order, headings skipped)."""
    by_name: Dict[str, int] = {}
    for i, r in enumerate(table_rows):
        by_name.setdefault(r["Meeting"].strip(), i)
    out = {}
    for m in reg.meetings:
        printed = m.attributes.get("name_as_printed", m.name)
        out[m.id] = by_name.get(printed.strip(), by_name.get(m.name, -1))
    return out


# --- scoring against the document's conclusion --------------------------------------------------


def _match(expected: Dict[str, Any], f: Any, names: Sequence[str], covered: Sequence[str]) -> Tuple[bool, bool]:
    """(same kind, any kind) for one expected finding against one review finding."""
    kind = expected["type"]
    found = set(names)
    if kind in ("duplicate", "same_function"):
        want = set(expected["meetings"])
        if kind == "same_function":
            # A group: found when one finding holds at least three quarters of it (and two or more).
            hit = len(want & found) >= max(2, -(-3 * len(want) // 4))
        else:
            hit = want == found
        return hit and f.kind.label == kind, hit or want <= found or (len(found) >= 2 and found <= want)
    if kind == "consumed":
        hit = names == [expected["meeting"]] and f.kind.label == "consumed"
        return hit, hit or expected["meeting"] in found
    if kind == "parent_subgroup":
        want = {expected["parent"], expected["child"]}
        hit = found == want and f.kind.label == "parent_subgroup" and names[0] == expected["parent"]
        return hit, want <= found
    if kind == "stop":
        hit = f.kind.label == "consumed" and names == [expected["meeting"]]
        return hit, hit
    return False, False


def evaluate(csv_path: pathlib.Path, trials: int, typo_rate: float = 0.02) -> Dict[str, Any]:
    expected_doc = json.loads(csv_path.with_suffix("").with_suffix(".expected.json").read_text()) \
        if csv_path.with_suffix(".expected.json").exists() else \
        json.loads(pathlib.Path(str(csv_path)[:-4] + ".expected.json").read_text())
    columns, rows = _read(csv_path)
    reg, diagnostics, review = run(_write(columns, rows))
    findings = review.findings
    named = [([govgraph.item_name(reg, m) for m in f.meetings], [govgraph.item_name(reg, m) for m in f.covered_by])
             for f in findings]
    # Names as printed, for matching the expected file.
    printed = {m.name: m.attributes.get("name_as_printed", m.name) for m in reg.meetings}
    named = [([printed.get(n, n) for n in a], [printed.get(n, n) for n in b]) for a, b in named]

    found_same, found_any, ranks = 0, 0, []
    matched_findings: Set[int] = set()
    details = []
    for e in expected_doc["expected"]:
        hit_rank: Optional[int] = None
        any_hit = False
        for i, f in enumerate(findings):
            same, anyk = _match(e, f, named[i][0], named[i][1])
            if anyk:
                any_hit = True
                matched_findings.add(i)
            if same and hit_rank is None:
                hit_rank = i + 1
        found_same += hit_rank is not None
        found_any += any_hit
        if hit_rank is not None:
            ranks.append(hit_rank)
        details.append((e["type"], e.get("meetings") or [e.get("meeting") or e.get("parent"), e.get("child")],
                        hit_rank, any_hit))
    not_expected_hits = 0
    for ne in expected_doc.get("not_expected", []):
        want = set(ne["meetings"])
        for i, f in enumerate(findings):
            if want <= set(named[i][0]) and f.kind.label != "parent_subgroup":
                not_expected_hits += 1
                matched_findings.discard(i)
    precision = len(matched_findings) / len(findings) if findings else None

    # Mentions: every participant, chair and lead read, against those not understood.
    mentions = sum(len(m.participants) + len(m.lead.organisations) + (0 if m.chair.empty else 1)
                   for m in reg.meetings)
    unresolved = sum(1 for d in diagnostics if str(d.severity).lower().endswith("error") and
                     d.field in ("participants", "lead", "chair"))
    resolved = (mentions - unresolved) / mentions if mentions else None

    base_keys = set(keys(reg, review, row_index(reg, rows)))
    both = either = 0
    for seed in range(trials):
        noisy = retype(rows, seed, typo_rate)
        n_reg, _, n_review = run(_write(columns, noisy))
        other = set(keys(n_reg, n_review, row_index(n_reg, noisy)))
        both += len(base_keys & other)
        either += len(base_keys | other)
    robust = both / either if either else 1.0
    return {
        "register": csv_path.name[:-4], "rows": len(reg.meetings), "expected": len(expected_doc["expected"]),
        "found": found_same, "found_any": found_any, "ranks": ranks, "findings": len(findings),
        "precision": precision, "not_expected_hits": not_expected_hits, "mentions": mentions,
        "resolved": resolved, "cannot_judge": len(review.cannot_judge), "robust": robust,
        "both": both, "either": either, "details": details,
    }


def _with_every_force(reg: Any) -> Any:
    """The register with each police force taking part in every initiative: the noise a
    regional register has, where the same five forces are in everything."""
    import pandas

    frames = reg.to_frames()
    forces = frames["organisations"][frames["organisations"]["kind"] == "police"]["id"].tolist()
    participation = frames["initiative_participation"]
    rows = [{c: None for c in participation.columns} | {"initiative_id": i, "organisation_id": force,
                                                         "type": "member", "seats": 1}
            for i in frames["initiatives"]["id"] for force in forces]
    frames["initiative_participation"] = pandas.concat([participation, pandas.DataFrame(rows)], ignore_index=True)
    return govgraph.register_from_frames(frames)


def evaluate_ventures(expected_path: pathlib.Path) -> Dict[str, Any]:
    """A register of collaborative ventures (initiatives, not meetings): the pairs the
    overlap search reports among them, against the document's conclusion; robust is the
    agreement with the same search once every force takes part in every venture."""
    expected_doc = json.loads(expected_path.read_text())
    reg = govgraph.load_json(ROOT / expected_doc["register"])

    def pairs(r: Any) -> List[FrozenSet[str]]:
        found = govgraph.find_overlaps(r, include_initiatives=True).pairs
        return [frozenset({govgraph.item_name(r, o.a), govgraph.item_name(r, o.b)}) for o in found]

    found = pairs(reg)
    ranks, details, matched = [], [], set()
    for e in expected_doc["expected"]:
        want = frozenset(e["meetings"])
        rank = next((i + 1 for i, p in enumerate(found) if p == want), None)
        if rank is not None:
            ranks.append(rank)
            matched.add(rank - 1)
        details.append((e["type"], e["meetings"], rank, rank is not None))
    not_expected_hits = sum(1 for ne in expected_doc.get("not_expected", []) for p in found
                            if p == frozenset(ne["meetings"]))
    noisy = set(pairs(_with_every_force(reg)))
    both, either = len(set(found) & noisy), len(set(found) | noisy)
    return {
        "register": expected_path.name[: -len(".expected.json")], "rows": len(reg.initiatives),
        "expected": len(expected_doc["expected"]), "found": len(ranks), "found_any": len(ranks), "ranks": ranks,
        "findings": len(found), "precision": len(matched) / len(found) if found else None,
        "not_expected_hits": not_expected_hits, "mentions": 0, "resolved": None, "cannot_judge": 0,
        "robust": both / either if either else 1.0, "both": both, "either": either, "details": details,
    }


def _fmt(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.2f}"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=5, help="noisy re-typings per register")
    parser.add_argument("--typo-rate", type=float, default=0.02, help="share of words given a typo when re-typed")
    parser.add_argument("--held-out", action="store_true", help="the held-out registers (evaluation/held-out)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--details", action="store_true", help="list each expected finding and where it stands")
    parser.add_argument("registers", nargs="*", help="CSV files (default: evaluation/seeds and evaluation/registers)")
    args = parser.parse_args(argv)
    folders = [HELD_OUT] if args.held_out else FOLDERS
    paths = [pathlib.Path(p) for p in args.registers] or sorted(p for folder in folders for p in folder.glob("*.csv"))
    results = [evaluate(p, args.trials, args.typo_rate) for p in paths]
    if not args.registers:
        # Registers of ventures rather than meetings: an expected file naming its register.
        for folder in folders:
            for path in sorted(folder.glob("*.expected.json")):
                if json.loads(path.read_text()).get("analysis") == "ventures":
                    results.append(evaluate_ventures(path))
    header = ["register", "rows", "expected", "found", "found (any kind)", "ranks", "findings", "precision",
              "not-expected hits", "mentions resolved", "cannot judge", "robust"]
    lines = []
    for r in results:
        lines.append([r["register"], str(r["rows"]), str(r["expected"]), str(r["found"]), str(r["found_any"]),
                      ",".join(map(str, r["ranks"])) or "–", str(r["findings"]), _fmt(r["precision"]),
                      str(r["not_expected_hits"]),
                      f"{_fmt(r['resolved'])} of {r['mentions']}" if r["mentions"] else "–",
                      str(r["cannot_judge"]), _fmt(r["robust"])])
    total_expected = sum(r["expected"] for r in results)
    total_found = sum(r["found"] for r in results)
    total_any = sum(r["found_any"] for r in results)
    reported = sum(r["findings"] for r in results)
    matched = sum(round((r["precision"] or 0) * r["findings"]) for r in results)
    both = sum(r["both"] for r in results)
    either = sum(r["either"] for r in results)
    mentions = sum(r["mentions"] for r in results)
    resolved = sum((r["resolved"] or 0) * r["mentions"] for r in results)
    lines.append(["all", str(sum(r["rows"] for r in results)), str(total_expected), str(total_found),
                  str(total_any), "–", str(reported), _fmt(matched / reported if reported else None),
                  str(sum(r["not_expected_hits"] for r in results)),
                  f"{_fmt(resolved / mentions if mentions else None)} of {mentions}",
                  str(sum(r["cannot_judge"] for r in results)), _fmt(both / either if either else 1.0)])
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for line in lines:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths)))
    if args.details:
        for r in results:
            print(f"\n{r['register']}")
            for kind, meetings, rank, anyk in r["details"]:
                state = f"found at {rank}" if rank else ("found as another kind" if anyk else "missed")
                print(f"  {kind:16} {', '.join(m for m in meetings if m)}: {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
