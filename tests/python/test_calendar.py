"""Meeting cycles: bank holidays, schedules, the cycle check, pandas and iCalendar."""

from __future__ import annotations

import datetime as dt

import pytest

import govgraph

D = dt.date


@pytest.fixture()
def dorset(source_dir):
    reg = govgraph.load_json(source_dir / "examples" / "registers" / "dorset-pcp-2018.json")
    plan = govgraph.load_cycle_plan(source_dir / "examples" / "cycle-plans" / "dorset-pcp-2018-cycle.json")
    return reg, plan


@pytest.fixture()
def misplaced(source_dir):
    return govgraph.load_cycle_plan(source_dir / "tests" / "data" / "dorset-pcp-2018-cycle-misplaced.json")


@pytest.mark.parametrize("year,easter", [(2016, D(2016, 3, 27)), (2018, D(2018, 4, 1)), (2019, D(2019, 4, 21)),
                                         (2024, D(2024, 3, 31)), (2025, D(2025, 4, 20))])
def test_easter(year, easter):
    assert govgraph.easter_sunday(year) == easter
    holidays = {h.date: h.name for h in govgraph.bank_holidays(year)}
    assert holidays[easter - dt.timedelta(days=2)] == "Good Friday"
    assert holidays[easter + dt.timedelta(days=1)] == "Easter Monday"


def test_regions():
    scotland = {h.date: h for h in govgraph.bank_holidays(2019, "scotland")}
    assert scotland[D(2019, 1, 2)].name == "2nd January"
    assert scotland[D(2019, 12, 2)].substitute  # St Andrew's Day, Saturday 30 November
    assert D(2019, 4, 22) not in scotland       # no Easter Monday
    ni = {h.date: h.name for h in govgraph.bank_holidays(2019, govgraph.BankHolidayRegion.NORTHERN_IRELAND)}
    assert ni[D(2019, 3, 18)] == "St Patrick's Day (substitute day)"
    assert ni[D(2019, 7, 12)] == "Battle of the Boyne (Orangemen's Day)"
    assert not govgraph.is_working_day(D(2018, 7, 12), "northern-ireland")
    assert govgraph.is_working_day(D(2018, 7, 12))
    assert govgraph.is_working_day("2023-05-08")  # one-off holidays are not computed...
    assert not govgraph.is_working_day(D(2023, 5, 8), extra_holidays={D(2023, 5, 8): "Coronation"})  # ...but can be added
    with pytest.raises(govgraph.InvalidInputError, match="jersey"):
        govgraph.bank_holidays(2018, "jersey")


def test_dorset_schedule(dorset):
    reg, plan = dorset
    s = govgraph.expand_schedule(reg, plan)
    assert (s.start, s.end) == (D(2018, 1, 1), D(2018, 12, 31))
    panel = [o for o in s.occurrences if reg.meeting(o.meeting).id == "dorset-pcp"]
    assert [o.date for o in panel] == [D(2018, 2, 1), D(2018, 3, 8), D(2018, 6, 7), D(2018, 9, 6), D(2018, 11, 29)]
    assert panel[0].step == "precept:review" and panel[0].time == "10:00" and panel[0].source == "planned"
    audit = [o.date for o in s.occurrences if reg.meeting(o.meeting).id == "pcc-audit-committee"]
    assert audit == [D(2018, 3, 13), D(2018, 6, 12), D(2018, 9, 11), D(2018, 12, 11)]
    assert {reg.meeting(u.meeting).id for u in s.unscheduled} == {"pcp-training",
                                                                   "community-safety-criminal-justice-board"}
    frame = s.to_pandas()
    assert len(frame) == 9
    assert list(frame.columns[:5]) == ["date", "weekday", "time", "meeting_id", "meeting"]
    assert frame.loc[0, "weekday"] == "Thursday"
    pubs = s.to_pandas("publications")
    assert D(2018, 5, 14) in set(pubs["date"])  # 31 March + 6 weeks is a Saturday: moved to Monday


def test_dorset_plan_passes(dorset):
    reg, plan = dorset
    check = govgraph.check_cycle(reg, govgraph.expand_schedule(reg, plan), plan)
    assert check.ok, govgraph.format_cycle_check(reg, check)
    review = [s for s in check.statutory if s.step == "review"][0]
    assert (review.planned, review.deadline, review.ok) == (D(2018, 2, 1), D(2018, 2, 8), True)
    assert all(a.ok for a in check.alignment) and len(check.alignment) == 4


def test_finds_misplaced_precept_and_misaligned_quarterly(dorset, misplaced):
    reg, _ = dorset
    check = govgraph.check_cycle(reg, govgraph.expand_schedule(reg, misplaced), misplaced)
    assert not check.ok
    assert [(p.kind, p.date) for p in check.problems] == [("statutory_window", D(2018, 2, 15)),
                                                          ("misaligned", D(2018, 5, 10)),
                                                          ("unscrutinised", D(2018, 5, 14))]
    assert "by Thursday 8 February 2018" in check.problems[0].message
    frame = check.to_pandas()
    assert list(frame["kind"]) == ["statutory_window", "misaligned", "unscrutinised"]
    assert list(frame["meeting_id"]) == ["dorset-pcp"] * 3
    coverage = check.to_pandas("coverage")
    may = coverage[coverage["published"] == D(2018, 5, 14)].iloc[0]
    assert not may["ok"] and may["sittings"] == []
    alignment = check.to_pandas("alignment")
    assert list(alignment["ok"]) == [True, False, True, True]
    assert alignment.loc[1, "days_after"] == 87
    with pytest.raises(ValueError, match="unknown table"):
        check.to_pandas("nope")


def small_register(name="Board"):
    b = govgraph.RegisterBuilder()
    b.add_organisation(govgraph.Organisation(id="opcc", name="OPCC"))
    b.add_role(govgraph.Role(id="pcc", name="PCC", organisation="opcc"))
    b.add_meeting(govgraph.Meeting(id="board", name=name, cadence="Monthly", duration_hours=1.5,
                                   participants=[govgraph.Participant(role="pcc")]))
    b.add_meeting(govgraph.Meeting(id="panel", name="Panel", cadence="Quarterly",
                                   participants=[govgraph.Participant(role="pcc")]))
    return b.build()


def test_clash_and_load():
    reg = small_register()
    plan = govgraph.loads_cycle_plan("""{"cycle_plan_version": 1, "year": 2019, "meetings": [
        {"meeting": "board", "rule": "first Wednesday of the month; not in August"},
        {"meeting": "panel", "sittings": [{"date": "2019-03-06"}, {"date": "2019-06-12"}]}]}""")
    s = govgraph.expand_schedule(reg, plan)
    assert len([o for o in s.occurrences if o.meeting == reg.find_meeting("board")]) == 11
    check = govgraph.check_cycle(reg, s, plan)
    assert [(c.date, reg.role(c.roles[0]).id) for c in check.clashes] == [(D(2019, 3, 6), "pcc")]
    # The monthly board may skip August; the quarterly panel planned twice lacks two sittings.
    assert [p.kind for p in check.problems] == ["clash", "too_few_sittings"]
    assert check.problems[1].message.startswith('"Panel" has 2 sittings in the year, but its cadence')
    load = check.to_pandas("load")
    march = load[(load["month"] == 3)]
    assert march["hours"].tolist() == [3.5]  # 1.5-hour board and the 2-hour (default) panel
    assert check.to_pandas("clashes").loc[0, "roles"] == ["pcc"]


def test_rule_errors():
    with pytest.raises(govgraph.InvalidInputError, match='cannot read "fortnightly-ish"'):
        govgraph.parse_schedule_rule("fortnightly-ish")
    rule = govgraph.parse_schedule_rule("in the fortnight after quarterly report publication; not in August")
    assert rule.generator == "after_publication" and rule.window_days == 14 and not rule.allows_month(8)
    with pytest.raises(govgraph.InvalidInputError, match=r"meetings\[0\]\.rule: unknown publication"):
        govgraph.loads_cycle_plan('{"cycle_plan_version": 1, "meetings": [{"meeting": "m", '
                                  '"rule": "in the week after budget publication"}]}')


def test_schedule_from_another_register_is_refused(dorset):
    reg, plan = dorset
    s = govgraph.expand_schedule(reg, plan)
    with pytest.raises(ValueError, match="not made from this register"):
        govgraph.schedule_to_ical(small_register(), s)


# --- iCalendar, parsed back with the icalendar package --------------------------------------------------------

icalendar = pytest.importorskip("icalendar")


def test_ics_round_trip(dorset, tmp_path):
    reg, plan = dorset
    s = govgraph.expand_schedule(reg, plan)
    path = tmp_path / "cycle.ics"
    govgraph.save_ical(reg, s, path, calendar_name="Dorset PCP, 2018",
                       dtstamp=dt.datetime(2018, 1, 1, 12, 0, tzinfo=dt.timezone.utc))
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF everywhere
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["X-WR-CALNAME"]) == "Dorset PCP, 2018"
    events = cal.walk("VEVENT")
    assert len(events) == len(s.occurrences) == 9
    assert len({str(e["UID"]) for e in events}) == 9
    first = events[0]
    assert str(first["SUMMARY"]) == "Dorset Police and Crime Panel – Precept and budget"
    assert "Statutory step: precept:review" in str(first["DESCRIPTION"])
    start = first.decoded("DTSTART")
    assert start.replace(tzinfo=None) == dt.datetime(2018, 2, 1, 10, 0)
    assert start.utcoffset() == dt.timedelta(0)  # GMT in February
    june = [e for e in events if e.decoded("DTSTART").date() == D(2018, 6, 7)][0]
    assert june.decoded("DTSTART").utcoffset() == dt.timedelta(hours=1)  # BST
    assert june.decoded("DTEND") - june.decoded("DTSTART") == dt.timedelta(hours=2)
    assert first.decoded("DTSTAMP") == dt.datetime(2018, 1, 1, 12, 0, tzinfo=dt.timezone.utc)
    assert len(cal.walk("VTIMEZONE")) == 1


def test_ics_escaping_folding_and_all_day_events():
    name = 'Board; with, "awkward" \\ characters – and a name long enough to need folding in the file ' * 2
    reg = small_register(name.strip())
    s = govgraph.expand_schedule(reg, year=2018)
    text = govgraph.schedule_to_ical(reg, s)
    assert "BEGIN:VTIMEZONE" not in text  # no times planned: all-day events
    for line in text.encode("utf-8").split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no UTF-8 sequence split by folding
    cal = icalendar.Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    assert len(events) == 12 + 4
    board = events[0]
    assert str(board["SUMMARY"]) == name.strip()
    assert board.decoded("DTSTART") == D(2018, 1, 2)  # 1 January is a bank holiday
    assert board.decoded("DTEND") == D(2018, 1, 3)
    assert "Moved from 2018-01-01" in str(board["DESCRIPTION"])
