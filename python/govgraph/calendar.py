"""``.to_pandas()`` for meeting-cycle results (docs/meeting-cycle.md).

``govgraph.expand_schedule(reg, plan)`` and ``govgraph.check_cycle(reg,
schedule, plan)`` return results that carry their register as
``result.register``; ``to_pandas`` turns them into :class:`pandas.DataFrame`
objects with meeting, role and organisation ids and names in place of
handles. pandas is imported only when ``to_pandas`` is called::

    plan = govgraph.load_cycle_plan("examples/cycle-plans/dorset-pcp-2018-cycle.json")
    schedule = govgraph.expand_schedule(reg, plan)
    schedule.to_pandas().head()
    govgraph.check_cycle(reg, schedule, plan).to_pandas("statutory")

``govgraph.check_forward_plan(reg, plan, forward_plan)`` returns a check
whose ``to_pandas`` gives its findings, pillars, agenda and report coverage
(docs/panel.md); ``forward_plan_records(check, table)`` gives the same rows
without pandas, for the command line.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from govgraph import _core
from govgraph._optional import require


def _pandas() -> Any:
    return require("pandas", "to_pandas()")


def _frame(rows: List[Dict[str, Any]], columns: List[str]) -> Any:
    return _pandas().DataFrame(rows, columns=columns)


def _pick(table: str, tables: Dict[str, Callable[[], Any]]) -> Any:
    if table not in tables:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(sorted(tables))}")
    return tables[table]()


def _meeting(reg: Any, h: int) -> Dict[str, str]:
    m = reg.meeting(h)
    return {"meeting_id": m.id, "meeting": m.name}


# --- schedule -----------------------------------------------------------------

_OCCURRENCE_COLUMNS = ["date", "weekday", "time", "meeting_id", "meeting", "duration_hours", "area_id", "label",
                       "step", "scrutinises", "source", "estimated", "moved_from", "note"]


def _schedule_to_pandas(self: Any, table: str = "occurrences") -> Any:
    """The schedule as a DataFrame: "occurrences" (default), "publications" or "unscheduled".

    >>> govgraph.expand_schedule(reg, plan).to_pandas()
    """
    reg = self.register

    def occurrences() -> Any:
        rows = [dict(_meeting(reg, o.meeting), date=o.date, weekday=o.date.strftime("%A"), time=o.time,
                     duration_hours=o.duration_hours,
                     area_id=None if o.area is None else reg.area(o.area).id, label=o.label, step=o.step,
                     scrutinises=o.scrutinises, source=o.source, estimated=o.estimated, moved_from=o.moved_from,
                     note=o.note)
                for o in self.occurrences]
        return _frame(rows, _OCCURRENCE_COLUMNS)

    def publications() -> Any:
        rows = [{"publication": p.publication, "period_end": p.period_end, "date": p.date} for p in self.publications]
        return _frame(rows, ["publication", "period_end", "date"])

    def unscheduled() -> Any:
        rows = [dict(_meeting(reg, u.meeting), reason=u.reason) for u in self.unscheduled]
        return _frame(rows, ["meeting_id", "meeting", "reason"])

    return _pick(table, {"occurrences": occurrences, "publications": publications, "unscheduled": unscheduled})


# --- cycle check --------------------------------------------------------------


def _check_to_pandas(self: Any, table: str = "problems") -> Any:
    """The check as a DataFrame: "problems" (default), "statutory", "alignment", "coverage", "clashes", "load" or
    "busiest_weeks".

    >>> govgraph.check_cycle(reg, schedule, plan).to_pandas("load")
    """
    reg = self.register

    def meeting_or_blank(h: Any) -> Dict[str, Any]:
        if h is not None and h < len(reg.meetings):
            return dict(_meeting(reg, h))
        return {"meeting_id": None, "meeting": None}

    def problems() -> Any:
        rows = [dict(meeting_or_blank(p.meeting), kind=p.kind, date=p.date, rule=p.rule, message=p.message)
                for p in self.problems]
        return _frame(rows, ["kind", "date", "meeting_id", "meeting", "rule", "message"])

    def statutory() -> Any:
        rows = [dict(_meeting(reg, s.meeting), timetable=s.timetable, step=s.step, description=s.description,
                     earliest=s.earliest, deadline=s.deadline, planned=s.planned, meeting_step=s.meeting_step,
                     contingent=s.contingent, ok=s.ok) for s in self.statutory]
        return _frame(rows, ["timetable", "step", "description", "meeting_id", "meeting", "earliest", "deadline",
                             "planned", "meeting_step", "contingent", "ok"])

    def alignment() -> Any:
        rows = [dict(_meeting(reg, a.meeting), date=a.date, publication=a.publication, published=a.published,
                     days_after=None if a.published is None else (a.date - a.published).days,
                     next_published=a.next_published, within_days=a.within_days, ok=a.ok) for a in self.alignment]
        return _frame(rows, ["date", "meeting_id", "meeting", "publication", "published", "days_after",
                             "next_published", "within_days", "ok"])

    def coverage() -> Any:
        rows = [dict(_meeting(reg, c.meeting), publication=c.publication, published=c.published,
                     within_days=c.within_days, sittings=list(c.sittings), ok=c.ok) for c in self.coverage]
        return _frame(rows, ["publication", "published", "meeting_id", "meeting", "within_days", "sittings", "ok"])

    def clashes() -> Any:
        rows = [{"date": c.date, "first_id": reg.meeting(c.first).id, "first": reg.meeting(c.first).name,
                 "second_id": reg.meeting(c.second).id, "second": reg.meeting(c.second).name,
                 "roles": [reg.role(r).id for r in c.roles],
                 "organisations": [reg.organisation(o).id for o in c.organisations]} for c in self.clashes]
        return _frame(rows, ["date", "first_id", "first", "second_id", "second", "roles", "organisations"])

    def load() -> Any:
        rows = [{"role_id": reg.role(x.role).id, "role": reg.role(x.role).name, "year": x.year, "month": x.month,
                 "sittings": x.sittings, "hours": x.hours} for x in self.load]
        return _frame(rows, ["role_id", "role", "year", "month", "sittings", "hours"])

    def busiest_weeks() -> Any:
        rows = [{"role_id": reg.role(w.role).id, "role": reg.role(w.role).name, "week_start": w.week_start,
                 "sittings": w.sittings, "hours": w.hours} for w in self.busiest_weeks]
        return _frame(rows, ["role_id", "role", "week_start", "sittings", "hours"])

    return _pick(table, {"problems": problems, "statutory": statutory, "alignment": alignment, "coverage": coverage,
                         "clashes": clashes,
                         "load": load, "busiest_weeks": busiest_weeks})


# --- forward plan -------------------------------------------------------------

_Table = Tuple[List[Dict[str, Any]], List[str]]


def _day(d: Any) -> Optional[str]:
    return None if d is None else d.isoformat()


def _forward_plan_tables(check: Any) -> Dict[str, Callable[[], _Table]]:
    reg = check.register

    def findings() -> _Table:
        rows = [{"severity": f.severity, "kind": f.kind, "date": _day(f.date), "path": f.path, "message": f.message}
                for f in check.findings]
        return rows, ["severity", "kind", "date", "path", "message"]

    def pillars() -> _Table:
        rows = [{"pillar": p.pillar, "name": p.name, "lead": p.lead, "items": p.items,
                 "thematic_items": p.thematic_items, "first_half": p.first_half, "second_half": p.second_half,
                 "sittings": [_day(d) for d in p.sittings]} for p in check.pillars]
        return rows, ["pillar", "name", "lead", "items", "thematic_items", "first_half", "second_half", "sittings"]

    def agenda() -> _Table:
        rows = [{"date": _day(s.date), "meeting_id": s.meeting, "meeting": s.meeting_name, "in_cycle": s.in_cycle,
                 "label": s.label, "title": i.title, "kind": i.kind, "theme": i.theme, "pillars": list(i.pillars),
                 "lead": i.lead, "kloes": list(i.kloes), "pre_meeting": i.pre_meeting is not None,
                 "pre_meeting_date": None if i.pre_meeting is None else _day(i.pre_meeting.date),
                 "scrutinises": i.scrutinises, "illustrative": i.illustrative}
                for s in check.sittings for i in s.items]
        return rows, ["date", "meeting_id", "meeting", "in_cycle", "label", "title", "kind", "theme", "pillars",
                      "lead", "kloes", "pre_meeting", "pre_meeting_date", "scrutinises", "illustrative"]

    def coverage() -> _Table:
        rows = [dict(_meeting(reg, c.meeting), publication=c.publication, published=_day(c.published),
                     within_days=c.within_days, sittings=[_day(d) for d in c.sittings], ok=c.ok)
                for c in check.coverage]
        return rows, ["publication", "published", "meeting_id", "meeting", "within_days", "sittings", "ok"]

    return {"findings": findings, "pillars": pillars, "agenda": agenda, "coverage": coverage}


def forward_plan_records(check: Any, table: str = "findings") -> _Table:
    """One table of a forward plan check as plain rows and column names, without pandas: "findings"
    (default), "pillars", "agenda" (a row an item) or "coverage".

    >>> rows, columns = govgraph.calendar.forward_plan_records(check, "pillars")
    """
    return _pick(table, _forward_plan_tables(check))


def _forward_plan_to_pandas(self: Any, table: str = "findings") -> Any:
    """The check as a DataFrame: "findings" (default), "pillars", "agenda" (a row an item) or "coverage".

    >>> govgraph.check_forward_plan(reg, plan, forward_plan).to_pandas("agenda")
    """
    rows, columns = forward_plan_records(self, table)
    return _frame(rows, columns)


_core.Schedule.to_pandas = _schedule_to_pandas  # type: ignore[assignment]
_core.CycleCheckResult.to_pandas = _check_to_pandas  # type: ignore[assignment]
_core.ForwardPlanCheckResult.to_pandas = _forward_plan_to_pandas  # type: ignore[assignment]
