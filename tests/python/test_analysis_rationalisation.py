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


def test_cost_by_json_name(small):
    # Every enumeration accepts its JSON name where it is expected, as the guide writes it.
    by_name = govgraph.rationalise(small, cost="meeting_hours")
    by_value = govgraph.rationalise(small, cost=govgraph.RationalisationCost.MEETING_HOURS)
    assert [s.meeting for s in by_name.stopped] == [s.meeting for s in by_value.stopped]
    assert govgraph.RationalisationCost("seat_hours") == govgraph.RationalisationCost.SEAT_HOURS
    assert govgraph.RationalisationCost.SEAT_HOURS.label == "seat_hours"
    with pytest.raises(govgraph.InvalidInputError, match='unknown rationalisation cost "hours"; expected one of: '
                                                         'meetings, meeting_hours, seat_hours'):
        govgraph.RationalisationCost("hours")
    with pytest.raises(govgraph.InvalidInputError, match='unknown rationalisation cost "hours"'):
        govgraph.rationalise(small, cost="hours")
    with pytest.raises(TypeError):
        govgraph.rationalise(small, cost=3)


def test_every_enum_reads_its_labels():
    enums = [v for v in vars(govgraph._core).values()
             if isinstance(v, type) and hasattr(v, "__members__") and hasattr(v, "label")]
    assert len(enums) >= 20
    for enum in enums:
        for member in enum.__members__.values():
            assert enum(member.label) == member, (enum, member)
