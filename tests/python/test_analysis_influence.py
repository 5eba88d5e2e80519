"""Influence: centralities, brokers and reach in the co-attendance network."""

import pytest

import govgraph


def test_small_register(small):
    g = govgraph.PartnershipGraph(small)
    r = govgraph.influence(g)
    by_key = {a.key: a for a in r.actors}
    # The OPCC (via the PCC) and the Constabulary lead the board with the council;
    # the Constabulary alone joins the sub-group to the independent chair.
    assert by_key["organisation:police"].degree == 3
    assert r.brokers == ["organisation:police"]
    assert by_key["organisation:police"].betweenness == 2  # chair-opcc and chair-council
    assert by_key["role:chair"].degree == 1


def test_reach_and_errors(example):
    pd = pytest.importorskip("pandas")
    g = govgraph.PartnershipGraph(example)
    reach = govgraph.reach(g, "opcc")
    df = reach.to_pandas()
    assert isinstance(df, pd.DataFrame) and len(df) == len(reach.meetings) > 0
    assert list(df["new_partners"]) == sorted(df["new_partners"], reverse=True)
    with pytest.raises(govgraph.NotFoundError, match='unknown actor "nobody"'):
        govgraph.reach(g, "nobody")
    inf = govgraph.influence(g).to_pandas()
    assert inf.iloc[0]["key"] == "organisation:constabulary"
    assert list(df["meeting_id"])[:2] == ["csps", "lcjb"]


def test_register_names_and_aliases(example):
    # A Register is accepted wherever a graph is (the graph is built from it), and an actor is found by id,
    # name or alias, as the register's look-up reads them.
    by_graph = govgraph.influence(govgraph.PartnershipGraph(example))
    by_register = govgraph.influence(example)
    assert [a.key for a in by_register.actors] == [a.key for a in by_graph.actors]
    assert by_register.register is example
    opcc = example.organisation(example.lookup_organisation("opcc"))
    expected = [m.meeting for m in govgraph.reach(example, "opcc").meetings]
    for name in ("OPCC", opcc.name, "organisation:opcc"):
        assert [m.meeting for m in govgraph.reach(example, name).meetings] == expected, name
    with pytest.raises(TypeError):
        govgraph.influence("not a register")


def test_defaults_come_from_the_library():
    # The Python defaults are the C++ options' defaults, not literals written again.
    doc = govgraph.influence.__doc__
    assert "unknown_cadence_sittings: float = 1.0" in doc and "include_leads: bool = True" in doc
