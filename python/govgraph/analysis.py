"""``.to_pandas()`` for the analysis results.

Each analysis result (``govgraph.burden(reg)`` and the others) carries the
register it was computed from as ``result.register``; ``to_pandas`` turns the
result's tables into :class:`pandas.DataFrame` objects with ids and names in
place of handles. pandas is imported only when ``to_pandas`` is called::

    b = govgraph.burden(reg)
    b.to_pandas("organisations").head()

``records(result, table)`` gives the same tables as plain rows and column
names, for writing CSV, JSON or a workbook without pandas (the command line
does).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from govgraph import _core
from govgraph._optional import require


def _pandas() -> Any:
    return require("pandas", "to_pandas()")


# A table: its rows as dicts, and its columns in order.
Table = Tuple[List[Dict[str, Any]], List[str]]
# The tables of each kind of result, by name, the default first; each is built when asked for.
_TABLES: Dict[type, Callable[[Any], Dict[str, Callable[[], Table]]]] = {}


def _frame(table: Table) -> Any:
    rows, columns = table
    return _pandas().DataFrame(rows, columns=columns)


def _pick(result: Any, table: str, tables: Dict[str, Callable[[], Table]]) -> Table:
    if table not in tables:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(sorted(tables))}")
    return tables[table]()


def _tables_of(result: Any) -> Dict[str, Callable[[], Table]]:
    for kind in type(result).__mro__:
        if kind in _TABLES:
            return _TABLES[kind](result)
    raise TypeError(f"{type(result).__name__} is not an analysis result with tables")


def table_names(result: Any) -> List[str]:
    """The names of a result's tables (those ``to_pandas`` takes), the default first.

    >>> govgraph.analysis.table_names(govgraph.portfolio(reg))
    ['initiatives', 'priorities', 'overlaps']
    """
    return list(_tables_of(result))


def records(result: Any, table: Optional[str] = None) -> Table:
    """One table of an analysis result as plain rows (dicts) and its column names, without pandas:
    the same rows as ``result.to_pandas(table)``. ``table`` defaults to the result's first.

    >>> rows, columns = govgraph.analysis.records(govgraph.role_clarity(reg), "issues")
    """
    tables = _tables_of(result)
    return _pick(result, next(iter(tables)) if table is None else table, tables)


def _meeting(reg: Any, h: int) -> Dict[str, str]:
    m = reg.meeting(h)
    return {"meeting_id": m.id, "meeting": m.name}


def _meeting_ids(reg: Any, handles: List[int]) -> List[str]:
    return [reg.meeting(h).id for h in handles]


# --- burden -------------------------------------------------------------------


def _burden_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def meetings() -> Table:
        rows = [dict(_meeting(reg, b.meeting), sittings_per_year=b.sittings_per_year,
                     duration_hours=b.duration_hours, default_duration=b.default_duration, seats=b.seats,
                     meeting_hours=b.meeting_hours, seat_hours=b.seat_hours, cost=b.cost)
                for b in self.meetings]
        return (rows, ["meeting_id", "meeting", "sittings_per_year", "duration_hours", "default_duration",
                       "seats", "meeting_hours", "seat_hours", "cost"])

    def organisations() -> Table:
        rows = [{"organisation_id": reg.organisation(o.organisation).id,
                 "organisation": reg.organisation(o.organisation).name, "seat_hours": o.seat_hours,
                 "cost": o.cost, "meetings": o.meetings, "unknown_cadence": _meeting_ids(reg, o.unknown_cadence)}
                for o in self.organisations]
        return (rows, ["organisation_id", "organisation", "seat_hours", "cost", "meetings", "unknown_cadence"])

    def roles() -> Table:
        rows = [{"role_id": reg.role(r.role).id, "role": reg.role(r.role).name, "seat_hours": r.seat_hours,
                 "cost": r.cost, "meetings": r.meetings, "unknown_cadence": _meeting_ids(reg, r.unknown_cadence)}
                for r in self.roles]
        return (rows, ["role_id", "role", "seat_hours", "cost", "meetings", "unknown_cadence"])

    def shares(items: Any) -> Table:
        rows = [{"label": s.label, "meetings": s.meetings, "meeting_hours": s.meeting_hours,
                 "seat_hours": s.seat_hours, "share": s.share, "unknown_cadence": s.unknown_cadence} for s in items]
        return (rows, ["label", "meetings", "meeting_hours", "seat_hours", "share", "unknown_cadence"])

    return {"meetings": meetings, "organisations": organisations, "roles": roles,
            "levels": lambda: shares(self.by_level), "leads": lambda: shares(self.by_lead)}


def _burden_to_pandas(self: Any, table: str = "meetings") -> Any:
    """The burden as a DataFrame: "meetings" (default), "organisations", "roles", "levels" or "leads".

    >>> govgraph.burden(reg).to_pandas("roles").sort_values("seat_hours")
    """
    return _frame(_pick(self, table, _burden_tables(self)))


_core.BurdenResult.to_pandas = _burden_to_pandas  # type: ignore[assignment]
_TABLES[_core.BurdenResult] = _burden_tables


# --- reporting lines ----------------------------------------------------------


def _reporting_lines_rows(self: Any) -> Table:
    reg = self.register
    orphans = set(self.orphans)
    rows = []
    for n in self.nodes:
        rows.append(dict(_meeting(reg, n.meeting), level=reg.meeting(n.meeting).level.name.lower(),
                         parent=None if n.parent is None else reg.meeting(n.parent).id, depth=n.depth,
                         root=reg.meeting(n.root).id, escalation_path=_meeting_ids(reg, n.escalation_path),
                         children=len(n.children), reaches_strategic=n.reaches_strategic,
                         orphan=n.meeting in orphans, in_cycle=n.in_cycle))
    return (rows, ["meeting_id", "meeting", "level", "parent", "depth", "root", "escalation_path",
                   "children", "reaches_strategic", "orphan", "in_cycle"])


def _reporting_lines_to_pandas(self: Any) -> Any:
    """One row per meeting: parent, depth, root, escalation path, orphan.

    >>> govgraph.reporting_lines(reg).to_pandas()
    """
    return _frame(_reporting_lines_rows(self))


def format_reporting_lines(result: Any) -> str:
    """The reporting lines as a tree: each line from its top meeting down, sub-groups indented
    under the meeting they report to; then the meetings that stand alone, the tactical and
    operational meetings whose escalation reaches no strategic meeting, the meetings that report
    to one being removed, and any cycle.

    >>> print(govgraph.format_reporting_lines(govgraph.reporting_lines(reg)))
    """
    reg = result.register
    orphans = set(result.orphans)
    nodes = result.nodes

    def label(h: int) -> str:
        m = reg.meeting(h)
        notes = [m.level.name.lower()]
        if h in orphans:
            notes.append("reaches no strategic meeting")
        if m.status == _core.MeetingStatus.TO_BE_REMOVED:
            notes.append("to be removed")
        return f"{m.name} ({', '.join(notes)})"

    alone = len(result.standalone)
    lines = [f"Reporting lines: {len(result.roots)} with sub-groups, {alone} meeting{'s' if alone != 1 else ''} "
             f"standing alone; at most {result.max_depth} level{'s' if result.max_depth != 1 else ''} below the top"]

    def tree(h: int, prefix: str, seen: set) -> None:
        children = [c for c in nodes[h].children if c not in seen]
        for k, c in enumerate(children):
            last = k == len(children) - 1
            lines.append(f"{prefix}{'└── ' if last else '├── '}{label(c)}")
            tree(c, prefix + ("    " if last else "│   "), seen | {c})

    for root in result.roots:
        lines.append(label(root))
        tree(root, "", {root})
    if len(result.standalone):
        lines.append("Standing alone (report to nothing, no sub-groups): "
                     + "; ".join(reg.meeting(h).name for h in result.standalone))
    if orphans:
        lines.append("Reaching no strategic meeting: " + "; ".join(reg.meeting(h).name for h in result.orphans))
    if len(result.reports_to_removed):
        lines.append("Reporting to a meeting to be removed: "
                     + "; ".join(f"{reg.meeting(h).name} (to {reg.meeting(nodes[h].parent).name})"
                                 for h in result.reports_to_removed))
    for cycle in result.cycles:
        lines.append("Cycle: " + " -> ".join(reg.meeting(h).name for h in [*cycle, cycle[0]]))
    return "\n".join(lines) + "\n"


_core.ReportingLinesResult.to_pandas = _reporting_lines_to_pandas  # type: ignore[assignment]
_TABLES[_core.ReportingLinesResult] = lambda result: {"meetings": lambda: _reporting_lines_rows(result)}


# --- influence ----------------------------------------------------------------


def _influence_rows(self: Any) -> Table:
    rows = [{"key": a.key, "label": a.label, "kind": a.kind.name.lower(), "degree": a.degree,
             "strength": a.strength, "meetings": a.meetings, "betweenness": a.betweenness,
             "betweenness_normalised": a.betweenness_normalised, "eigenvector": a.eigenvector,
             "broker": a.broker, "groups_if_absent": a.groups_if_absent} for a in self.actors]
    return (rows, ["key", "label", "kind", "degree", "strength", "meetings", "betweenness",
                   "betweenness_normalised", "eigenvector", "broker", "groups_if_absent"])


def _reach_rows(self: Any) -> Table:
    reg = self.register
    rows = [dict(_meeting(reg, r.meeting), attends=r.attends, new_partners=len(r.new_partners),
                 partners=list(r.new_partners), sittings_per_year=r.sittings_per_year) for r in self.meetings]
    return (rows, ["meeting_id", "meeting", "attends", "new_partners", "partners", "sittings_per_year"])


def _influence_to_pandas(self: Any) -> Any:
    """One row per actor: degree, strength, betweenness, eigenvector centrality, broker.

    >>> govgraph.influence(govgraph.PartnershipGraph(reg)).to_pandas().head()
    """
    return _frame(_influence_rows(self))


def _reach_to_pandas(self: Any) -> Any:
    """One row per meeting that reaches a partner the actor does not otherwise meet.

    >>> govgraph.reach(govgraph.PartnershipGraph(reg), "opcc").to_pandas()
    """
    return _frame(_reach_rows(self))


_core.InfluenceResult.to_pandas = _influence_to_pandas  # type: ignore[assignment]
_TABLES[_core.InfluenceResult] = lambda result: {"actors": lambda: _influence_rows(result)}
_core.ReachResult.to_pandas = _reach_to_pandas  # type: ignore[assignment]
_TABLES[_core.ReachResult] = lambda result: {"meetings": lambda: _reach_rows(result)}


# --- what-if ------------------------------------------------------------------


def _what_if_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    def hours() -> Table:
        rows = [{"organisation_id": h.organisation, "organisation": h.organisation_name, "before": h.before,
                 "after": h.after, "saved": h.saved, "unknown_removed": list(h.unknown_removed)} for h in self.hours]
        return (rows, ["organisation_id", "organisation", "before", "after", "saved", "unknown_removed"])

    def lost() -> Table:
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
        return (rows, ["what", "id", "name", "former_meetings"])

    def meetings() -> Table:
        rows = [{"meeting_id": i, "change": kind} for kind, ids in
                (("removed", self.removed), ("added", self.added), ("changed", self.changed),
                 ("reparented", self.reparented)) for i in ids]
        return (rows, ["meeting_id", "change"])

    return {"hours": hours, "lost": lost, "meetings": meetings}


def _what_if_to_pandas(self: Any, table: str = "hours") -> Any:
    """The what-if as a DataFrame: "hours" (default, per organisation), "lost" or "meetings".

    >>> govgraph.what_if(reg, changes).to_pandas("lost")
    """
    return _frame(_pick(self, table, _what_if_tables(self)))


_core.WhatIfResult.to_pandas = _what_if_to_pandas  # type: ignore[assignment]
_TABLES[_core.WhatIfResult] = _what_if_tables


# --- role clarity -------------------------------------------------------------


def _role_clarity_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def issues() -> Table:
        rows = [dict(_meeting(reg, i.meeting), kind=i.kind.name.lower(),
                     organisations=[reg.organisation(o).id for o in i.organisations], detail=i.detail)
                for i in self.issues]
        return (rows, ["meeting_id", "meeting", "kind", "organisations", "detail"])

    def violations() -> Table:
        rows = [dict(rule=r.id, description=r.description, **_meeting(reg, v.meeting), detail=v.detail)
                for r in self.rules for v in r.violations]
        return (rows, ["rule", "description", "meeting_id", "meeting", "detail"])

    return {"issues": issues, "violations": violations}


def _role_clarity_to_pandas(self: Any, table: str = "issues") -> Any:
    """The role-clarity findings as a DataFrame: "issues" (default) or "violations" (of the engagement rules).

    >>> govgraph.role_clarity(reg, rules).to_pandas("violations")
    """
    return _frame(_pick(self, table, _role_clarity_tables(self)))


_core.RoleClarityResult.to_pandas = _role_clarity_to_pandas  # type: ignore[assignment]
_TABLES[_core.RoleClarityResult] = _role_clarity_tables


# --- stakeholder engagement plan ----------------------------------------------


def _engagement_plan_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    def actions() -> Table:
        rows = [{"channel": a.channel.name.lower(), "key": a.key, "name": a.name, "recipient": a.recipient,
                 "from": a.sender, "meetings": list(a.meetings)} for a in self.actions]
        return (rows, ["channel", "key", "name", "recipient", "from", "meetings"])

    def meetings() -> Table:
        rows = [{"meeting_id": m.id, "meeting": m.name, "change": m.change, "reason": m.reason}
                for m in self.meetings]
        return (rows, ["meeting_id", "meeting", "change", "reason"])

    return {"actions": actions, "meetings": meetings}


def _engagement_plan_to_pandas(self: Any, table: str = "actions") -> Any:
    """The engagement plan as a DataFrame: "actions" (default, one row per recipient and channel) or "meetings".

    >>> govgraph.engagement_plan(reg, changes).to_pandas().groupby("channel").size()
    """
    return _frame(_pick(self, table, _engagement_plan_tables(self)))


_core.EngagementPlanResult.to_pandas = _engagement_plan_to_pandas  # type: ignore[assignment]
_TABLES[_core.EngagementPlanResult] = _engagement_plan_tables


# --- rationalisation ----------------------------------------------------------


def _rationalisation_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def meetings() -> Table:
        forced = set(self.forced)
        assumed = set(self.assumed_cost)
        rows = [dict(_meeting(reg, h), action="keep", forced=h in forced, cost=None, assumed_cost=h in assumed,
                     covered_by=[], reason="statutory or asked to keep" if h in forced else "needed for cover")
                for h in self.kept]
        rows += [dict(_meeting(reg, s.meeting), action="stop", forced=False, cost=s.cost,
                      assumed_cost=s.meeting in assumed, covered_by=_meeting_ids(reg, s.covered_by), reason=s.reason)
                 for s in self.stopped]
        return (rows, ["meeting_id", "meeting", "action", "forced", "cost", "assumed_cost", "covered_by",
                       "reason"])

    def requirements() -> Table:
        rows = [{"kind": r.kind, "a": r.a, "b": r.b, "label": r.label} for r in self.requirements]
        return (rows, ["kind", "a", "b", "label"])

    return {"meetings": meetings, "requirements": requirements}


def _rationalisation_to_pandas(self: Any, table: str = "meetings") -> Any:
    """The proposal as a DataFrame: "meetings" (default; keep or stop, cost, why) or "requirements".

    >>> govgraph.rationalise(reg).to_pandas().query("action == 'stop'")
    """
    return _frame(_pick(self, table, _rationalisation_tables(self)))


_core.RationalisationResult.to_pandas = _rationalisation_to_pandas  # type: ignore[assignment]
_TABLES[_core.RationalisationResult] = _rationalisation_tables


# --- collaboration portfolio --------------------------------------------------


def _portfolio_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def initiatives() -> Table:
        gaps = {g.initiative: g for g in self.gaps}
        served: Dict[int, List[str]] = {}
        for p in self.priorities:
            for h in p.initiatives:
                served.setdefault(h, []).append(reg.topic(p.topic).id)
        rows = []
        for h, item in enumerate(reg.initiatives):
            g = gaps.get(h)
            rows.append({"initiative_id": item.id, "initiative": item.name, "status": item.status.name.lower(),
                         "priorities": served.get(h, []), "no_lead": bool(g and g.no_lead),
                         "no_start": bool(g and g.no_start), "no_end": bool(g and g.no_end),
                         "gaps": g.detail if g else ""})
        return (rows, ["initiative_id", "initiative", "status", "priorities", "no_lead", "no_start", "no_end",
                       "gaps"])

    def priorities() -> Table:
        rows = [{"topic_id": reg.topic(p.topic).id, "topic": reg.topic(p.topic).name,
                 "initiatives": [reg.initiative(h).id for h in p.initiatives], "covered": bool(p.initiatives)}
                for p in self.priorities]
        return (rows, ["topic_id", "topic", "initiatives", "covered"])

    def overlaps() -> Table:
        rows = [{"a": reg.initiative(o.a).id, "b": reg.initiative(o.b).id, "score": o.score,
                 "participants": o.signals.participants, "topics": o.signals.topics, "areas": o.signals.areas,
                 "shared": list(o.shared)} for o in self.overlaps]
        return (rows, ["a", "b", "score", "participants", "topics", "areas", "shared"])

    return {"initiatives": initiatives, "priorities": priorities, "overlaps": overlaps}


def _portfolio_to_pandas(self: Any, table: str = "initiatives") -> Any:
    """The portfolio as a DataFrame: "initiatives" (default), "priorities" or "overlaps".

    >>> govgraph.portfolio(reg).to_pandas("priorities")
    """
    return _frame(_pick(self, table, _portfolio_tables(self)))


_core.PortfolioResult.to_pandas = _portfolio_to_pandas  # type: ignore[assignment]
_TABLES[_core.PortfolioResult] = _portfolio_tables


# --- panel composition ----------------------------------------------------------


def _panel_composition_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def rules() -> Table:
        rows = [{"rule": r.id, "title": r.title, "status": r.status, "source": r.source, "url": r.url,
                 "detail": r.detail} for r in self.rules]
        return (rows, ["rule", "title", "status", "source", "url", "detail"])

    def councils() -> Table:
        rows = [{"organisation_id": reg.organisation(c.council).id, "organisation": reg.organisation(c.council).name,
                 "relevant": c.relevant, "appointed": c.appointed, "co_opted": c.co_opted} for c in self.councils]
        return (rows, ["organisation_id", "organisation", "relevant", "appointed", "co_opted"])

    def remedies() -> Table:
        rows = [{"rule": f.rule, "remedy": f.id, "action": f.action, "source": f.source, "url": f.url}
                for f in self.remedies]
        return (rows, ["rule", "remedy", "action", "source", "url"])

    def summary() -> Table:
        columns = ["panel_id", "panel", "verdict", "relevant_authorities", "relevant_number", "co_opted_required",
                   "appointed_members", "co_opted_councillors", "independent_members", "unclassified_members",
                   "total_members", "act", "url", "notes"]
        panel = reg.meeting(self.panel)
        row = {"panel_id": panel.id, "panel": panel.name, "notes": list(self.notes)}
        row.update({c: getattr(self, c) for c in columns if c not in row})
        return ([row], columns)

    return {"rules": rules, "councils": councils, "remedies": remedies, "summary": summary}


def _panel_composition_to_pandas(self: Any, table: str = "rules") -> Any:
    """The composition check as a DataFrame: "rules" (default), "councils", "remedies" or "summary"
    (one row: the verdict and the counts).

    >>> govgraph.panel_composition(reg).to_pandas("councils")
    """
    return _frame(_pick(self, table, _panel_composition_tables(self)))


_core.PanelCompositionResult.to_pandas = _panel_composition_to_pandas  # type: ignore[assignment]
_TABLES[_core.PanelCompositionResult] = _panel_composition_tables


# --- pillar leads ----------------------------------------------------------------


def _pillar_leads_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    reg = self.register

    def pillars() -> Table:
        rows = []
        for p in self.pillars:
            topic = reg.topic(p.pillar)
            leads = [reg.person(h) for h in p.leads] or [None]
            for lead in leads:
                rows.append({"pillar_id": topic.id, "pillar": topic.name, "listed": p.listed,
                             "lead_id": lead.id if lead else "", "lead": lead.name if lead else ""})
        return (rows, ["pillar_id", "pillar", "listed", "lead_id", "lead"])

    return {"pillars": pillars}


def _pillar_leads_to_pandas(self: Any, table: str = "pillars") -> Any:
    """The pillar leads as a DataFrame: one row per pillar and lead ("pillars"); a pillar with no lead
    has one row with an empty lead.

    >>> govgraph.pillar_leads(reg).to_pandas()
    """
    return _frame(_pick(self, table, _pillar_leads_tables(self)))


_core.PillarLeadsResult.to_pandas = _pillar_leads_to_pandas  # type: ignore[assignment]
_TABLES[_core.PillarLeadsResult] = _pillar_leads_tables


# --- action plans ---------------------------------------------------------------


def _day(d: Any) -> Optional[str]:
    return None if d is None else d.isoformat()


def _action_progress_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    def actions() -> Table:
        rows = [{"id": a.id, "text": a.text, "owner": a.owner, "status": a.status, "state": a.state,
                 "due": _day(a.due), "done_on": _day(a.done_on), "days_overdue": a.days_overdue,
                 "days_left": a.days_left, "meetings": list(a.meetings), "organisations": list(a.organisations),
                 "topics": list(a.topics), "recommendation": a.recommendation, "notes": a.notes}
                for a in self.actions]
        return (rows, ["id", "text", "owner", "status", "state", "due", "done_on", "days_overdue", "days_left",
                       "meetings", "organisations", "topics", "recommendation", "notes"])

    def counts() -> Table:
        rows = [{"state": s, "actions": getattr(self, s)}
                for s in ("done", "dropped", "overdue", "due_soon", "no_due_date", "open")]
        return (rows, ["state", "actions"])

    return {"actions": actions, "counts": counts}


def _action_progress_to_pandas(self: Any, table: str = "actions") -> Any:
    """The progress as a DataFrame: "actions" (default; a row an action with its state) or "counts"
    (a row a state).

    >>> govgraph.action_progress("examples/actions/dorset-pcp-improvement-plan-2018.json").to_pandas("counts")
    """
    return _frame(_pick(self, table, _action_progress_tables(self)))


_core.ActionProgressResult.to_pandas = _action_progress_to_pandas  # type: ignore[assignment]
_TABLES[_core.ActionProgressResult] = _action_progress_tables
