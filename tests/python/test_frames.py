"""Registers as tidy DataFrames and back, and .to_pandas() on every result."""

from __future__ import annotations

import pathlib

import pytest

import govgraph
from govgraph import frames as gframes

SOURCE = pathlib.Path(__file__).resolve().parents[2]
REGISTERS = sorted(p for p in (SOURCE / "examples" / "registers").glob("*.json") if "cycle" not in p.name)
RICH = SOURCE / "tests" / "data" / "frames-register.json"


@pytest.mark.parametrize("path", REGISTERS + [RICH], ids=lambda p: p.name)
def test_round_trip_gives_the_same_register(path):
    reg = govgraph.load_json(path)
    frames = govgraph.register_to_frames(reg)
    rebuilt = govgraph.register_from_frames(frames)
    assert govgraph.dumps_json(rebuilt) == govgraph.dumps_json(reg)
    assert rebuilt == reg


def test_lists_written_as_text_round_trip():
    reg = govgraph.load_json(RICH)
    frames = reg.to_frames()
    for table, column in (("meetings", "areas"), ("meetings", "topics"), ("organisations", "areas"),
                          ("areas", "aliases")):
        frames[table][column] = frames[table][column].map("; ".join)
    assert govgraph.register_from_frames(frames) == reg


def test_tables_hold_the_register(example):
    frames = govgraph.register_to_frames(example)
    assert list(frames) == list(gframes.TABLES)
    assert len(frames.meetings) == len(example.meetings) == 20
    assert len(frames.organisations) == len(example.organisations)
    meetings = frames.meetings.set_index("id")
    lcjb = meetings.loc["lcjb"]
    assert lcjb["name"] == "Avon and Somerset Local Criminal Justice Board"
    assert (lcjb.kind, lcjb.level, lcjb.status) == ("board", "strategic", "existing")
    assert lcjb.sittings_per_year == 6 and lcjb.hours_per_year == 12 and lcjb.default_duration
    assert lcjb.cadence == "Bi monthly" and lcjb.participants == 12
    assert set(frames.leads.query("item_id == 'lcjb'").organisation_id) == {"opcc", "constabulary"}
    part = frames.participation.query("meeting_id == 'lcjb'")
    assert len(part) == len(example.meeting(example.find_meeting("lcjb")).participants)
    assert part.iloc[-1].role_id == "cjb-business-manager" and part.iloc[-1].type == "support"
    # Sittings a year agree with the register's own figure for every meeting.
    for m in example.meetings:
        expected = example.sittings_per_year(m)
        got = meetings.loc[m.id, "sittings_per_year"]
        assert (expected is None and got != got) or got == pytest.approx(expected)
    assert len(frames.participation) == sum(len(m.participants) for m in example.meetings)


def test_rich_register_tables():
    reg = govgraph.load_json(RICH)
    frames = reg.to_frames()
    assert frames.cadence_exceptions.to_dict("records") == [{"meeting_id": "board", "area": "south",
                                                             "per_year": 2.0}]
    assert frames.leads.query("item_id == 'board'").lead.tolist() == ["lead", "supporting"]
    board = frames.meetings.set_index("id").loc["board"]
    assert board.sittings_per_year == 6 and board.hours_per_year == 18 and not board.default_duration
    assert board.chair_person == "jones" and board.cadence_note == "sometimes more"
    assert frames.initiatives.iloc[0].start_date == "2024-04-01"
    assert set(frames.identifiers.entity_id) == {"force", "police"}
    assert frames.attributes.query("entity == 'register'").value.tolist() == ["Governance team"]
    assert frames.info.iloc[0].meeting_duration_hours == 1.5


def test_an_edit_in_a_frame_reaches_the_register(example):
    frames = example.to_frames()
    frames.meetings.loc[frames.meetings.id == "lcjb", "level"] = "tactical"
    frames.meetings.loc[frames.meetings.id == "lcjb", "cadence_kind"] = None
    frames.meetings.loc[frames.meetings.id == "lcjb", "cadence"] = "Monthly"
    reg = govgraph.register_from_frames(frames)
    lcjb = reg.meeting(reg.find_meeting("lcjb"))
    assert lcjb.level == govgraph.Level.TACTICAL
    assert reg.sittings_per_year(lcjb) == 12


@pytest.mark.parametrize("table, column, value, expected", [
    ("meetings", "level", "strat", "meetings table, row 0 (id 'lcjb'), column 'level': unknown value 'strat'"),
    ("meetings", "reports_to", "nowhere", "meetings table, row 0 (id 'lcjb'), column 'reports_to': no meeting"),
    ("meetings", "duration_hours", "two", "meetings table, row 0 (id 'lcjb'), column 'duration_hours': expected a "
                                          "number"),
    ("meetings", "areas", ["bristol", "atlantis"], "column 'areas': no area has the id 'atlantis'"),
    ("participation", "organisation_id", "nobody", "participation table, row 0, column 'organisation_id': no "
                                                   "organisation has the id 'nobody'"),
    ("participation", "type", "boss", "participation table, row 0, column 'type': unknown value 'boss'"),
    ("participation", "seats", 1.5, "participation table, row 0, column 'seats': expected a whole number"),
    ("leads", "organisation_id", "ghost", "leads table, row 0, column 'organisation_id': no organisation"),
    ("roles", "elected", "perhaps", "roles table, row 0 (id 'pcc'), column 'elected': expected true or false"),
    ("organisations", "name", None, "organisations table, row 0 (id 'constabulary'), column 'name': is empty"),
])
def test_errors_name_table_row_and_column(example, table, column, value, expected):
    frames = example.to_frames()
    frame = frames[table]
    frame[column] = frame[column].astype(object)
    frame.at[frame.index[0], column] = value
    with pytest.raises(govgraph.InvalidInputError, match=None) as error:
        govgraph.register_from_frames(frames)
    assert expected in str(error.value)


def test_duplicate_id_and_unknown_table(example):
    frames = example.to_frames()
    frames["meetings"].loc[1, "id"] = "lcjb"
    with pytest.raises(govgraph.InvalidInputError, match=r"meetings table, row 1 .*column 'id': the id 'lcjb' is "
                                                          r"used twice"):
        govgraph.register_from_frames(frames)
    with pytest.raises(govgraph.InvalidInputError, match="unknown table 'meeting'"):
        govgraph.register_from_frames({"meeting": frames.meetings})


def test_loader_errors_are_placed_in_their_row(example):
    # A meeting that reports to itself passes the cell checks; the builder's error names the row.
    frames = example.to_frames()
    frames.meetings.loc[3, "reports_to"] = frames.meetings.loc[3, "id"]
    with pytest.raises(govgraph.GovgraphError) as error:
        govgraph.register_from_frames(frames)
    assert "meetings table, row 3" in str(error.value)


def test_builder_problems_are_placed_in_the_row_they_came_from():
    reg = govgraph.load_json(RICH)
    frames = reg.to_frames()
    frames.participation.loc[frames.participation.index[0], "seats"] = 500000
    frames.cadence_exceptions.loc[0, "area"] = "mars"
    with pytest.raises(govgraph.InvalidInputError) as error:
        govgraph.register_from_frames(frames)
    assert str(error.value) == (
        "participation table, row 0, column 'seats': must be zero or more and at most 100000; "
        "cadence_exceptions table, row 0, column 'area': area \"mars\" is not one of the meeting's areas "
        "(meeting \"board\")")


def test_every_result_has_to_pandas(example):
    graph = govgraph.PartnershipGraph(example)
    overlaps = govgraph.find_overlaps(example)
    results = [govgraph.burden(example), govgraph.reporting_lines(example), govgraph.influence(graph),
               govgraph.reach(graph, "opcc"), govgraph.role_clarity(example), govgraph.rationalise(example),
               govgraph.portfolio(example), overlaps, govgraph.find_consumed(example),
               govgraph.cluster_overlaps(overlaps), govgraph.summarise(example), example,
               govgraph.expand_schedule(example, year=2017),
               govgraph.import_csv(SOURCE / "examples" / "registers" / "avon-and-somerset-2016-appendix-a.csv")]
    for result in results:
        frame = result.to_pandas()
        assert hasattr(frame, "columns"), type(result).__name__


def test_summary_to_pandas(example):
    summary = govgraph.summarise(example)
    figures = summary.to_pandas().set_index("figure").value
    assert figures["meetings"] == 20 and figures["meeting_hours_per_year"] == summary.meeting_hours_per_year
    counts = summary.to_pandas("counts")
    assert counts.query("by == 'status'").meetings.sum() == 20
    assert summary.to_pandas("leads").meetings.sum() == 20
    with pytest.raises(ValueError, match="unknown table"):
        summary.to_pandas("nope")


def test_tables_saved_as_csv_rebuild_the_register(tmp_path):
    import pandas

    reg = govgraph.load_json(RICH)
    for name, frame in reg.to_frames().items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    read = {name: pandas.read_csv(tmp_path / f"{name}.csv") for name in gframes.TABLES}
    assert govgraph.register_from_frames(read) == reg
