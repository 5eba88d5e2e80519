"""Building, validating and walking a register from Python."""

import datetime

import pytest

import govgraph


def test_kwargs_construction_and_enum_names():
    m = govgraph.Meeting(id="m", name="M", status="new", level="tactical", kind="board")
    assert m.status == govgraph.MeetingStatus.NEW
    assert m.level.label == "tactical"
    assert m.kind == govgraph.MeetingKind.BOARD
    with pytest.raises(TypeError, match="unexpected keyword argument 'frequency'"):
        govgraph.Meeting(id="m", name="M", frequency="monthly")


def test_bad_enum_name_raises_with_the_choices():
    with pytest.raises(govgraph.InvalidInputError, match="expected one of: existing, new, proposed, to_be_removed"):
        govgraph.Meeting(status="gone")


def test_cadence_from_text_and_bad_text():
    m = govgraph.Meeting(cadence="Bi monthly")
    assert m.cadence.per_year == 6
    with pytest.raises(govgraph.InvalidInputError, match="cannot read cadence"):
        m.cadence = "whenever the moon is full-ish"


def test_lead_converts_from_id_and_list():
    assert govgraph.Meeting(lead="opcc").lead.organisations == ["opcc"]
    lead = govgraph.Meeting(lead=["opcc", "police"]).lead
    assert lead.joint and not lead.none
    assert govgraph.Meeting().lead.none


def test_initiative_dates():
    i = govgraph.Initiative(id="i", name="I", start_date="2009-04-01", end_date=datetime.date(2011, 3, 31))
    assert i.start_date == datetime.date(2009, 4, 1)
    with pytest.raises(govgraph.InvalidInputError, match="YYYY-MM-DD"):
        i.start_date = "1 April 2009"


def test_handles_and_lookup(small):
    h = small.find_organisation("opcc")
    assert small.organisation(h).name == "Office of the PCC"
    assert small.lookup_organisation("office of the pcc") == h
    assert small.lookup_organisation("O.P.C.C.") == h
    assert small.find_organisation("nobody") is None
    with pytest.raises(govgraph.NotFoundError, match='"nobody"'):
        small.lookup_organisation("nobody")
    with pytest.raises(LookupError):
        small.lookup_meeting("nobody")
    with pytest.raises(IndexError):
        small.meeting(99)


def test_organisation_of_follows_the_role(small):
    board = small.meeting(small.find_meeting("board"))
    assert small.organisation_of(board.participants[0].party) == small.find_organisation("opcc")
    assert small.organisation_of(govgraph.Participant(role="chair").party) is None


def test_sittings_per_year(small):
    board = small.meeting(small.find_meeting("board"))
    assert small.sittings_per_year(board) == 4
    assert small.sittings_per_year(small.meeting(small.find_meeting("tbc"))) is None
    assert small.duration_hours(small.meeting(small.find_meeting("sub"))) == 2.0


def test_validation_names_every_problem_and_its_place():
    b = govgraph.RegisterBuilder()
    b.add_organisation(govgraph.Organisation(id="opcc", name="OPCC"))
    b.add_organisation(govgraph.Organisation(id="opcc", name="OPCC again"))
    b.add_meeting(govgraph.Meeting(id="lcjb", name="LCJB", participants=[
        govgraph.Participant(organisation="opcc"), govgraph.Participant(organisation="hmcts")]))
    b.add_meeting(govgraph.Meeting(id="a", name="A", reports_to="b"))
    b.add_meeting(govgraph.Meeting(id="b", name="B", reports_to="a", duration_hours=-1.0))
    problems = [str(p) for p in b.check()]
    assert problems == [
        'organisations[1].id: duplicate id "opcc" (first at organisations[0])',
        'meetings[0].participants[1].organisation: unknown organisation "hmcts" (meeting "lcjb")',
        "meetings[2].duration_hours: must be a finite number of hours, zero or more and at most 168 (a week)",
        'meetings[1].reports_to: reporting cycle "a" -> "b" -> "a"',
    ]
    with pytest.raises(govgraph.InvalidInputError) as err:
        b.build()
    assert str(err.value) == "; ".join(problems)


def test_to_builder_edits_a_copy(small):
    b = small.to_builder()
    meetings = b.meetings
    meetings[0].name = "Renamed"
    b.meetings = meetings
    edited = b.build()
    assert edited.meeting(0).name == "Renamed"
    assert small.meeting(0).name == "Partnership Board"
    assert edited != small
    assert small.to_builder().build() == small


def test_lists_are_copies(small):
    small.meetings[0].name = "changed"
    assert small.meetings[0].name == "Partnership Board"


def test_normalise_and_slugify():
    assert govgraph.normalise_name("Bath & North–East Somerset.") == "bath and north east somerset"
    assert govgraph.slugify("Avon & Somerset LCJB") == "avon-and-somerset-lcjb"
