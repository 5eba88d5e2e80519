"""The summary, checked against figures worked out by hand."""

import pytest

import govgraph


def test_small_register_figures(small):
    s = govgraph.summarise(small)
    assert (s.meetings, s.organisations, s.roles, s.areas) == (3, 3, 2, 2)
    # Board: 4 sittings x 3 h = 12 h, seats 1 + 2 = 3 -> 36 people-hours.
    # Sub-group: 12 sittings x 2 h default = 24 h, seats 2 -> 48 people-hours.
    assert s.sittings_per_year == 16
    assert s.meeting_hours_per_year == 36
    assert s.seat_hours_per_year == 84
    assert [small.meeting(h).id for h in s.unknown_cadence] == ["tbc"]
    assert [small.meeting(h).id for h in s.default_duration] == ["sub", "tbc"]
    assert {(t.label, t.meetings) for t in s.leads} == {
        ("joint: OPCC + Constabulary", 1), ("Constabulary", 1), ("no lead", 1)}
    assert s.leads[-1].label == "no lead"
    assert {c.name: c.count for c in s.meetings_by_status} == {"existing": 2, "to_be_removed": 1}


def test_example_hours_follow_the_paper(example):
    s = govgraph.summarise(example)
    # Worked independently: sittings per meeting from the paper's frequencies.
    expected = 0.0
    for m in example.meetings:
        sittings = example.sittings_per_year(m)
        if sittings is not None:
            expected += sittings
    assert s.sittings_per_year == pytest.approx(expected)
    # LCJB 6, Chief Executives 2, Safeguarding chairs 2, Consortium 2, Senior Contact 4,
    # CSPs 4 x 4 + 3 (South Glos) = 19, Mental Health Concordat 2, Reducing Reoffending 4, Leaders 2.
    assert s.sittings_per_year == 43
    assert s.meeting_hours_per_year == 86
    text = govgraph.format_summary(example, s)
    assert "Meetings" in text and "Leads" in text and "Meeting hours   86" in text
