"""Members and seats: the Membership model, its frames table, and what composition and pillar leads make of it."""

from __future__ import annotations

import datetime
import pathlib

import pytest

import govgraph

SOURCE = pathlib.Path(__file__).resolve().parents[2]
DORSET = SOURCE / "examples" / "registers" / "dorset-pcp-2018.json"


def small_panel() -> govgraph.Register:
    b = govgraph.RegisterBuilder()
    b.add_organisation(govgraph.Organisation(id="pcp", name="Shire PCP", kind="police_and_crime_panel"))
    for council in ("north", "south"):
        b.add_organisation(govgraph.Organisation(id=council, name=f"{council.title()} Council",
                                                 kind="local_authority"))
    for person in ("ann", "ben", "cy", "di"):
        b.add_person(govgraph.Person(id=person, name=person.title()))
    b.add_topic(govgraph.Topic(id="victims", name="Supporting victims"))
    b.add_topic(govgraph.Topic(id="communities", name="Working with communities"))
    b.add_meeting(govgraph.Meeting(id="panel", name="Shire Police and Crime Panel", kind="panel", lead="pcp",
                                   topics=["victims", "communities"]))
    b.add_membership(govgraph.Membership(person="ann", meeting="panel", council="north", leads=["victims"],
                                         office="vice_chair", party="Green", start_date="2018-05-24"))
    b.add_membership(govgraph.Membership(person="ben", meeting="panel", council="south",
                                         end_date=datetime.date(2019, 3, 31)))
    b.add_membership(govgraph.Membership(person="cy", meeting="panel", seat="independent", office="chair"))
    b.add_membership(govgraph.Membership(person="di", meeting="panel", council="south", substitute_for="ben"))
    return b.build()


def test_membership_fields_and_register_access():
    reg = small_panel()
    assert len(reg.memberships) == 4
    ann = reg.memberships[0]
    assert (ann.person, ann.meeting, ann.council, ann.party) == ("ann", "panel", "north", "Green")
    assert ann.seat == govgraph.SeatKind.COUNCILLOR and ann.office.label == "vice_chair"
    assert ann.leads == ["victims"] and ann.start_date == datetime.date(2018, 5, 24) and ann.end_date is None
    assert ann.in_office("2018-06-01") and not ann.in_office(datetime.date(2018, 1, 1))
    assert reg.memberships[3].is_substitute and not reg.memberships[3].substitute
    assert len(reg.memberships_of(reg.find_meeting("panel"))) == 4
    assert "substitute=True" in repr(reg.memberships[3])
    assert govgraph.Membership(person="x", meeting="y") == govgraph.Membership(person="x", meeting="y")


def test_builder_problems_name_the_membership():
    b = small_panel().to_builder()
    b.add_membership(govgraph.Membership(person="ann", meeting="panel", council="nowhere"))
    problems = [str(p) for p in b.check()]
    assert 'memberships[4].council: unknown organisation "nowhere" (member "ann")' in problems
    assert any(p.startswith("memberships[4].person: person \"ann\" already sits on meeting \"panel\"")
               for p in problems)
    with pytest.raises(govgraph.InvalidInputError, match="memberships\\[4\\]"):
        b.build()
    with pytest.raises(govgraph.InvalidInputError, match="unknown seat kind"):
        govgraph.Membership(seat="mayor")


def test_json_and_popolo_round_trip():
    reg = small_panel()
    assert govgraph.loads_json(govgraph.dumps_json(reg)) == reg
    assert govgraph.loads_popolo(govgraph.dumps_popolo(reg)).register == reg


def test_composition_counts_members_not_substitutes():
    reg = small_panel()
    r = govgraph.panel_composition(reg)
    assert r.from_memberships and r.substitutes == 1
    assert (r.appointed_members, r.independent_members, r.total_members) == (2, 1, 3)
    later = govgraph.panel_composition(reg, as_of=datetime.date(2019, 4, 1))
    assert (later.appointed_members, later.out_of_term) == (1, 1)
    assert govgraph.panel_composition(reg, as_of="2019-04-01").appointed_members == 1


def test_pillar_leads():
    reg = small_panel()
    r = govgraph.pillar_leads(reg)
    table = r.to_pandas()
    assert list(table["pillar_id"]) == ["victims", "communities"]
    assert list(table["lead"]) == ["Ann", ""]
    assert [reg.topic(t).id for t in r.unled] == ["communities"]
    with pytest.raises(govgraph.NotFoundError):
        govgraph.pillar_leads(reg, meeting="nope")


def test_dorset_members_pillar_leads_and_composition():
    reg = govgraph.load_json(DORSET)
    leads = govgraph.pillar_leads(reg).to_pandas().set_index("pillar_id")["lead"].to_dict()
    assert leads == {"protecting-people": "Cllr Ann Example (made up)",
                     "working-with-communities": "Cllr Cara Example (made up)",
                     "supporting-victims": "Cllr Eve Example (made up)",
                     "transforming-for-the-future": "Cllr Ben Example (made up)"}
    r = govgraph.panel_composition(reg)
    assert r.from_memberships and (r.appointed_members, r.independent_members, r.substitutes) == (9, 1, 1)
    made_up = [m for m in reg.memberships if m.person != "mike-short"]
    assert all(m.attributes.get("illustrative") == "true" for m in made_up)


def test_members_frame_round_trips_and_places_problems(tmp_path):
    pandas = pytest.importorskip("pandas")
    reg = small_panel()
    frames = govgraph.register_to_frames(reg)
    members = frames.members
    assert list(members["person_id"]) == ["ann", "ben", "cy", "di"]
    assert members.iloc[0]["council"] == "North Council" and members.iloc[0]["leads"] == ["victims"]
    assert govgraph.register_from_frames(frames) == reg
    # Through CSV: lists and attributes as text.
    for name, frame in frames.items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    read = {name: pandas.read_csv(tmp_path / f"{name}.csv") for name in frames}
    assert govgraph.register_from_frames(read) == reg

    bad = govgraph.register_to_frames(reg)
    bad["members"].loc[1, "council_id"] = "nowhere"
    with pytest.raises(govgraph.InvalidInputError, match="members table, row 1, column 'council_id': no organisation"):
        govgraph.register_from_frames(bad)
    bad = govgraph.register_to_frames(reg)
    bad["members"].loc[2, "seat"] = "mayor"
    with pytest.raises(govgraph.InvalidInputError, match="members table, row 2, column 'seat': unknown value"):
        govgraph.register_from_frames(bad)
    bad = govgraph.register_to_frames(reg)
    bad["members"].loc[0, "end_date"] = "2017-01-01"
    with pytest.raises(govgraph.InvalidInputError,
                       match="members table, row 0, column 'end_date': the term ends before it starts"):
        govgraph.register_from_frames(bad)
