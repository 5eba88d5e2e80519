"""Burden: hours a year per meeting, organisation and role, checked by hand."""

import pytest

import govgraph


def test_small_register_by_hand(small):
    b = govgraph.burden(small)
    # Board: 4 x 3 h x 3 seats = 36; sub-group: 12 x 2 h x 2 seats = 48; "tbc" is unknown.
    assert b.meeting_hours == 36
    assert b.seat_hours == 84
    assert [small.meeting(h).id for h in b.unknown_cadence] == ["tbc"]
    orgs = {small.organisation(o.organisation).id: o for o in b.organisations}
    assert orgs["council"].seat_hours == 24
    assert [small.meeting(h).id for h in orgs["council"].unknown_cadence] == ["tbc"]
    assert orgs["police"].seat_hours == 24
    assert orgs["opcc"].seat_hours == 12


def test_preparation_and_cost(small):
    b = govgraph.burden(small, preparation_hours_per_sitting=1, hourly_cost_by_role={"pcc": 50})
    # Board 4 x 4 h x 3 = 48; sub 12 x 3 h x 2 = 72.
    assert b.seat_hours == 120
    assert b.cost == 4 * 4 * 50
    assert b.uncosted_seat_hours == 120 - 16


def test_bad_options_name_the_item(small):
    with pytest.raises(govgraph.InvalidInputError, match=r'hourly_cost_by_role\["nobody"\]: unknown role "nobody"'):
        govgraph.burden(small, hourly_cost_by_role={"nobody": 10})


def test_to_pandas_tables(example):
    pd = pytest.importorskip("pandas")
    b = govgraph.burden(example)
    meetings = b.to_pandas()
    assert isinstance(meetings, pd.DataFrame)
    assert len(meetings) == 20
    assert meetings["seat_hours"].sum() == pytest.approx(b.seat_hours)
    # Unknown cadences are missing values, not zeros.
    assert meetings["seat_hours"].isna().sum() == len(b.unknown_cadence) == 11
    orgs = b.to_pandas("organisations")
    assert orgs.iloc[0]["organisation_id"] == "opcc"
    assert set(b.to_pandas("levels")["label"]) == {"strategic", "tactical", "unknown"}
    assert b.to_pandas("leads")["share"].sum() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="unknown table"):
        b.to_pandas("nope")
