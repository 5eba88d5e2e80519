"""Stakeholder engagement plan from a change set."""

import pytest

import govgraph


def test_small_register_removing_the_sub_group(small):
    p = govgraph.engagement_plan(small, {"changes": [{"action": "remove", "meeting": "sub", "reason": "why"}]})
    assert [(m.id, m.change, m.reason) for m in p.meetings] == [("sub", "removed", "why")]
    assert p.organisations == ["police"]
    assert p.roles == ["chair"]
    channels = [(a.channel, a.name) for a in p.actions]
    # The independent chair belongs to no organisation: a letter; the police: intranet.
    assert (govgraph.EngagementChannel.LETTER, "Independent chair") in channels
    assert (govgraph.EngagementChannel.INTRANET, "Force intranet") in channels
    assert p.count(govgraph.EngagementChannel.OPCC_BRIEFING) == 0


def test_errors(small):
    with pytest.raises(govgraph.InvalidInputError, match=r'changes\[0\]\.meeting: unknown meeting "xyz"'):
        govgraph.engagement_plan(small, {"changes": [{"action": "remove", "meeting": "xyz"}]})
    with pytest.raises(govgraph.InvalidInputError, match=r'cc_organisations\[0\]: unknown organisation "nobody"'):
        govgraph.engagement_plan(small, {"changes": [{"action": "remove", "meeting": "sub"}]},
                                 cc_organisations=["nobody"])


def test_paper_recommendation_b(example, source_dir):
    path = source_dir / "examples" / "changes" / "avon-and-somerset-recommendation-b.json"
    p = govgraph.engagement_plan(example, path, cc_organisations=["yot"])
    assert [m.id for m in p.meetings][:2] == ["community-safety-meeting", "commissioning-meeting"]
    assert "letter" in p.format()
    pd = pytest.importorskip("pandas")
    actions = p.to_pandas()
    assert isinstance(actions, pd.DataFrame)
    assert list(actions.columns) == ["channel", "key", "name", "recipient", "from", "meetings"]
    assert "organisation:csps" in set(actions[actions["channel"] == "copy"]["key"])
    assert len(p.to_pandas("meetings")) == len(p.meetings)
