"""Rationalisation proposal: weighted set cover over topics x areas and partner links."""

import pytest

import govgraph


def test_small_register(small):
    r = govgraph.rationalise(small)
    assert r.method == govgraph.RationalisationMethod.EXACT
    # The board alone joins the OPCC, police and council, the sub-group alone the police and the
    # independent chair; the local meeting has one participant and no topic: it covers nothing.
    assert [small.meeting(h).id for h in r.kept] == ["board", "sub"]
    assert [(small.meeting(s.meeting).id, s.reason) for s in r.stopped] == [
        ("tbc", "it covers no topic in an area and no partner link")]
    assert r.cost_before == 3 and r.cost_after == 2


def test_errors(small):
    with pytest.raises(govgraph.InvalidInputError, match=r'keep\[0\]: unknown meeting "nope"'):
        govgraph.rationalise(small, keep=["nope"])
    with pytest.raises(govgraph.InvalidInputError, match=r'required_links\[0\]\[0\]: unknown organisation "x"'):
        govgraph.rationalise(small, keep_all_links=False, required_links=[("x", "police")])


def test_bundled_example(example):
    exact = govgraph.rationalise(example, cost=govgraph.RationalisationCost.MEETING_HOURS)
    greedy = govgraph.rationalise(example, cost=govgraph.RationalisationCost.MEETING_HOURS, exact_limit=0)
    assert exact.method == govgraph.RationalisationMethod.EXACT
    assert greedy.method == govgraph.RationalisationMethod.GREEDY
    assert exact.cost_after <= greedy.cost_after <= greedy.approximation_bound * exact.cost_after + 1e-9
    assert "Rationalisation (exact)" in govgraph.format_rationalisation(exact)
    pd = pytest.importorskip("pandas")
    frame = exact.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    stopped = set(frame[frame["action"] == "stop"]["meeting_id"])
    assert {"community-safety-meeting", "commissioning-meeting"} <= stopped
    assert len(exact.to_pandas("requirements")) == len(exact.requirements)
