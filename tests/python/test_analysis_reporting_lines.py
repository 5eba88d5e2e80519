"""Reporting lines: the forest, orphans and escalation paths."""

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
