"""Reporting lines: the forest, orphans and escalation paths."""

import subprocess
import sys

import pytest

import govgraph


def test_small_register_lines(small):
    r = govgraph.reporting_lines(small)
    ids = lambda hs: [small.meeting(h).id for h in hs]  # noqa: E731
    assert ids(r.roots) == ["board"]
    assert ids(r.standalone) == ["tbc"]
    sub = r.nodes[small.find_meeting("sub")]
    assert ids(sub.escalation_path) == ["board"] and sub.depth == 1 and sub.reaches_strategic
    # The tactical sub-group reports to the strategic board: no orphans.
    assert r.orphans == []
    assert r.is_forest and r.max_depth == 1


def test_example_to_pandas(example):
    pytest.importorskip("pandas")
    r = govgraph.reporting_lines(example)
    df = r.to_pandas()
    assert len(df) == 20
    assert list(df[df["orphan"]]["meeting_id"]) == ["senior-contact-meetings"]


LINES = """{"schema_version": 1, "info": {"title": "Lines"},
 "organisations": [{"id": "o", "name": "Org"}],
 "meetings": [
  {"id": "board", "name": "Board", "lead": "o", "level": "strategic"},
  {"id": "a", "name": "Group A", "lead": "o", "level": "tactical", "reports_to": "board"},
  {"id": "a1", "name": "Task A1", "lead": "o", "level": "operational", "reports_to": "a"},
  {"id": "b", "name": "Group B", "lead": "o", "level": "tactical", "reports_to": "board", "status": "to_be_removed"},
  {"id": "b1", "name": "Task B1", "lead": "o", "level": "operational", "reports_to": "b"},
  {"id": "lone", "name": "Lone tactical", "lead": "o", "level": "tactical"}]}"""


def test_reporting_lines_as_a_tree(tmp_path):
    reg = govgraph.loads_json(LINES)
    text = govgraph.format_reporting_lines(govgraph.reporting_lines(reg))
    assert text.splitlines() == [
        "Reporting lines: 1 with sub-groups, 1 meeting standing alone; at most 2 levels below the top",
        "Board (strategic)",
        "├── Group A (tactical)",
        "│   └── Task A1 (operational)",
        "└── Group B (tactical, to be removed)",
        "    └── Task B1 (operational)",
        "Standing alone (report to nothing, no sub-groups): Lone tactical",
        "Reaching no strategic meeting: Lone tactical",
        "Reporting to a meeting to be removed: Task B1 (to Group B)",
    ]
    path = tmp_path / "lines.json"
    path.write_text(LINES, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "govgraph", "reporting-lines", str(path)], capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0 and run.stdout == text
