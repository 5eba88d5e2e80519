"""Collaboration portfolio: initiatives against priorities."""

import pytest

import govgraph

EAST_MIDLANDS = "examples/registers/east-midlands-collaboration-2009.json"


def _small() -> govgraph.Register:
    b = govgraph.RegisterBuilder()
    b.add_area(govgraph.Area(id="x", name="X"))
    b.add_topic(govgraph.Topic(id="p1", name="Priority one", attributes={"priority": "1"}))
    b.add_topic(govgraph.Topic(id="p2", name="Priority two", attributes={"priority": "2"}))
    b.add_organisation(govgraph.Organisation(id="a", name="Force A", kind="police"))
    b.add_initiative(govgraph.Initiative(id="i1", name="One", lead="a", priorities=["p1"], areas=["x"]))
    b.add_initiative(govgraph.Initiative(id="i2", name="Two", areas=["x"]))
    return b.build()


def test_small_register():
    reg = _small()
    p = govgraph.portfolio(reg)
    assert [reg.topic(t).id for t in p.uncovered] == ["p2"]
    assert [(reg.initiative(g.initiative).id, g.detail) for g in p.gaps] == [
        ("i1", "no start date, no end date"), ("i2", "no lead, no start date, no end date, serves no priority")]
    assert p.missing_lead == 1 and p.missing_dates == 2
    with pytest.raises(govgraph.InvalidInputError, match=r'priorities\[0\]: unknown topic "zz"'):
        govgraph.portfolio(reg, priorities=["zz"])


def test_east_midlands(source_dir):
    reg = govgraph.load_json(source_dir / EAST_MIDLANDS)
    p = govgraph.portfolio(reg)
    assert len(p.uncovered) == 4
    assert [(reg.initiative(o.a).id, reg.initiative(o.b).id) for o in p.overlaps] == [
        ("shared-ict-services", "shared-data-warehouse")]
    assert "NO INITIATIVE" in govgraph.format_portfolio(p)
    pd = pytest.importorskip("pandas")
    frame = p.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["initiative_id"]) == ["collaboration-programme", "business-crime", "shared-ict-services",
                                            "shared-data-warehouse"]
    assert frame["no_lead"].all() and frame["no_end"].all()
    assert not p.to_pandas("priorities")["covered"].any()
    assert len(p.to_pandas("overlaps")) == len(p.overlaps)
