"""A register's findings as one self-contained report, in HTML or Word (docs/notebooks-and-reports.md).

The report opens with what an analyst would put to a board: the findings and
recommendations, each recommendation with the finding it rests on and, where
the register allows, the hours it saves; findings resting on thin records are
set apart. Then the evidence: the summary, the partnership network, the
findings in detail, overlapping and consumed meetings, the hours a year, role
clarity, who holds the network together, reporting lines, the fewest meetings
that keep every link, the collaboration portfolio, topic coverage and the
meetings, and an appendix on how complete the register is; with a change set
(``changes``) what it would save and lose and who to tell, and with a cycle
plan (``plan``) the year's meeting cycle checked.

``compose_report(reg)`` gives the report as a ``Report`` (its sections and
their blocks); ``build_report(reg)`` the HTML page as text; ``build_docx(reg)``
a Word document as bytes; ``build_pdf(reg)`` the HTML page printed to PDF by
headless Chromium (Debian's ``chromium``); ``write_report(reg, path)`` writes
one of them, by the file's suffix (``.html``/``.htm``, ``.docx`` or ``.pdf``). The HTML page needs nothing
else to open (no web fonts, scripts or style sheets from elsewhere), so it can
be emailed or attached to a committee paper, and it prints cleanly; the Word
document has real headings, tables and pictures, to paste from::

    import govgraph, govgraph.report
    reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
    govgraph.report.write_report(reg, "governance-review.html")
    govgraph.report.write_report(reg, "governance-review.docx", rules="examples/rules/avon-and-somerset-engagement.json")

From the command line: ``govgraph report REGISTER.json -o report.html`` (or
``-o report.docx``, ``-o report.pdf``), with ``--rules``, ``--changes``, ``--plan`` and ``--year``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import html
import io
import os
import subprocess
import tempfile
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from govgraph import _core
from govgraph._files import write_bytes, write_text
from govgraph._optional import require, require_program

__all__ = ["SECTIONS", "Report", "Section", "build_docx", "build_report", "compose_report", "write_report"]

# (anchor, heading) of every section a report can have, in order. "what-if"
# appears with a change set and "cycle" with a cycle plan.
SECTIONS: List[Tuple[str, str]] = [
    ("conclusions", "Findings and recommendations"),
    ("summary", "Summary"),
    ("network", "Partnership network"),
    ("findings", "The findings in detail"),
    ("overlaps", "Overlapping meetings"),
    ("consumed", "Consumed meetings"),
    ("burden", "Hours a year"),
    ("role-clarity", "Role clarity"),
    ("influence", "Who holds the network together"),
    ("reporting-lines", "Reporting lines"),
    ("rationalisation", "The fewest meetings that keep every link"),
    ("what-if", "The proposed changes"),
    ("engagement", "Who to tell about the changes"),
    ("cycle", "The meeting cycle"),
    ("composition", "The panel's membership and the law"),
    ("skills", "The panel's skills"),
    ("forward-plan", "The forward plan"),
    ("actions", "The action plan"),
    ("portfolio", "Collaboration portfolio"),
    ("coverage", "Topic coverage"),
    ("meetings", "The meetings"),
    ("completeness", "Appendix: how complete the register is"),
]

# Below this share of its record filled in (the review's record completeness),
# a meeting's findings rest on too little to weigh with the others.
THIN_RECORD = 0.5
# The overlap table shows the strongest pairs; the rest are a command away.
MAX_OVERLAP_ROWS = 12


# ---------------------------------------------------------------------------
# The report as data: sections of blocks, written as HTML or Word below.

@dataclasses.dataclass
class Paragraph:
    text: str
    style: str = ""  # "", "note" (smaller), "empty" (nothing to show), "lead" (the opening summary)


@dataclasses.dataclass
class Bullets:
    items: List[str]
    numbered: bool = False


@dataclasses.dataclass
class Table:
    headings: List[str]
    rows: List[List[Any]]
    numeric: Tuple[int, ...] = ()
    compact: bool = False
    caption: str = ""


@dataclasses.dataclass
class Figure:
    png: bytes
    caption: str
    alt: str


@dataclasses.dataclass
class Preformatted:
    text: str


Block = Union[Paragraph, Bullets, Table, Figure, Preformatted]


@dataclasses.dataclass
class Section:
    anchor: str
    heading: str
    blocks: List[Block] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Report:
    """A composed report: its title, the lines under the title and its sections, in order."""

    title: str
    meta: List[str]
    sections: List[Section]

    @property
    def recommendations(self) -> List[str]:
        """The numbered recommendations of "Findings and recommendations", in order.

        >>> compose_report(reg, plots=False).recommendations[0]
        'Confirm removing Community Safety Meeting: what it covers is covered by Local Meetings, ...'
        """
        for block in self.section("conclusions").blocks:
            if isinstance(block, Bullets):
                return list(block.items)
        return []

    def section(self, anchor: str) -> Section:
        """The section with this anchor (KeyError if the report has none).

        >>> compose_report(reg, plots=False).section("conclusions").heading
        'Findings and recommendations'
        """
        for s in self.sections:
            if s.anchor == anchor:
                return s
        raise KeyError(anchor)


def _number(value: Optional[float], places: int = 1) -> str:
    if value is None:
        return "unknown"
    return f"{value:,.{places}f}".rstrip("0").rstrip(".") if places else f"{value:,.0f}"


def _png(ax: Any, dpi: int) -> bytes:
    plt = require("matplotlib.pyplot", "the report's charts")
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    plt.close(ax.figure)
    return buffer.getvalue()


def _names(register: Any, handles: Iterable[int]) -> str:
    return "; ".join(register.meeting(h).name for h in handles)


def _names_of_ids(register: Any, ids: Iterable[str]) -> str:
    """The meetings' names, "; "-separated, for meeting ids (an id the register lacks as given)."""
    names = {m.id: m.name for m in register.meetings}
    return "; ".join(names.get(i, i) for i in ids)


def _join(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _band(confidence: float) -> str:
    return "strong" if confidence >= 0.7 else "moderate" if confidence >= 0.5 else "tentative"


# ---------------------------------------------------------------------------
# Findings and recommendations.

_ROLE_ADVICE = {
    "no_lead": "Name one accountable lead for {}.",
    "joint_lead": "Settle who is accountable where the lead is joint: {}.",
    "lead_absent": "Record who attends for the lead organisation, or why it need not attend: {}.",
    "duplicate_attendance": "Agree which organisation attends for the pair where both attend in the same "
                            "capacity: {}.",
}


def _conclusions(register: Any, review: Any, burden: Any, clarity: Any, what_if: Any, cycle: Any,
                 portfolio: Any, panel: Sequence[str] = ()) -> Tuple[List[Block], List[Block]]:
    """The opening section's blocks, and the detailed findings' blocks."""
    from govgraph.findings import _ids as item_ids, _names as item_names

    def names(items: Any) -> List[str]:
        return item_names(register, items)

    def ids(items: Any) -> List[str]:
        return item_ids(register, items)

    record = {register.meetings[k].id: r for k, r in enumerate(review.record)}
    costs = {register.meeting(m.meeting).id: m for m in burden.meetings}

    recommendations: List[str] = []
    # Meetings to stop: the review's one consistent proposal, each covered only by meetings kept.
    saved_hours = saved_seat_hours = 0.0
    unknown_saving: List[str] = []
    for stop in review.proposal:
        name, meeting_id = names([stop.meeting])[0], ids([stop.meeting])[0]
        cost = costs.get(meeting_id)
        if cost is not None and cost.sittings_per_year is not None:
            saved_hours += cost.meeting_hours
            saved_seat_hours += cost.seat_hours
            saving = (f"saving {_number(cost.meeting_hours)} meeting hours and {_number(cost.seat_hours)} "
                      f"people-hours a year")
        else:
            unknown_saving.append(name)
            saving = "its frequency is not recorded, so what it saves is not known"
        verb = "Confirm removing" if stop.already_to_be_removed else "Stop"
        recommendations.append(f"{verb} {name}: what it covers is covered by {_join(names(stop.covered_by))}, "
                               f"which {'is' if len(stop.covered_by) == 1 else 'are'} kept; {saving}.")
    proposed = {ids([s.meeting])[0] for s in review.proposal}
    solid: List[Any] = []
    thin: List[Any] = []
    for f in review.findings:
        finding_ids = ids(f.meetings)
        least = min((record.get(i, 0.0) for i in finding_ids), default=0.0)
        (thin if least < THIN_RECORD else solid).append(f)
        kind = f.kind.label
        meetings = names(f.meetings)
        if kind == "consumed" and finding_ids[0] in proposed:
            continue  # recommended above
        if least < THIN_RECORD:
            continue  # too little recorded to recommend on; listed apart
        if kind == "duplicate":
            recommendations.append(f"Decide whether {_join(meetings)} should meet jointly or merge: "
                                   f"{f.summary}")
        elif kind == "same_function":
            recommendations.append(f"Compare how {_join(meetings)} work: they do the same job in different "
                                   f"areas, and one way of working, or one meeting, may serve.")
        elif kind == "parent_subgroup":
            recommendations.append(f"Make sure {meetings[-1]} reports to {meetings[0]} and does not repeat its "
                                   f"business: {f.summary}")
        elif kind == "consumed":
            recommendations.append(f"Consider stopping {meetings[0]}: {f.summary}")
    by_kind: Dict[str, List[str]] = {}
    for issue in clarity.issues:
        name = register.meeting(issue.meeting).name
        kind = issue.kind.name.lower()
        if name not in by_kind.setdefault(kind, []):
            by_kind[kind].append(name)
    for kind, advice in _ROLE_ADVICE.items():
        if by_kind.get(kind):
            recommendations.append(advice.format(_join(by_kind[kind])))
    for rule in clarity.rules:
        if len(rule.violations):
            breaking = sorted({register.meeting(v.meeting).name for v in rule.violations})
            recommendations.append(f"Bring {_join(breaking)} into line with the engagement rule "
                                   f"\"{rule.description or rule.id}\".")
    if what_if is not None:
        if what_if.loses_nothing:
            unknown = list(what_if.unknown_cadence_removed)
            saving = (f"they save {_number(what_if.meeting_hours_saved)} meeting hours a year"
                      if what_if.meeting_hours_saved or not unknown
                      else "what they save is not known: the frequency of what they remove is not recorded")
            recommendations.append(f"The proposed changes ({what_if.title or 'the change set'}) lose no topic, "
                                   f"area, link or statutory duty, so they can go ahead on that count; {saving}.")
        else:
            lost = len(what_if.lost_topics) + len(what_if.lost_areas) + len(what_if.lost_links)
            recommendations.append(f"Before making the proposed changes ({what_if.title or 'the change set'}), "
                                   f"find a new forum for what they lose: {lost} topic(s), area(s) or link(s)"
                                   f"{' and ' + str(len(what_if.unmet_duties)) + ' statutory duty(ies)' if len(what_if.unmet_duties) else ''}"
                                   f" (see The proposed changes).")
    if cycle is not None and not cycle.ok:
        recommendations.append(f"Fix the meeting cycle: {len(cycle.problems)} problem(s), listed under The "
                               f"meeting cycle.")
    recommendations += panel
    if portfolio is not None:
        if len(portfolio.overlaps):
            pairs = [f"{register.initiative(o.a).name} and {register.initiative(o.b).name}"
                     for o in portfolio.overlaps]
            recommendations.append(f"Consider running overlapping initiatives together: {'; '.join(pairs)}.")
        if len(portfolio.uncovered):
            recommendations.append(f"Decide how each priority no initiative serves is to be met: "
                                   f"{_join([register.topic(t).name for t in portfolio.uncovered])}.")
        if portfolio.missing_lead or portfolio.missing_dates:
            recommendations.append(f"Give every initiative a lead and dates: {portfolio.missing_lead} without a "
                                   f"lead, {portfolio.missing_dates} without dates.")
    if review.cannot_judge:
        n = len(review.cannot_judge)
        recommendations.append(f"Complete the register's record of {n} meeting{'s' if n > 1 else ''} before "
                               f"deciding anything about {'them' if n > 1 else 'it'}: "
                               f"{_join(names([c.meeting for c in review.cannot_judge]))}.")

    kinds = {"duplicate": "possible duplicate", "consumed": "consumed meeting",
             "same_function": "group doing the same job in other areas", "parent_subgroup": "parent and sub-group"}
    counts: Dict[str, int] = {}
    for f in review.findings:
        counts[f.kind.label] = counts.get(f.kind.label, 0) + 1
    found = _join([f"{n} {kinds.get(k, k)}{'s' if n > 1 else ''}" for k, n in counts.items()])
    def counted(n: int, noun: str) -> str:
        return f"no {noun}s" if n == 0 else f"1 {noun}" if n == 1 else f"{n} {noun}s"

    lead = f"The register lists {counted(len(register.meetings), 'meeting')}"
    if len(register.initiatives):
        lead += f" and {counted(len(register.initiatives), 'initiative')}"
    if len(register.meetings):
        lead += (f": {_number(burden.meeting_hours)} meeting hours and {_number(burden.seat_hours)} people-hours "
                 f"a year where the frequency is known")
        if len(burden.unknown_cadence):
            lead += f" ({len(burden.unknown_cadence)} of unknown frequency not counted)"
        lead += f". The review finds {found or 'no duplicate, consumed or overlapping meetings'}"
        if review.cannot_judge:
            lead += f"; {len(review.cannot_judge)} meetings have too little recorded to judge"
        if review.proposal:
            stops = len(review.proposal)
            lead += f". It proposes to stop {stops} meeting{'s' if stops > 1 else ''}"
            if saved_hours:
                lead += (f", saving {_number(saved_hours)} meeting hours and {_number(saved_seat_hours)} "
                         f"people-hours a year")
            if unknown_saving:
                lead += (f"{' besides' if saved_hours else ','} {'what ' if saved_hours else ''}"
                         f"{_join(unknown_saving)}{', whose frequency is not recorded' if not saved_hours else ''}"
                         f"{' costs, whose frequency is not recorded' if saved_hours else ': what that saves is not known'}")
        if clarity.issues:
            lead += (f". Role clarity: {len(clarity.issues)} findings about leads and attendance in "
                     f"{len({i.meeting for i in clarity.issues})} meetings")
    lead += "."

    opening: List[Block] = [Paragraph(lead, "lead")]
    opening.append(Paragraph("Recommendations, strongest first. Each rests on a finding below; a finding is a "
                             "question the register raises, to put to the people who hold the meetings."))
    opening.append(Bullets(recommendations, numbered=True) if recommendations
                   else Paragraph("The register raises nothing to recommend.", "empty"))

    def finding_rows(items: List[Any]) -> List[List[Any]]:
        return [[f.kind.label.replace("_", " "), "; ".join(names(f.meetings)),
                 f"{_band(f.confidence)} ({f.confidence:.2f})", f.summary, f.caveat or "none"] for f in items]

    headings = ["Finding", "Meetings", "Confidence", "What the register shows", "Caveat"]
    detail: List[Block] = [Paragraph("Each finding with its confidence (strong from 0.7, moderate from 0.5, "
                                     "tentative below) and what limits it.")]
    detail.append(Table(headings, finding_rows(solid), numeric=()) if solid
                  else Paragraph("No finding rests on a full enough record.", "empty"))
    if thin:
        detail.append(Paragraph(f"Findings resting on thin records (a meeting with less than {THIN_RECORD:.0%} of "
                                f"its record filled in): shown for completeness, not recommended on.", "note"))
        detail.append(Table(headings, finding_rows(thin)))
    if review.cannot_judge:
        detail.append(Paragraph("Meetings with too little recorded to judge (never proposed to stop):"))
        detail.append(Table(["Meeting", "Not recorded"],
                            [[names([c.meeting])[0], ", ".join(c.missing)] for c in review.cannot_judge],
                            compact=True))
    return opening, detail


# ---------------------------------------------------------------------------
# Composing the report.

def _load(value: Any, loader: Any) -> Any:
    return loader(os.fspath(value)) if isinstance(value, (str, os.PathLike)) else value


def _rationalisation(register: Any, review: Any, plot: Any, dpi: int) -> List[Block]:
    """The review's proposal carried on to the smallest set of meetings that covers everything."""
    from govgraph import analysis

    blocks: List[Block] = []
    proposal = review.rationalise()
    stopped, _ = analysis.records(proposal, "meetings")
    stopped = [row for row in stopped if row["action"] == "stop"]
    blocks.append(Paragraph(
        "The smallest set of meetings that still gives every topic in every area, and every pair of partners who "
        "meet today, a forum, starting from the review's proposal; statutory meetings and those with too little "
        f"recorded are kept. It keeps {len(proposal.kept)} of {len(register.meetings)} meetings and stops "
        f"{len(stopped)}. A meeting it stops is a candidate, not a decision: its cover is listed for the people "
        "who hold it to test."))
    if plot is not None:
        blocks.append(Figure(_png(plot.rationalisation_chart(proposal), dpi), "The meetings the smallest covering "
                             "set would stop, and what covers each.", "Bar chart of meetings a rationalisation stops"))
    if stopped:
        blocks.append(Table(["Meeting", "Covered by", "Why"],
                            [[row["meeting"], _names_of_ids(register, row["covered_by"]),
                              row["reason"]] for row in stopped]))
    return blocks


@dataclasses.dataclass
class _PanelBusiness:
    """The panel analyses a report was given inputs for (each None when not)."""

    composition: Any = None
    skills: Any = None
    forward_plan: Any = None
    actions: Any = None

    def recommendations(self) -> List[str]:
        out = []
        if self.composition is not None and self.composition.verdict == "unlawful":
            remedy = self.composition.remedies[0].action if len(self.composition.remedies) else ""
            out.append(f"Make the panel's membership lawful (the Police Reform and Social Responsibility Act 2011, "
                       f"Schedule 6): {(remedy or 'see The panel’s membership and the law').rstrip('.')}.")
        if self.skills is not None and self.skills.gaps:
            from govgraph import analysis

            gaps = [row["name"] for row in analysis.records(self.skills, "gaps")[0]]
            out.append(f"Close the panel's {self.skills.gaps} skills gap(s) through the training plan: "
                       f"{_join(gaps)}.")
        if self.forward_plan is not None and not self.forward_plan.ok:
            out.append(f"Fix the forward plan: {len(self.forward_plan.problems)} problem(s), listed under "
                       "The forward plan (pillars not scrutinised, reports on no agenda or on two).")
        if self.actions is not None and self.actions.overdue:
            out.append(f"Catch up the action plan: {self.actions.overdue} action(s) overdue.")
        return out


def _panel_business(register: Any, plan: Any, year: Optional[int], skills: Any, framework: Any, actions: Any,
                    forward_plan: Any, as_of: Any) -> _PanelBusiness:
    business = _PanelBusiness()
    try:
        day = None if as_of is None else datetime.date.fromisoformat(str(as_of))
    except ValueError:
        raise _core.InvalidInputError(f"as_of: {str(as_of)!r} is not a date (YYYY-MM-DD)") from None
    if len(register.memberships):
        business.composition = _core.panel_composition(register)
    if skills is not None:
        if framework is None:
            raise _core.InvalidInputError("skills: a skills audit needs its framework too (framework=...)")
        from govgraph import skills_audit
        business.skills = skills_audit(_path(skills), _path(framework), as_of=None if day is None else day.isoformat())
    if forward_plan is not None:
        if plan is None:
            raise _core.InvalidInputError("forward_plan: a forward plan is checked against a cycle plan (plan=...)")
        business.forward_plan = _core.check_forward_plan(register, plan, _path(forward_plan), year=year)
    if actions is not None:
        from govgraph import action_progress
        business.actions = action_progress(_path(actions), register, as_of=day)
    return business


def _path(value: Any) -> Any:
    return os.fspath(value) if isinstance(value, os.PathLike) else value


def _panel_sections(section: Any, business: _PanelBusiness) -> None:
    if business.composition is not None:
        blocks = section("composition")
        c = business.composition
        blocks.append(Paragraph(f"The panel's members, from the register's seats, against Schedule 6 to the Police "
                                f"Reform and Social Responsibility Act 2011: {c.verdict}."))
        blocks.append(Preformatted(_core.format_panel_composition(c)))
    if business.skills is not None:
        from govgraph import format_skills_audit
        blocks = section("skills")
        blocks.append(Paragraph(f"The members' skills against the framework: {business.skills.gaps} gap(s), "
                                f"{business.skills.single_holders} skill(s) one member alone holds."))
        blocks.append(Preformatted(format_skills_audit(business.skills)))
    if business.forward_plan is not None:
        f = business.forward_plan
        blocks = section("forward-plan")
        blocks.append(Paragraph(f"The year's agenda items against the Police and Crime Plan's pillars and the cycle "
                                f"plan's reports: {'no problems found' if f.ok else f'{len(f.problems)} problem(s)'}."))
        blocks.append(Preformatted(_core.format_forward_plan_check(f)))
    if business.actions is not None:
        blocks = section("actions")
        a = business.actions
        blocks.append(Paragraph(f"{a.title or 'The action plan'}, on {a.as_of}: {len(a.actions)} action(s); "
                                f"{a.done} done, {a.overdue} overdue, {a.due_soon} due soon, {a.open} open, "
                                f"{a.no_due_date} with no due date, {a.dropped} dropped."))
        blocks.append(Preformatted(_core.format_action_progress(a)))


def compose_report(register: Any, *, title: Optional[str] = None, min_score: Optional[float] = None, dpi: int = 110,
                   plots: bool = True, rules: Any = None, changes: Any = None, plan: Any = None,
                   year: Optional[int] = None, skills: Any = None, framework: Any = None, actions: Any = None,
                   forward_plan: Any = None, as_of: Any = None, progress: Optional[bool] = None) -> Report:
    """The report on a register, as sections of paragraphs, lists, tables and charts.

    :param title: the report's heading (default: the register's title).
    :param min_score: the least overlap score reported (``find_overlaps``; default 0.3, or 0.5 on a register of
        more than 1,000 meetings).
    :param dpi: resolution of the charts.
    :param plots: False leaves the charts out (a smaller, quicker report).
    :param rules: engagement rules for role clarity (a path, dict or ``EngagementRules``).
    :param changes: a change set to weigh (a path, dict or ``ChangeSet``): adds "The proposed changes".
    :param plan: a cycle plan (a path or ``CyclePlan``): adds "The meeting cycle", checked for ``year``
        (default: the plan's year, else this year).
    :param skills: a police and crime panel's skills audit (CSV or workbook path), with its ``framework``:
        adds "The panel's skills".
    :param forward_plan: the panel's forward plan (a path), checked against ``plan``: adds "The forward plan".
    :param actions: an action plan (a path): adds "The action plan", its progress on ``as_of`` (default today).
        A register that records members' seats adds "The panel's membership and the law".
    :param progress: a progress bar on standard error for the overlap search (None: when it is a terminal).

    >>> r = compose_report(reg, plots=False)
    >>> [s.anchor for s in r.sections][:3]
    ['conclusions', 'summary', 'network']
    """
    if not isinstance(register, _core.Register):
        raise TypeError(f"the report needs a govgraph.Register, not {type(register).__name__}")
    if plots:
        from govgraph import plot
    from govgraph.findings import review as review_register
    from govgraph.overlap import cluster_overlaps, find_consumed

    info = register.info
    heading = title or info.title or "Governance register"
    summary = _core.summarise(register)
    overlaps = _core.find_overlaps(register, min_score=min_score, progress=progress)
    clusters = cluster_overlaps(overlaps)
    consumed = find_consumed(register)
    burden = _core.burden(register)
    clarity = _core.role_clarity(register, rules) if rules is not None else _core.role_clarity(register)
    review = review_register(register, min_score=min_score, progress=progress)
    what_if = _core.what_if(register, changes) if changes is not None else None
    cycle = schedule = None
    if plan is not None:
        plan = _load(plan, _core.load_cycle_plan)
        if year is None and plan.year is None:
            year = datetime.date.today().year
        schedule = _core.expand_schedule(register, plan, year=year)
        cycle = _core.check_cycle(register, schedule, plan)
    portfolio = _core.portfolio(register) if len(register.initiatives) else None
    business = _panel_business(register, plan, year, skills, framework, actions, forward_plan, as_of)

    meta = [x for x in (info.source, info.date and f"dated {info.date}") if x]
    meta.append(f"Prepared with govgraph {_core.__version__} on {datetime.date.today().isoformat()}.")
    sections: List[Section] = []

    def section(anchor: str) -> List[Block]:
        sections.append(Section(anchor, dict(SECTIONS)[anchor]))
        return sections[-1].blocks

    opening, detail = _conclusions(register, review, burden, clarity, what_if, cycle, portfolio,
                                   business.recommendations())
    section("conclusions").extend(opening)

    blocks = section("summary")
    if info.description:
        blocks.append(Paragraph(info.description))
    rows: List[List[Any]]
    figures: List[List[Any]] = [
        ["Meetings", summary.meetings], ["Organisations", summary.organisations], ["Roles", summary.roles],
        ["Areas", summary.areas], ["Topics", summary.topics], ["Initiatives", summary.initiatives],
        ["Separate parts of the network", summary.components],
        ["Sittings a year", _number(summary.sittings_per_year)],
        ["Meeting hours a year", _number(summary.meeting_hours_per_year)],
        ["People-hours a year (seat-hours)", _number(summary.seat_hours_per_year)],
        ["Meetings of unknown frequency (not in the hours)", len(summary.unknown_cadence)],
        ["Meetings using the default duration", len(summary.default_duration)],
    ]
    blocks.append(Table(["Figure", "Value"], figures, numeric=(1,), compact=True))
    counts = [[by, c.name.replace("_", " "), c.count] for by, items in (("Status", summary.meetings_by_status),
                                                         ("Level", summary.meetings_by_level),
                                                         ("Kind", summary.meetings_by_kind)) for c in items]
    if counts:
        blocks.append(Table(["Meetings by", "Value", "Meetings"], counts, numeric=(2,), compact=True))
    if len(summary.leads):
        blocks.append(Table(["Lead", "Meetings"], [[t.label, t.meetings] for t in summary.leads], numeric=(1,),
                            compact=True))

    blocks = section("network")
    blocks.append(Paragraph("Organisations (circles) and meetings (squares). A meeting's colour is its lead "
                            "organisation's; its size is its meeting hours a year. Dotted lines join a meeting to an "
                            "organisation that leads or supports it without being listed as attending."))
    if plots:
        blocks.append(Figure(_png(plot.network_map(register), dpi), "The partnership network.",
                             "Network map of organisations and meetings"))

    section("findings").extend(detail)

    blocks = section("overlaps")
    blocks.append(Paragraph(f"Pairs of meetings whose participants, topics, areas, level and frequency overlap, "
                            f"scoring at least {overlaps.rule.min_score:g} out of 1: {len(overlaps)} pairs in "
                            f"{len(clusters)} "
                            f"families. A high score is a question to ask; the findings above weigh it."))
    pairs = sorted(overlaps.pairs, key=lambda o: -o.score)
    rows = [[_core.item_name(register, o.a), _core.item_name(register, o.b), f"{o.score:.2f}",
             "; ".join(p.label for p in o.shared_participants), "; ".join(t.term for t in o.shared_terms)]
            for o in pairs[:MAX_OVERLAP_ROWS]]
    blocks.append(Table(["Meeting", "Overlaps with", "Score", "Shared participants", "Shared themes"], rows,
                        numeric=(2,)) if rows
                  else Paragraph("No pairs of meetings overlap at this score.", "empty"))
    if len(pairs) > MAX_OVERLAP_ROWS:
        blocks.append(Paragraph(f"The {MAX_OVERLAP_ROWS} highest-scoring pairs of {len(pairs)}; "
                                f"`govgraph overlaps REGISTER --min-score {overlaps.rule.min_score:g}` lists "
                                "them all.", "note"))
    if plots and len(overlaps):
        blocks.append(Figure(_png(plot.overlap_heatmap(overlaps), dpi), "Overlap scores; families of overlapping "
                             "meetings are outlined.", "Heat map of overlap scores between meetings"))

    blocks = section("consumed")
    blocks.append(Paragraph("Meetings whose participants and topics are largely covered by a few other meetings at "
                            "a compatible level and area: their purpose may be consumed by those meetings."))
    rows = [[_core.item_name(register, c.consumed), "; ".join(_core.item_name(register, i) for i in c.covering),
             f"{c.participant_coverage:.0%}", f"{c.topic_coverage:.0%}", "; ".join(c.uncovered_participants)]
            for c in consumed]
    blocks.append(Table(["Meeting", "Covered by", "Participants covered", "Topics covered",
                         "Participants not covered"], rows, numeric=(2, 3)) if rows
                  else Paragraph("No meeting is consumed by others.", "empty"))

    blocks = section("burden")
    blocks.append(Paragraph(f"Sittings a year times hours a sitting times seats. {_number(burden.meeting_hours)} "
                            f"meeting hours and {_number(burden.seat_hours)} people-hours a year, not counting "
                            f"{len(burden.unknown_cadence)} meetings of unknown frequency "
                            f"({_names(register, burden.unknown_cadence) or 'none'})."))
    if plots and len(burden.organisations):
        blocks.append(Figure(_png(plot.burden_chart(burden), dpi), "Seat-hours a year by organisation, by meeting "
                             "level.", "Bar chart of hours a year by organisation"))
    rows = [[register.organisation(o.organisation).name, _number(o.seat_hours), o.meetings, len(o.unknown_cadence)]
            for o in burden.organisations]
    if rows:
        blocks.append(Table(["Organisation", "Seat-hours a year", "Meetings", "Of unknown frequency"], rows,
                            numeric=(1, 2, 3)))

    blocks = section("role-clarity")
    blocks.append(Paragraph("Where the lead, the chair or the membership of a meeting is unclear or contested"
                            + (", and where a meeting breaks the engagement rules given." if rules is not None
                               else ".")))
    rows = [[register.meeting(i.meeting).name, i.kind.name.lower().replace("_", " "),
             "; ".join(register.organisation(o).name for o in i.organisations), i.detail] for i in clarity.issues]
    blocks.append(Table(["Meeting", "Finding", "Organisations", "Detail"], rows) if rows
                  else Paragraph("No role-clarity findings.", "empty"))
    rows = [[rule.description or rule.id, register.meeting(v.meeting).name, v.detail]
            for rule in clarity.rules for v in rule.violations]
    if rows:
        blocks.append(Table(["Engagement rule", "Meeting", "What breaks it"], rows, caption="Engagement rules not met"))

    from govgraph import analysis

    blocks = section("influence")
    influence = _core.influence(_core.PartnershipGraph(register))
    actors, _ = analysis.records(influence, "actors")
    brokers = [a for a in actors if a["broker"]]
    blocks.append(Paragraph("Organisations and roles ranked by brokerage: the share of the shortest paths between "
                            "others that pass through them. A broker is one without which the network falls into "
                            "separate groups: " + (_join([f"{a['label']} ({a['groups_if_absent']} groups without it)"
                                                          for a in brokers]) or "none") + "."))
    if plots and any(a["betweenness_normalised"] > 0 for a in actors):
        blocks.append(Figure(_png(plot.influence_chart(influence), dpi), "Brokerage of the best-connected "
                             "organisations and roles.", "Bar chart of brokerage by organisation"))
    top = sorted(actors, key=lambda a: (-a["betweenness_normalised"], -a["eigenvector"], a["label"]))[:10]
    if top:
        blocks.append(Table(["Organisation or role", "Meetings", "Brokerage", "Centrality (eigenvector)"],
                            [[a["label"], a["meetings"], f"{a['betweenness_normalised']:.2f}",
                              f"{a['eigenvector']:.2f}"] for a in top], numeric=(1, 2, 3)))

    blocks = section("reporting-lines")
    lines = _core.reporting_lines(register)
    if plots and any(n.parent is not None for n in lines.nodes):
        blocks.append(Figure(_png(plot.reporting_tree(lines), dpi), "Who reports to whom, top meetings above their "
                             "sub-groups; orphans outlined in red.", "Tree of reporting lines between meetings"))
    blocks.append(Preformatted(analysis.format_reporting_lines(lines)))

    blocks = section("rationalisation")
    if not len(register.meetings):
        blocks.append(Paragraph("The register lists no meetings to keep or stop.", "empty"))
    else:
        blocks += _rationalisation(register, review, plot if plots else None, dpi)

    if what_if is not None:
        blocks = section("what-if")
        blocks.append(Paragraph(f"{what_if.title or 'The change set'}: "
                                + ("nothing is lost: every topic, area, link and statutory duty keeps a forum."
                                   if what_if.loses_nothing else "what follows would lose its forum.")))
        blocks.append(Table(["", "Before", "After", "Saved"], [
            ["Meeting hours a year", _number(what_if.meeting_hours_before), _number(what_if.meeting_hours_after),
             _number(what_if.meeting_hours_saved)],
            ["People-hours a year", _number(what_if.seat_hours_before), _number(what_if.seat_hours_after),
             _number(what_if.seat_hours_saved)]], numeric=(1, 2, 3), compact=True))
        if plots:
            blocks.append(Figure(_png(plot.what_if_chart(what_if), dpi), "Seat-hours a year by organisation, "
                                 "before and after the changes.", "Bar chart of hours before and after"))
        lost, columns = analysis.records(what_if, "lost")
        if lost:
            blocks.append(Table([c.replace("_", " ").capitalize() for c in columns],
                                [[row[c] for c in columns] for row in lost], caption="What is lost"))

    if changes is not None:
        blocks = section("engagement")
        plan_rows, _ = analysis.records(_core.engagement_plan(register, changes), None)
        blocks.append(Paragraph("Everyone the change set affects, by the channel the engagement plan gives them: "
                                "letters from the PCC and Chief Constable, agenda items at the meetings that absorb "
                                "the work, and internal briefings."))
        blocks.append(Table(["Channel", "Who", "To", "From", "Meetings"],
                            [[r["channel"].replace("_", " "), r["name"], r["recipient"], r["from"],
                              _names_of_ids(register, r["meetings"])]
                             for r in plan_rows]) if plan_rows
                      else Paragraph("The changes affect no one outside the meetings changed.", "empty"))

    if cycle is not None and schedule is not None:
        blocks = section("cycle")
        blocks.append(Paragraph(f"The year {schedule.start.year}: {len(schedule.occurrences)} sittings from "
                                f"{schedule.start} to {schedule.end}, checked against the cycle plan "
                                f"({'no problems found' if cycle.ok else f'{len(cycle.problems)} problem(s)'})."))
        blocks.append(Preformatted(_core.format_cycle_check(register, cycle)))

    _panel_sections(section, business)

    if portfolio is not None:
        blocks = section("portfolio")
        if plots:
            blocks.append(Figure(_png(plot.portfolio_chart(portfolio), dpi), "Initiatives against the priorities "
                                 "they serve and the forces in them.", "Grid of initiatives, priorities and forces"))
        blocks.append(Preformatted(_core.format_portfolio(portfolio)))

    blocks = section("coverage")
    if not len(register.meetings):
        blocks.append(Paragraph("The register lists no meetings to take up its topics.", "empty"))
    elif len(register.topics) and plots:
        blocks.append(Paragraph("Which meeting takes up which topic. A topic no meeting takes up may have no forum; "
                                "one that many take up may be discussed more often than needed."))
        blocks.append(Figure(_png(plot.coverage_matrix(register), dpi), "Topics against meetings.",
                             "Matrix of topics against meetings"))
    elif not len(register.topics):
        blocks.append(Paragraph("The register lists no topics.", "empty"))
    else:
        blocks.append(Paragraph("The topic matrix is a chart, left out of this report.", "empty"))

    blocks = section("meetings")
    org_names = {o.id: o.name for o in register.organisations}
    rows = []
    for m in register.meetings:
        sittings = register.sittings_per_year(m)
        rows.append([m.name, m.level.name.lower(), m.status.name.lower().replace("_", " "),
                     "; ".join(org_names[o] for o in m.lead.organisations) or "none",
                     m.cadence.text or m.cadence.describe(), _number(sittings), len(m.participants), m.purpose])
    blocks.append(Table(["Meeting", "Level", "Status", "Lead", "Frequency", "Sittings a year", "Participants",
                         "Purpose"], rows, numeric=(5, 6)) if rows
                  else Paragraph("The register lists no meetings.", "empty"))

    section("completeness").extend(_completeness(register, review))
    return Report(heading, meta, sections)


# What each meeting's record holds, in the order an analyst fills it in.
_RECORD_FIELDS: List[Tuple[str, Any]] = [
    ("Lead", lambda m: not m.lead.none),
    ("Participants", lambda m: len(m.participants) > 0),
    ("Purpose", lambda m: bool(m.purpose or m.current_focus)),
    ("Topics", lambda m: len(m.topics) > 0),
    ("Areas", lambda m: len(m.areas) > 0),
    ("Level", lambda m: m.level.name != "UNKNOWN"),
    ("Frequency", lambda m: m.cadence.is_known),
    ("Duration", lambda m: m.duration_hours is not None),
]


def _completeness(register: Any, review: Any) -> List[Block]:
    """The appendix: what each meeting's record holds, and the review's record completeness."""
    if not len(register.meetings):
        return [Paragraph("The register lists no meetings.", "empty")]
    record = review.record
    rows = [[m.name] + ["yes" if has(m) else "—" for _, has in _RECORD_FIELDS] + [f"{record[k]:.0%}"]
            for k, m in enumerate(register.meetings)]
    missing = [(name, sum(not has(m) for m in register.meetings)) for name, has in _RECORD_FIELDS]
    thin = [m.name for k, m in enumerate(register.meetings) if record[k] < THIN_RECORD]
    gaps = _join([f"{name.lower()} for {count}" for name, count in sorted(missing, key=lambda x: -x[1]) if count])
    text = (f"What each of the {len(register.meetings)} meetings' records holds. The register lacks "
            f"{gaps or 'nothing'}. The last column is the record completeness the findings weigh "
            f"(participants 40%, purpose 30%, topics 20%, then areas, level or frequency 10%); "
            f"{len(thin)} meeting(s) fall below half ({_join(thin) or 'none'}), and findings about them "
            "are set apart. A frequency or duration the register lacks leaves hours uncounted, not zero.")
    return [Paragraph(text), Table(["Meeting"] + [name for name, _ in _RECORD_FIELDS] + ["Record"], rows,
                                   numeric=(len(_RECORD_FIELDS) + 1,))]


# ---------------------------------------------------------------------------
# HTML.

_STYLE = """
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d1d1d; line-height: 1.45;
       max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2.2rem; }
p.meta { color: #555; margin-top: 0; }
p.lead { font-size: 1.05rem; background: #f3f6f9; border-left: 4px solid #1f4e79; padding: 0.6rem 0.9rem; }
nav.toc { background: #f3f6f9; border: 1px solid #d5dde5; padding: 0.6rem 1.2rem; }
nav.toc ol { margin: 0.3rem 0; }
ol.recommendations li { margin-bottom: 0.45rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.8rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c9d1d9; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8eef4; }
table.compact { width: auto; min-width: 40%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
figcaption { font-size: 0.85rem; color: #555; }
pre { font-size: 0.82rem; background: #f7f7f7; border: 1px solid #e1e4e8; padding: 0.6rem; overflow-x: auto;
      white-space: pre-wrap; }
p.note { font-size: 0.88rem; color: #444; }
.empty { color: #555; font-style: italic; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  nav.toc { break-after: page; }
  h2 { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _html_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f'<p class="{block.style}">{_e(block.text)}</p>' if block.style else f"<p>{_e(block.text)}</p>"
    if isinstance(block, Bullets):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{_e(i)}</li>" for i in block.items)
        return f'<{tag} class="recommendations">{items}</{tag}>' if block.numbered else f"<{tag}>{items}</{tag}>"
    if isinstance(block, Table):
        out = ['<table class="compact">' if block.compact else "<table>"]
        if block.caption:
            out.append(f"<caption>{_e(block.caption)}</caption>")
        out += ["<thead><tr>", *(f"<th>{_e(h)}</th>" for h in block.headings), "</tr></thead><tbody>"]
        for row in block.rows:
            cells = [f'<td class="num">{_e(v)}</td>' if k in block.numeric else f"<td>{_e(v)}</td>"
                     for k, v in enumerate(row)]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)
    if isinstance(block, Figure):
        data = base64.b64encode(block.png).decode("ascii")
        return (f'<figure><img src="data:image/png;base64,{data}" alt="{_e(block.alt)}">'
                f"<figcaption>{_e(block.caption)}</figcaption></figure>")
    return f"<pre>{_e(block.text)}</pre>"


def _html(report: Report) -> str:
    parts: List[str] = [
        "<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title><style>{_STYLE}</style></head><body>",
        f"<header><h1>{_e(report.title)}</h1>",
        *(f'<p class="meta">{_e(line)}</p>' for line in report.meta), "</header>",
        '<nav class="toc"><strong>Contents</strong><ol>',
        *(f'<li><a href="#{s.anchor}">{_e(s.heading)}</a></li>' for s in report.sections),
        "</ol></nav>",
    ]
    for s in report.sections:
        parts.append(f'<section id="{s.anchor}"><h2>{_e(s.heading)}</h2>')
        parts += [_html_block(b) for b in s.blocks]
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def build_report(register: Any, **options: Any) -> str:
    """The report (``compose_report(register, **options)``) as one HTML page (a str), images embedded.

    Example::

        page = govgraph.report.build_report(reg, changes="examples/changes/avon-and-somerset-recommendation-b.json")
        pathlib.Path("report.html").write_text(page, encoding="utf-8")
    """
    return _html(compose_report(register, **options))


# ---------------------------------------------------------------------------
# Word.

def _docx(report: Report) -> bytes:
    docx = require("docx", "Word reports")
    WD_ALIGN_PARAGRAPH = require("docx.enum.text", "Word reports").WD_ALIGN_PARAGRAPH
    Cm, Pt = (getattr(require("docx.shared", "Word reports"), unit) for unit in ("Cm", "Pt"))

    document = docx.Document()
    document.core_properties.title = report.title
    document.add_heading(report.title, level=0)
    for line in report.meta:
        document.add_paragraph(line).runs[0].italic = True
    for s in report.sections:
        document.add_heading(s.heading, level=1)
        for block in s.blocks:
            if isinstance(block, Paragraph):
                paragraph = document.add_paragraph(block.text)
                if block.style in ("note", "empty"):
                    for run in paragraph.runs:
                        run.italic = True
                elif block.style == "lead":
                    for run in paragraph.runs:
                        run.bold = True
            elif isinstance(block, Bullets):
                for item in block.items:
                    document.add_paragraph(item, style="List Number" if block.numbered else "List Bullet")
            elif isinstance(block, Table):
                if block.caption:
                    document.add_paragraph(block.caption).runs[0].bold = True
                table = document.add_table(rows=1, cols=len(block.headings))
                table.style = "Table Grid"
                for cell, heading in zip(table.rows[0].cells, block.headings):
                    cell.text = str(heading)
                    cell.paragraphs[0].runs[0].bold = True
                for row in block.rows:
                    cells = table.add_row().cells
                    for k, (cell, value) in enumerate(zip(cells, row)):
                        cell.text = "" if value is None else str(value)
                        if k in block.numeric:
                            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for table_row in table.rows:
                    for cell in table_row.cells:
                        for run in cell.paragraphs[0].runs:
                            run.font.size = Pt(8.5)
                document.add_paragraph()
            elif isinstance(block, Figure):
                document.add_picture(io.BytesIO(block.png), width=Cm(16))
                document.add_paragraph(block.caption).runs[0].italic = True
            else:
                for line in block.text.splitlines() or [""]:
                    run = document.add_paragraph().add_run(line)
                    run.font.name = "Consolas"
                    run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_docx(register: Any, **options: Any) -> bytes:
    """The report (``compose_report(register, **options)``) as a Word document (.docx bytes): headings,
    numbered recommendations, tables and the charts as pictures, to paste into a committee paper.

    Example::

        pathlib.Path("report.docx").write_bytes(govgraph.report.build_docx(reg, plots=False))
    """
    return _docx(compose_report(register, **options))


# ---------------------------------------------------------------------------
# PDF.

# How long Chromium may take to print one report: a 200-meeting register's
# page prints in a few seconds; a hung browser must not hang the caller.
_PDF_TIMEOUT_SECONDS = 180


def _chromium() -> str:
    return require_program(["chromium", "chromium-browser", "google-chrome"], "chromium", "A PDF report")


def _pdf(page: str, chromium: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="govgraph-report-") as folder:
        source = os.path.join(folder, "report.html")
        target = os.path.join(folder, "report.pdf")
        with open(source, "w", encoding="utf-8") as out:
            out.write(page)
        # Its own profile and HOME, so that printing neither reads nor leaves
        # anything in the user's browser profile.
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={folder}/profile",
                   "--no-pdf-header-footer", f"--print-to-pdf={target}", "file://" + source]
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=_PDF_TIMEOUT_SECONDS,
                                 env=dict(os.environ, HOME=folder), check=False)
        except subprocess.TimeoutExpired:
            raise _core.GovgraphError(f"{chromium} did not print the report within "
                                      f"{_PDF_TIMEOUT_SECONDS} seconds") from None
        if run.returncode != 0 or not os.path.exists(target):
            detail = run.stderr.strip().splitlines()[-1:] or [f"exit status {run.returncode}"]
            raise _core.GovgraphError(f"{chromium} could not print the report: {detail[0]}")
        with open(target, "rb") as pdf:
            return pdf.read()


def build_pdf(register: Any, **options: Any) -> bytes:
    """The report (``compose_report(register, **options)``) as a PDF (bytes): the HTML page printed by
    headless Chromium, A4, with the charts.

    :raises MissingDependencyError: when Chromium is not installed (``apt-get install chromium``).

    Example::

        pathlib.Path("report.pdf").write_bytes(govgraph.report.build_pdf(reg))
    """
    chromium = _chromium()  # before the work of composing the report
    return _pdf(build_report(register, **options), chromium)


# What each suffix is written as.
_WRITERS: Dict[str, Tuple[Any, Any]] = {
    "": (build_report, write_text), ".html": (build_report, write_text), ".htm": (build_report, write_text),
    ".docx": (build_docx, write_bytes), ".pdf": (build_pdf, write_bytes)}


def write_report(register: Any, path: "str | os.PathLike[str]", **options: Any) -> None:
    """Write the report to a file, replacing it atomically: Word for ``.docx``, PDF for ``.pdf``, HTML for
    ``.html``, ``.htm`` or a name without a suffix.

    :raises InvalidInputError: for another suffix.

    Example::

        govgraph.report.write_report(reg, "governance-review.docx", min_score=0.4)
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix not in _WRITERS:
        raise _core.InvalidInputError(f"{os.fspath(path)}: a report is written as .html, .htm, .docx or .pdf, "
                                      f"not {suffix}")
    build, write = _WRITERS[suffix]
    write(path, build(register, **options))
