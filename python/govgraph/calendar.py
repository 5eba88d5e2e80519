"""``.to_pandas()`` for meeting-cycle results (docs/meeting-cycle.md).

``govgraph.expand_schedule(reg, plan)`` and ``govgraph.check_cycle(reg,
schedule, plan)`` return results that carry their register as
``result.register``; ``to_pandas`` turns them into :class:`pandas.DataFrame`
objects with meeting, role and organisation ids and names in place of
handles. pandas is imported only when ``to_pandas`` is called::

    plan = govgraph.load_cycle_plan("examples/registers/dorset-pcp-2018-cycle.json")
    schedule = govgraph.expand_schedule(reg, plan)
    schedule.to_pandas().head()
    govgraph.check_cycle(reg, schedule, plan).to_pandas("statutory")
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List

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


_core.Schedule.to_pandas = _schedule_to_pandas  # type: ignore[assignment]
_core.CycleCheck.to_pandas = _check_to_pandas  # type: ignore[assignment]
