"""``.to_pandas()`` for the analysis results.

Each analysis result (``govgraph.burden(reg)`` and the others) carries the
register it was computed from as ``result.register``; ``to_pandas`` turns the
result's tables into :class:`pandas.DataFrame` objects with ids and names in
place of handles. pandas is imported only when ``to_pandas`` is called::

    b = govgraph.burden(reg)
    b.to_pandas("organisations").head()
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List

from govgraph import _core


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import]
    except ImportError as error:  # pragma: no cover - pandas is a test dependency
        raise ImportError("to_pandas() needs pandas: pip install pandas") from error
    return pandas


def _frame(rows: List[Dict[str, Any]], columns: List[str]) -> Any:
    return _pandas().DataFrame(rows, columns=columns)


def _pick(result: Any, table: str, tables: Dict[str, Callable[[], Any]]) -> Any:
    if table not in tables:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(sorted(tables))}")
    return tables[table]()


def _meeting(reg: Any, h: int) -> Dict[str, str]:
    m = reg.meeting(h)
    return {"meeting_id": m.id, "meeting": m.name}


def _meeting_ids(reg: Any, handles: List[int]) -> List[str]:
    return [reg.meeting(h).id for h in handles]


# --- burden -------------------------------------------------------------------


def _burden_to_pandas(self: Any, table: str = "meetings") -> Any:
    """The burden as a DataFrame: "meetings" (default), "organisations", "roles", "levels" or "leads".

    >>> govgraph.burden(reg).to_pandas("roles").sort_values("seat_hours")
    """
    reg = self.register

    def meetings() -> Any:
        rows = [dict(_meeting(reg, b.meeting), sittings_per_year=b.sittings_per_year,
                     duration_hours=b.duration_hours, default_duration=b.default_duration, seats=b.seats,
                     meeting_hours=b.meeting_hours, seat_hours=b.seat_hours, cost=b.cost)
                for b in self.meetings]
        return _frame(rows, ["meeting_id", "meeting", "sittings_per_year", "duration_hours", "default_duration",
                             "seats", "meeting_hours", "seat_hours", "cost"])

    def organisations() -> Any:
        rows = [{"organisation_id": reg.organisation(o.organisation).id,
                 "organisation": reg.organisation(o.organisation).name, "seat_hours": o.seat_hours,
                 "cost": o.cost, "meetings": o.meetings, "unknown_cadence": _meeting_ids(reg, o.unknown_cadence)}
                for o in self.organisations]
        return _frame(rows, ["organisation_id", "organisation", "seat_hours", "cost", "meetings", "unknown_cadence"])

    def roles() -> Any:
        rows = [{"role_id": reg.role(r.role).id, "role": reg.role(r.role).name, "seat_hours": r.seat_hours,
                 "cost": r.cost, "meetings": r.meetings, "unknown_cadence": _meeting_ids(reg, r.unknown_cadence)}
                for r in self.roles]
        return _frame(rows, ["role_id", "role", "seat_hours", "cost", "meetings", "unknown_cadence"])

    def shares(items: Any) -> Any:
        rows = [{"label": s.label, "meetings": s.meetings, "meeting_hours": s.meeting_hours,
                 "seat_hours": s.seat_hours, "share": s.share, "unknown_cadence": s.unknown_cadence} for s in items]
        return _frame(rows, ["label", "meetings", "meeting_hours", "seat_hours", "share", "unknown_cadence"])

    return _pick(self, table, {"meetings": meetings, "organisations": organisations, "roles": roles,
                               "levels": lambda: shares(self.by_level), "leads": lambda: shares(self.by_lead)})


_core.BurdenResult.to_pandas = _burden_to_pandas  # type: ignore[assignment]


# --- reporting lines ----------------------------------------------------------


def _reporting_lines_to_pandas(self: Any) -> Any:
    """One row per meeting: parent, depth, root, escalation path, orphan.

    >>> govgraph.reporting_lines(reg).to_pandas()
    """
    reg = self.register
    orphans = set(self.orphans)
    rows = []
    for n in self.nodes:
        rows.append(dict(_meeting(reg, n.meeting), level=reg.meeting(n.meeting).level.name.lower(),
                         parent=None if n.parent is None else reg.meeting(n.parent).id, depth=n.depth,
                         root=reg.meeting(n.root).id, escalation_path=_meeting_ids(reg, n.escalation_path),
                         children=len(n.children), reaches_strategic=n.reaches_strategic,
                         orphan=n.meeting in orphans, in_cycle=n.in_cycle))
    return _frame(rows, ["meeting_id", "meeting", "level", "parent", "depth", "root", "escalation_path",
                         "children", "reaches_strategic", "orphan", "in_cycle"])


_core.ReportingLinesResult.to_pandas = _reporting_lines_to_pandas  # type: ignore[assignment]


# --- influence ----------------------------------------------------------------


def _influence_to_pandas(self: Any) -> Any:
    """One row per actor: degree, strength, betweenness, eigenvector centrality, broker.

    >>> govgraph.influence(govgraph.PartnershipGraph(reg)).to_pandas().head()
    """
    rows = [{"key": a.key, "label": a.label, "kind": a.kind.name.lower(), "degree": a.degree,
             "strength": a.strength, "meetings": a.meetings, "betweenness": a.betweenness,
             "betweenness_normalised": a.betweenness_normalised, "eigenvector": a.eigenvector,
             "broker": a.broker, "groups_if_absent": a.groups_if_absent} for a in self.actors]
    return _frame(rows, ["key", "label", "kind", "degree", "strength", "meetings", "betweenness",
                         "betweenness_normalised", "eigenvector", "broker", "groups_if_absent"])


def _reach_to_pandas(self: Any) -> Any:
    """One row per meeting that reaches a partner the actor does not otherwise meet.

    >>> govgraph.reach(govgraph.PartnershipGraph(reg), "opcc").to_pandas()
    """
    reg = self.register
    rows = [dict(_meeting(reg, r.meeting), attends=r.attends, new_partners=len(r.new_partners),
                 partners=list(r.new_partners), sittings_per_year=r.sittings_per_year) for r in self.meetings]
    return _frame(rows, ["meeting_id", "meeting", "attends", "new_partners", "partners", "sittings_per_year"])


_core.InfluenceResult.to_pandas = _influence_to_pandas  # type: ignore[assignment]
_core.ReachResult.to_pandas = _reach_to_pandas  # type: ignore[assignment]


# --- what-if ------------------------------------------------------------------


def _what_if_to_pandas(self: Any, table: str = "hours") -> Any:
    """The what-if as a DataFrame: "hours" (default, per organisation), "lost" or "meetings".

    >>> govgraph.what_if(reg, changes).to_pandas("lost")
    """

    def hours() -> Any:
        rows = [{"organisation_id": h.organisation, "organisation": h.organisation_name, "before": h.before,
                 "after": h.after, "saved": h.saved, "unknown_removed": list(h.unknown_removed)} for h in self.hours]
        return _frame(rows, ["organisation_id", "organisation", "before", "after", "saved", "unknown_removed"])

    def lost() -> Any:
        rows = []
        for t in self.lost_topics:
            rows.append({"what": "topic", "id": t.id, "name": t.name, "former_meetings": list(t.former_meetings)})
        for a in self.lost_areas:
            rows.append({"what": "area", "id": a.id, "name": a.name, "former_meetings": list(a.former_meetings)})
        for link in self.lost_links:
            rows.append({"what": "link", "id": f"{link.a} + {link.b}", "name": f"{link.a_name} + {link.b_name}",
                         "former_meetings": list(link.former_meetings)})
        for d in self.unmet_duties:
            rows.append({"what": "statutory", "id": d.meeting + (f" / {d.organisation}" if d.organisation else ""),
                         "name": f"{d.meeting_name}: {d.reason}", "former_meetings": [d.meeting]})
        return _frame(rows, ["what", "id", "name", "former_meetings"])

    def meetings() -> Any:
        rows = [{"meeting_id": i, "change": kind} for kind, ids in
                (("removed", self.removed), ("added", self.added), ("changed", self.changed),
                 ("reparented", self.reparented)) for i in ids]
        return _frame(rows, ["meeting_id", "change"])

    return _pick(self, table, {"hours": hours, "lost": lost, "meetings": meetings})


_core.WhatIfResult.to_pandas = _what_if_to_pandas  # type: ignore[assignment]
