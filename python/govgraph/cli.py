"""The ``govgraph`` command line.

Subcommands:

``govgraph summary REGISTER.json``
    Print the register at a glance: meetings, organisations, roles, areas,
    leads, and the hours a year it implies. ``--json`` prints the figures as
    JSON instead.

``govgraph calendar REGISTER.json --year 2018 [--plan PLAN.json] -o cycle.ics``
    Expand the meetings into dated sittings and write an iCalendar file (or
    print it with ``-o -``). See docs/meeting-cycle.md.

``govgraph check-cycle REGISTER.json [--plan PLAN.json] [--year 2018]``
    Check the cycle: statutory windows, scrutiny after publication, clashes,
    sittings on non-working days. The first line says which year and plan were
    checked (without ``--year`` or a plan's year, this year). Exits 1 when it
    finds problems.

``govgraph import TABLE.csv -o REGISTER.json [--strict] [--aliases FILE] [--base REGISTER.json] [--keep-apart NAME]``
    Import a register table (one row a meeting: Meeting, Lead, Purpose, Key
    participants, Frequency, ...) and print what was not fully understood as
    a table. With ``--strict``, exits 1 (writing nothing) when anything was not
    understood. See docs/from-spreadsheet.md.

``govgraph import TABLE.xlsx|PAPER.docx -o REGISTER.json [...]``
    The register sheets of an Excel workbook, or the register tables of a
    Word paper (its paragraphs are not read), with the options of a CSV
    table; diagnostics name the sheet and cell, or the table, row and column.
    Old .xls/.doc files and password-protected ones are refused with what to
    do.

``govgraph import REGISTER.popolo.json -o REGISTER.json [--strict]``
    A JSON object with Popolo's ``organizations``/``memberships`` keys, or one
    Popolo organization, person, post, membership, area or event (as in the
    specification's examples), is read as Popolo (docs/popolo.md) instead of a
    table; what could not be kept is printed as a table of JSON paths and
    messages. Any other JSON object, but a native register, is reported as not
    a Popolo document.

``govgraph export REGISTER.json --format popolo|json [-o FILE|-] [--year Y] [--plan PLAN.json]``
    Write the register as Popolo JSON (docs/popolo.md) or in the native
    format, to a file or (default, or ``-o -``) standard output. With
    ``--year`` or ``--plan``, the year's sittings are written as Popolo events.

``govgraph import FILE.xml [FILE.xml...] -o REGISTER.json [--council NAME] [--strict]``
    Import ModernGov web-service responses (GetCommittees, GetMeetings,
    GetMeeting, GetCouncillorsByWard), recognised by their content: committees
    become meetings led by the council, attendees participants, and meeting
    dates the cadence. See docs/moderngov.md.

``govgraph overlaps REGISTER.json [--min-score S]``
    One row per pair of overlapping meetings, both names in the row, with
    each signal's score and the shared participants and terms. Table: pairs.

``govgraph findings REGISTER.json [--min-score S]``
    The register reviewed: typed findings (duplicate, consumed, same
    function in other areas, parent and sub-group), each with evidence,
    confidence and caveat; the meetings that cannot be judged; and one
    consistent proposal of meetings to stop. Tables: findings, cannot_judge,
    proposal. See docs/overlap.md.

``govgraph consumed REGISTER.json``
    One row per meeting whose purpose is consumed by others, with the
    kept meetings that cover it. Table: consumed. See docs/overlap.md.

``govgraph graph REGISTER.json --format graphml|dot -o FILE``
    Write the partnership graph (organisations, roles, meetings, initiatives
    and who takes part in what, and each meeting's reporting line to the
    meeting it reports to) as GraphML for Gephi, yEd or Cytoscape, or as
    Graphviz DOT (``-o -`` prints it). See docs/notebooks-and-reports.md.

``govgraph report REGISTER.json -o report.html|report.docx|report.pdf [--rules R] [--changes C] [--plan P]``
    Write a report that concludes: findings and recommendations first, then
    a section per analysis, charts included; HTML, Word, or PDF (printed by
    headless Chromium). Also ``--year``, ``--min-score``, ``--title`` and
    ``--no-charts``. See docs/notebooks-and-reports.md.

``govgraph merge A.json B.json -o MERGED.json [--confirm A_ID=B_ID ...] [--reject A_ID=B_ID ...]``
    Merge two registers and print the match report: matches with the rule
    and evidence, near misses to confirm, conflicting fields, prefixed ids and
    the meetings of A and B that overlap (``--format json`` for the report as
    JSON). See docs/merging.md.

``govgraph apply-org-changes REGISTER.json CHANGES.json -o OUT.json [--as-of DATE]``
    Apply organisation changes (mergers, splits, renames, dissolutions) and
    print every membership that moved. See docs/merging.md.

The analyses (docs/analyses.md), and ``overlaps``, ``findings`` and
``consumed`` above, share their output options: ``--format
table|csv|json|xlsx`` and ``-o FILE`` (default: standard output; a workbook
needs ``-o``). ``table`` prints the analysis's report, or its main table in
aligned columns; ``csv`` one table; ``json`` an object of every table, each
a list of rows; ``xlsx`` a workbook with a sheet per table. ``--table NAME``
picks one table where there are several. Organisations, meetings and topics
are given by id, name or alias alike.

``govgraph burden REGISTER.json [--preparation HOURS]``
    People-hours a year per meeting, organisation, role, level and lead.
    Tables: meetings, organisations, roles, levels, leads.

``govgraph what-if REGISTER.json CHANGES.json``
    Apply a change set to a copy and report what is lost and the hours saved.
    Tables: hours, lost, meetings.

``govgraph role-clarity REGISTER.json [--rules RULES.json]``
    Meetings with no lead, a joint lead, an absent lead or duplicated
    attendance, and the engagement rules each meeting breaks. Tables:
    issues, violations.

``govgraph influence REGISTER.json``
    Each actor's partners, tie strength, betweenness, eigenvector centrality
    and whether it is a broker.

``govgraph reach REGISTER.json ORG``
    The meetings that reach partners ORG meets nowhere else, most first.

``govgraph clusters REGISTER.json [--min-score S]``
    Families of mutually overlapping meetings, each with its representative.

``govgraph rationalise REGISTER.json [--keep MEETING ...] [--cost meetings|meeting-hours|seat-hours]``
    The fewest or cheapest meetings that keep every topic, area and partner
    link covered; each stop with the meetings that cover it. Tables:
    meetings, requirements.

``govgraph engagement-plan REGISTER.json CHANGES.json [--cc ORG ...]``
    Who to tell about a change set, and by which channel. Tables: actions,
    meetings.

``govgraph portfolio REGISTER.json [--priority TOPIC ...] [--min-score S]``
    Initiatives against priorities: coverage, overlaps and gaps. Tables:
    initiatives, priorities, overlaps.

``govgraph reporting-lines REGISTER.json``
    What each meeting reports to, its escalation path, and orphans.

A file of another kind than a command takes (a cycle plan, a change set,
organisation changes, engagement rules, a register or a Popolo document,
recognised by content) is refused with one line saying what it is and which
command or option takes it.

``govgraph composition REGISTER.json [--panel MEETING] [--changes CHANGES.json] [--council ID ...] [--co-opted N]``
    Check a police and crime panel's members against Schedule 6 to the
    Police Reform and Social Responsibility Act 2011: each rule with its
    legal source, seats by council, and the remedies. With ``--changes``,
    the organisation changes are applied first and the panel after them is
    checked. Exits 1 when a rule is not met (unlawful). Tables: rules,
    councils, remedies, summary. See docs/panel.md.

``govgraph skills AUDIT.csv|AUDIT.xlsx [--framework FRAMEWORK.json] [--as-of DATE] [--train-by DATE] [--holders N]``
    A police and crime panel's skills audit: the members' levels (one row a
    member, a column a skill) against a skills framework (default: the one
    shipped with govgraph): the gaps, the skills one member alone holds,
    each pillar lead's cover of their pillar, and who should train in what
    by when (default: three months after ``--as-of``, itself default
    today). Exits 1 when a skill is a gap (no assessed member reaches the
    level the panel needs). Tables: matrix, gaps, single_holders, pillars,
    training, skills. See docs/panel.md.

``govgraph actions PLAN.json [--register REGISTER.json] [--as-of DATE] [--due-soon DAYS]``
    An action plan's progress at a date (default: the plan's ``as_of``,
    else today): each action done, dropped, overdue by so many days, due
    soon, open with no due date, or open; with ``--register``, the meetings,
    organisations and topics it answers are checked and named. Exits 1 when
    an action is overdue. Tables: actions, counts. See docs/panel.md.

Exit status: 0 done; 1 problems found (``check-cycle``) or nothing written
(``--strict``); 2 bad input (including an unknown organisation or meeting, or
a file of the wrong kind), a file that cannot be read or written, or a
missing optional package (the message names its Debian package), with one
line on standard error naming the place; 3 an error inside govgraph (a bug);
130 interrupted. No command shows a traceback. Every file is written
atomically (the old file stays whole if writing fails), and an output that is
also an input is refused before anything is read.

Input limits, before the command: ``--max-bytes N`` (default 2G), ``--max-rows
N`` (10,000,000) and ``--max-depth N`` (64) bound what any reader accepts; an
input beyond one is refused with the limit's name (docs/reliability.md).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import os
import stat
import sys
import textwrap
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import govgraph
from govgraph._files import write_bytes, write_text, write_text_from
from govgraph._optional import require


def _summary(args: argparse.Namespace) -> int:
    reg = _load(args)
    summary = govgraph.summarise(reg)
    if args.json:
        figures = {
            "title": summary.title,
            "meetings": summary.meetings,
            "organisations": summary.organisations,
            "roles": summary.roles,
            "people": summary.people,
            "areas": summary.areas,
            "topics": summary.topics,
            "initiatives": summary.initiatives,
            "components": summary.components,
            "meetings_by_status": {c.name: c.count for c in summary.meetings_by_status},
            "meetings_by_level": {c.name: c.count for c in summary.meetings_by_level},
            "leads": {t.label: t.meetings for t in summary.leads},
            "sittings_per_year": summary.sittings_per_year,
            "meeting_hours_per_year": summary.meeting_hours_per_year,
            "seat_hours_per_year": summary.seat_hours_per_year,
            "unknown_cadence": [reg.meeting(h).id for h in summary.unknown_cadence],
            "default_duration": [reg.meeting(h).id for h in summary.default_duration],
        }
        json.dump(figures, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(govgraph.format_summary(reg, summary))
    return 0


def _cycle_schedule(args: argparse.Namespace) -> tuple:
    """The register, the plan, the year's schedule, and which year and plan these are, in words."""
    reg = _load(args)
    plan = govgraph.load_cycle_plan(args.plan) if args.plan else govgraph.CyclePlan()
    year = _checked_year(args.year)
    whose = ""
    if year is None and plan.year is None:
        import datetime

        year = datetime.date.today().year
        whose = " (this year: give --year for another)"
    elif year is None:
        whose = " (the plan's year)"
    schedule = govgraph.expand_schedule(reg, plan, year=year, region=args.region)
    against = (f"the plan {args.plan}" if args.plan else
               "no cycle plan (give --plan PLAN.json for planned dates, publications and statutory timetables)")
    checked = f"Year {schedule.start.year}{whose}; {against}"
    return reg, plan, schedule, checked


def _calendar(args: argparse.Namespace) -> int:
    reg, _, schedule, _ = _cycle_schedule(args)
    name = args.name or f"{reg.info.title or 'govgraph'} ({schedule.start} to {schedule.end})"
    text = govgraph.schedule_to_ical(reg, schedule, calendar_name=name)
    if args.output == "-":
        sys.stdout.write(text.replace("\r\n", "\n"))
    else:
        write_text(args.output, text, newline="")
        print(f"{len(schedule.occurrences)} sittings from {schedule.start} to {schedule.end} written to {args.output}")
        for u in schedule.unscheduled:
            print(f"  not scheduled: {reg.meeting(u.meeting).name}: {u.reason}")
    return 0


def _check_cycle(args: argparse.Namespace) -> int:
    reg, plan, schedule, checked = _cycle_schedule(args)
    check = govgraph.check_cycle(reg, schedule, plan)
    sys.stdout.write(checked + "\n")
    sys.stdout.write(f"{len(schedule.occurrences)} sittings from {schedule.start} to {schedule.end} "
                     f"({schedule.region.label} bank holidays)\n")
    sys.stdout.write(govgraph.format_cycle_check(reg, check))
    return 0 if check.ok else 1


def _checked_year(year: Optional[int]) -> Optional[int]:
    """The year as given; one too large for the library's integer gets the library's own message."""
    if year is not None and not -(2 ** 31) < year < 2 ** 31:
        raise govgraph.InvalidInputError(f"year: must be a year from 1900 to 2999, got {year}")
    return year


def _add_cycle_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    parser.add_argument("--plan", metavar="PLAN.json",
                        help="a cycle plan: planned dates, rules, publications, statutory timetables")
    parser.add_argument("--year", type=int, help="the calendar year (default: the plan's year, else this year)")
    parser.add_argument("--region", choices=["england-and-wales", "scotland", "northern-ireland"],
                        help="bank holidays to avoid (default: the plan's, else england-and-wales)")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def _format_diagnostics(diagnostics: Sequence[Any]) -> str:
    """Diagnostics (``govgraph.Diagnostic``, or an Excel or Word import's) as a plain-text table, with the
    columns for where they are: an Excel or Word file's place; a table's row, column and heading; a text
    file's place and element; a JSON path. Then severity (unless every one is placed by its path alone,
    as ``str()`` shows them), the text concerned for a table, and the message with any suggestion."""
    if not diagnostics:
        return "Everything was understood.\n"
    placed = all(hasattr(d, "place") for d in diagnostics)  # Excel or Word: the file's name is left out
    table = placed or any(d.row or d.column_name for d in diagnostics)
    in_file = not table and any(d.line or d.element or d.file for d in diagnostics)
    pathed = any(getattr(d, "path", "") for d in diagnostics)
    columns: List[Tuple[str, Callable[[Any], str]]] = []
    if placed:
        columns.append(("place", lambda d: d.place.split(", ", 1)[-1]))
    elif table:
        columns += [("row", lambda d: str(d.row or "")), ("col", lambda d: str(d.column or ""))]
    elif in_file:
        columns.append(("place", lambda d: (f"{d.file.rsplit('/', 1)[-1]}:{d.line}:{d.column}" if d.line
                                            else d.file.rsplit("/", 1)[-1])))
    if table:
        columns.append(("column", lambda d: _clip(d.column_name, 20)))
    if pathed:
        columns.append(("path", lambda d: getattr(d, "path", "")))
    if table or in_file:
        columns.append(("severity", lambda d: d.severity))
    if in_file:
        columns.append(("element", lambda d: "/".join(d.element.split("/")[-2:])))
    if table:
        columns.append(("text", lambda d: _clip(d.text, 40)))
    rows = [tuple(heading for heading, _ in columns) + ("message",)]
    for d in diagnostics:
        message = d.message + (f" [suggestion: {d.suggestion}]" if d.suggestion and d.suggestion not in d.message else "")
        rows.append(tuple(cell(d) for _, cell in columns) + (message,))
    n = len(columns)
    widths = [max(len(r[i]) for r in rows) for i in range(n)]
    lines = ["".join(r[i].ljust(widths[i]) + "  " for i in range(n)) + r[n] for r in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


# The kinds of JSON file govgraph reads, judged by content: what each is, and which command takes it.
_JSON_KINDS = {
    "register": ("a register", 'a govgraph register (JSON with "schema_version")',
                 "give it as REGISTER.json"),
    "cycle-plan": ("a cycle plan", 'a cycle plan (JSON with "cycle_plan_version")',
                   "give it to check-cycle, calendar or export as --plan PLAN.json"),
    "change-set": ("a change set", 'a change set of meetings ("changes" with "action")',
                   "give it to what-if or engagement-plan as CHANGES.json"),
    "organisation-changes": ("organisation changes",
                             'organisation changes ("changes" with "kind": mergers, splits, renames, dissolutions)',
                             "give it to apply-org-changes as CHANGES.json"),
    "engagement-rules": ("engagement rules", 'engagement rules (JSON with "rules")',
                         "give it to role-clarity as --rules RULES.json"),
    "popolo": ("a Popolo document", "a Popolo document", "import it first: govgraph import FILE -o REGISTER.json"),
    "action-plan": ("an action plan", 'an action plan (JSON with "action_plan_version")',
                    "give it to actions as PLAN.json"),
}
# Larger files are left to their reader rather than parsed twice.
_KIND_SNIFF_LIMIT = 64 * 1024 * 1024


def _json_kind(path: str) -> Optional[str]:
    """What a JSON file holds, judged by its content: a key of _JSON_KINDS, or None when it is none
    of them, not JSON, or cannot be read (its reader then says what is wrong)."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size > _KIND_SNIFF_LIMIT:
            return None
        with open(path, "rb") as f:
            text = f.read().decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except Exception:  # noqa: BLE001 - the file's own reader reports what is wrong with it
        data = None
    if isinstance(data, dict):
        if "schema_version" in data:
            return "register"
        if "cycle_plan_version" in data:
            return "cycle-plan"
        if "action_plan_version" in data:
            return "action-plan"
        if isinstance(data.get("rules"), list):
            return "engagement-rules"
        changes = data.get("changes")
        if isinstance(changes, list):
            items = [c for c in changes if isinstance(c, dict)]
            if any("action" in c for c in items):
                return "change-set"
            if any("kind" in c for c in items):
                return "organisation-changes"
    return "popolo" if govgraph.looks_like_popolo(text) else None


# What each input argument takes; a command whose argument takes another kind says so with
# set_defaults(takes={...}).
_TAKES = {"register": "register", "a": "register", "b": "register", "base": "register", "plan": "cycle-plan",
          "changes": "change-set", "rules": "engagement-rules"}


def _refuse_the_wrong_kind_of_file(args: argparse.Namespace) -> None:
    """Raises InvalidInputError when an input is recognisably another kind of govgraph file than the
    argument takes, saying what it is and which command or option takes it."""
    takes = dict(_TAKES, **getattr(args, "takes", {}))
    for name, wanted in takes.items():
        path = getattr(args, name, None)
        if not isinstance(path, str) or path == "-":
            continue
        kind = _json_kind(path)
        if kind is not None and kind != wanted:
            _, found, where = _JSON_KINDS[kind]
            raise govgraph.InvalidInputError(f"{path}: {found}, not {_JSON_KINDS[wanted][0]}; {where}")


def _input_kind(path: str) -> str:
    """What a file given to import holds, judged by its content: "table", "json", "xml", "xlsx" or "docx"; raises
    InvalidInputError naming what was found when it is something import cannot read."""
    try:
        status = os.stat(path)
    except OSError:
        return "table"  # the reader names the file and the system's reason
    if stat.S_ISDIR(status.st_mode):
        raise govgraph.InvalidInputError(f"{path}: a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        if stat.S_ISFIFO(status.st_mode):
            return "table"  # a pipe is read once, as a table
        raise govgraph.InvalidInputError(f"{path}: a device, not a file")
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return "table"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return govgraph.office_kind(path)  # "xlsx" or "docx"; raises naming anything else (.xls, encrypted, ZIP)
    if head.startswith(b"%PDF"):
        raise govgraph.InvalidInputError(
            f"{path}: a PDF; copy its table into a spreadsheet, save it as CSV UTF-8 and import that")
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    text = text.lstrip()
    if text.startswith(b"<"):
        return "xml"
    if text.startswith(b"{") or text.startswith(b"["):
        return "json"
    return "table"


def _import_popolo(args: argparse.Namespace) -> int:
    for option, value in (("--base", args.base), ("--aliases", args.aliases), ("--default-level", args.default_level),
                          ("--source", args.source), ("--keep-apart", args.keep_apart)):
        if value:
            print(f"govgraph: error: {args.table}: {option} applies to tables, not Popolo documents", file=sys.stderr)
            return 2
    result = govgraph.load_popolo(args.table)
    return _finish_import(
        args, result.register, _format_diagnostics(result.diagnostics),
        f"{len(result.register.meetings)} meetings, {len(result.register.organisations)} organisations; "
        f"{len(result.diagnostics)} not imported or inferred\n",
        f"{len(result.diagnostics)} item(s) not imported or inferred" if result.diagnostics else None)


def _severity_counts(diagnostics: Any) -> Dict[str, int]:
    return {s: sum(1 for d in diagnostics if d.severity == s) for s in ("error", "warning", "info")}


def _finish_import(args: argparse.Namespace, register: Any, report: str, summary: str,
                   strict_refusal: Optional[str]) -> int:
    """Writes an import's report (to stderr when the register goes to stdout), then the
    register, unless --strict is given and `strict_refusal` says why not."""
    out = sys.stdout if args.output != "-" else sys.stderr
    out.write(report)
    out.write(summary)
    if args.strict and strict_refusal:
        print(f"govgraph: strict: {strict_refusal}; nothing written", file=sys.stderr)
        return 1
    _write_register(register, args.output)
    return 0


def _export(args: argparse.Namespace) -> int:
    reg = _load(args)
    if args.format == "popolo":
        events = []
        if args.year is not None or args.plan:
            if args.year is None and args.plan and govgraph.load_cycle_plan(args.plan).year is None:
                raise govgraph.InvalidInputError(f"{args.plan}: the plan names no year; give --year")
            plan = govgraph.load_cycle_plan(args.plan) if args.plan else govgraph.CyclePlan()
            events = govgraph.expand_schedule(reg, plan, year=_checked_year(args.year)).occurrences
        text = govgraph.dumps_popolo(reg, events=events)
    else:
        if args.year is not None or args.plan:
            raise govgraph.InvalidInputError("--year and --plan write Popolo events; the native format has none")
        text = govgraph.dumps_json(reg)
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        write_text(args.output, text)
    return 0


def _moderngov_kind(path: str) -> str:
    """The ModernGov response in an XML file, or "xml" for other XML (the import says what is wrong with it)."""
    try:
        return govgraph.moderngov_response(path) or "xml"
    except OSError:
        return "xml"


def _import_moderngov(args: argparse.Namespace) -> int:
    for option, value in (("--base", args.base), ("--aliases", args.aliases), ("--default-level", args.default_level),
                          ("--keep-apart", args.keep_apart)):
        if value:
            raise govgraph.InvalidInputError(f"{option} is for CSV tables; ModernGov XML does not use it")
    result = govgraph.import_moderngov(args.table, council=args.council, council_kind=args.council_kind,
                                       strict=False, source=args.source or "")
    counts = _severity_counts(result.diagnostics)
    return _finish_import(
        args, result.register, _format_diagnostics(result.diagnostics),
        f"{len(result.register.meetings)} committees, {len(result.register.people)} people; "
        f"{counts['error']} not understood, {counts['warning']} warnings, {counts['info']} notes\n",
        f"{counts['error']} item(s) not understood" if result.has_errors else None)


def _import_json(args: argparse.Namespace) -> int:
    """A JSON file given to import: a Popolo document, or any JSON object that is not another kind of
    govgraph file (the Popolo reader says what it is not)."""
    kind = _json_kind(args.table)
    if kind == "register":
        raise govgraph.InvalidInputError(
            f"{args.table}: already a govgraph register (JSON with \"schema_version\"); there is nothing to "
            "import: give it to the other commands as it is")
    if kind is not None and kind != "popolo":
        _, found, where = _JSON_KINDS[kind]
        raise govgraph.InvalidInputError(f"{args.table}: {found}, not something to import; {where}")
    with open(args.table, "rb") as f:
        if f.read(4096).decode("utf-8-sig", errors="replace").lstrip().startswith("["):
            raise govgraph.InvalidInputError(
                f"{args.table}: a JSON array; import reads a CSV table, a Popolo document (a JSON object) or "
                "ModernGov XML")
    return _import_popolo(args)


def _import(args: argparse.Namespace) -> int:
    found = [_input_kind(path) for path in args.table]
    kinds = [_moderngov_kind(path) if kind == "xml" else None for path, kind in zip(args.table, found)]
    if all(kinds):
        return _import_moderngov(args)
    if any(kinds):
        table = next(path for path, kind in zip(args.table, kinds) if not kind)
        raise govgraph.InvalidInputError(f"{table}: not a ModernGov XML response; a CSV table or Popolo document is imported on its own")
    if len(args.table) > 1:
        raise govgraph.InvalidInputError(f"{args.table[1]}: one CSV table or Popolo document at a time (several files must all be "
                                         "ModernGov XML responses)")
    if args.council or args.council_kind != "local_authority":
        raise govgraph.InvalidInputError("--council and --council-kind are for ModernGov XML, not CSV tables or Popolo documents")
    args.table = args.table[0]
    if found[0] == "json":
        return _import_json(args)
    base = govgraph.load_json(args.base) if args.base else None
    reader = govgraph.import_csv
    if found[0] in ("xlsx", "docx"):
        # The name says which the user meant; a .xlsx that is really a Word file is refused, naming both.
        named = {".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx", ".docm": "docx"}
        kind = named.get(os.path.splitext(args.table)[1].lower(), found[0])
        reader = govgraph.import_xlsx if kind == "xlsx" else govgraph.import_docx
    result = reader(args.table, base=base, aliases=args.aliases, default_level=args.default_level,
                    source=args.source or "", keep_apart=args.keep_apart)
    counts = _severity_counts(result.diagnostics)
    return _finish_import(
        args, result.register, _format_diagnostics(result.diagnostics),
        f"{len(result.register.meetings)} meetings; {counts['error']} not understood, "
        f"{counts['warning']} warnings, {counts['info']} notes\n",
        f"{counts['error']} cell(s) not understood" if result.has_errors else None)


def _cell(value: Any) -> Any:
    """A value for a CSV, table or workbook cell: lists joined with "; ", None empty."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _rows_text(rows: List[Dict[str, Any]], columns: List[str], fmt: str, table_columns: List[str]) -> str:
    """Rows as JSON (a list of objects), CSV (every column) or an aligned table (`table_columns`)."""
    out = io.StringIO()
    if fmt == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: _cell(r.get(c)) for c in columns} for r in rows)
    else:
        cells = [[f"{v:.2f}" if isinstance(v, float) else str(v) for v in (_cell(r.get(c)) for c in table_columns)]
                 for r in rows]
        widths = [min(max([len(c)] + [len(row[i]) for row in cells]), 48) for i, c in enumerate(table_columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(table_columns, widths)).rstrip() + "\n")
        for row in cells:
            out.write("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w)
                                for v, w in zip(row, widths)).rstrip() + "\n")
    return out.getvalue()


def _workbook(tables: Dict[str, Tuple[List[Dict[str, Any]], List[str]]]) -> bytes:
    """An Excel workbook, one sheet per table: a bold, frozen header row and columns wide enough to read."""
    openpyxl = require("openpyxl", "--format xlsx")
    from openpyxl.styles import Font  # type: ignore[import]
    from openpyxl.utils import get_column_letter  # type: ignore[import]

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (rows, columns) in tables.items():
        sheet = book.create_sheet(title=name[:31])
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for r in rows:
            sheet.append([_cell(r.get(c)) for c in columns])
        for number, column in enumerate(columns, start=1):
            longest = max([len(column)] + [len(str(_cell(r.get(column)))) for r in rows])
            sheet.column_dimensions[get_column_letter(number)].width = min(longest, 60) + 2
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_result(args: argparse.Namespace, result: Any, report: Optional[str] = None,
                  tables: Optional[Dict[str, Any]] = None) -> int:
    """Writes an analysis result in ``--format`` to ``-o`` (default: standard output).

    ``table``: the report, or the default table aligned in columns when there is no report or ``--table``
    names one; ``csv``: one table (the default or ``--table``); ``json``: an object of every table (or
    just ``--table``), each a list of rows; ``xlsx``: a workbook with a sheet per table (``-o`` needed).
    The tables are those of ``govgraph.analysis.records``, the rows of ``to_pandas()``, unless ``tables``
    (name: a function giving rows and columns) says otherwise."""
    if tables is None:
        tables = {n: (lambda n=n: govgraph.analysis.records(result, n)) for n in govgraph.analysis.table_names(result)}
    names = list(tables)
    chosen = getattr(args, "table", None)
    if chosen is not None and chosen not in names:
        raise govgraph.InvalidInputError(f"--table: no table {chosen!r} here; choose one of {', '.join(names)}")
    chosen_names = [chosen] if chosen else names
    output = args.output if args.output not in (None, "-") else None
    if args.format == "xlsx":
        if output is None:
            raise govgraph.InvalidInputError("--format xlsx writes a workbook: give -o FILE.xlsx")
        write_bytes(output, _workbook({n: tables[n]() for n in chosen_names}))
        return 0
    if args.format == "json":
        text = json.dumps({n: tables[n]()[0] for n in chosen_names}, indent=2, ensure_ascii=False,
                          default=str) + "\n"
    elif args.format == "table" and report is not None and chosen is None:
        text = report
    else:
        rows, columns = tables[chosen_names[0]]()
        text = _rows_text(rows, columns, args.format, columns)
    if output is None:
        sys.stdout.write(text)
    else:
        write_text(output, text)
    return 0


def _burden(args: argparse.Namespace) -> int:
    reg = _load(args)
    b = govgraph.burden(reg, preparation_hours_per_sitting=args.preparation)
    lines = [f"{reg.info.title or 'Governance register'}: people-hours a year (known cadences)"]
    for o in b.organisations:
        unknown = f" + {len(o.unknown_cadence)} meeting(s) of unknown frequency" if o.unknown_cadence else ""
        lines.append(f"  {reg.organisation(o.organisation).name}: {o.seat_hours:g} h{unknown}")
    lines.append(f"  Total: {b.meeting_hours:g} meeting hours, {b.seat_hours:g} people-hours; "
                 f"{len(b.unknown_cadence)} meeting(s) not counted (cadence unknown)")
    return _write_result(args, b, "\n".join(lines) + "\n")


def _what_if(args: argparse.Namespace) -> int:
    reg = _load(args)
    result = govgraph.what_if(reg, args.changes)
    return _write_result(args, result, result.format())


def _lookup_ids(reg: Any, kind: str, names: Sequence[str], option: str) -> List[str]:
    """The ids of the register's organisations, meetings or topics (`kind`) given by id, name or alias,
    as the register's own look-up reads them; an unknown one names the option."""
    ids = []
    for name in names:
        try:
            ids.append(getattr(reg, kind)(getattr(reg, "lookup_" + kind)(name)).id)
        except govgraph.NotFoundError:
            raise govgraph.NotFoundError(f"{option}: no {kind} is called {name!r} (by id, name or alias)") from None
    return ids


def _role_clarity(args: argparse.Namespace) -> int:
    reg = _load(args)
    result = govgraph.role_clarity(reg, args.rules) if args.rules else govgraph.role_clarity(reg)
    return _write_result(args, result, govgraph.format_role_clarity(result))


def _influence(args: argparse.Namespace) -> int:
    reg = _load(args)
    return _write_result(args, govgraph.influence(govgraph.PartnershipGraph(reg)))


def _actor(reg: Any, text: str, register: str) -> str:
    """The actor ``reach`` takes: "organisation:ID" and "role:ID" as given; otherwise an organisation
    (failing that, a role) by id, name or alias. A role held in an organisation stands for that
    organisation, as it does in the partnership graph ("PCC" is the OPCC)."""
    if text.startswith(("organisation:", "role:")):
        return text
    try:
        return _lookup_ids(reg, "organisation", [text], "ORG")[0]
    except govgraph.NotFoundError:
        pass
    try:
        role = reg.role(reg.find_role(_lookup_ids(reg, "role", [text], "ORG")[0]))
        return role.organisation or "role:" + role.id
    except govgraph.NotFoundError:
        pass
    raise govgraph.NotFoundError(
        f"ORG: no organisation or role in {register} is called {text!r} (by id, name or alias)")


def _reach(args: argparse.Namespace) -> int:
    reg = _load(args)
    actor = _actor(reg, args.organisation, args.register)
    return _write_result(args, govgraph.reach(govgraph.PartnershipGraph(reg), actor))


def _clusters(args: argparse.Namespace) -> int:
    reg = _load(args)
    return _write_result(args, govgraph.cluster_overlaps(govgraph.find_overlaps(reg, min_score=args.min_score,
                                                                                progress=_progress(args))))


_COSTS = {"meetings": "MEETINGS", "meeting-hours": "MEETING_HOURS", "seat-hours": "SEAT_HOURS"}


def _rationalise(args: argparse.Namespace) -> int:
    reg = _load(args)
    result = govgraph.rationalise(reg, cost=getattr(govgraph.RationalisationCost, _COSTS[args.cost]),
                                  keep=_lookup_ids(reg, "meeting", args.keep, "--keep"))
    return _write_result(args, result, govgraph.format_rationalisation(result))


def _engagement_plan(args: argparse.Namespace) -> int:
    reg = _load(args)
    result = govgraph.engagement_plan(reg, args.changes,
                                      cc_organisations=_lookup_ids(reg, "organisation", args.cc, "--cc"))
    return _write_result(args, result, result.format())


def _portfolio(args: argparse.Namespace) -> int:
    reg = _load(args)
    priorities = _lookup_ids(reg, "topic", args.priority, "--priority")
    result = (govgraph.portfolio(reg, priorities=priorities) if args.min_score is None
              else govgraph.portfolio(reg, priorities=priorities, min_score=args.min_score))
    return _write_result(args, result, govgraph.format_portfolio(result))


def _as_of(text: Optional[str]) -> Optional[datetime.date]:
    """``--as-of`` as a date (None when not given), or InvalidInputError naming the option."""
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise govgraph.InvalidInputError(f"--as-of: {text!r} is not a date (YYYY-MM-DD)") from None


def _pillar_leads(args: argparse.Namespace) -> int:
    reg = _load(args)
    result: Any = govgraph.pillar_leads(reg, meeting=args.meeting or "", as_of=_as_of(args.as_of))
    rows, _ = govgraph.analysis.records(result, "pillars")
    lines = [f"Pillar leads of {reg.meeting(result.meeting).name}"]
    lines += [f"  {r['pillar']}: {r['lead'] or 'no lead'}" for r in rows]
    status = _write_result(args, result, "\n".join(lines) + "\n")
    return 1 if len(result.unled) else status


def _reporting_lines(args: argparse.Namespace) -> int:
    result = govgraph.reporting_lines(_load(args))
    return _write_result(args, result, govgraph.format_reporting_lines(result))


def _overlaps(args: argparse.Namespace) -> int:
    reg = _load(args)
    # Only what was given: the library's defaults, and its rule for large registers, apply otherwise.
    given = {k: v for k, v in (("min_score", args.min_score), ("top_k", args.top_k)) if v is not None}
    result = govgraph.find_overlaps(reg, progress=_progress(args), **given)
    if args.format == "csv" and getattr(args, "table", None) in (None, "pairs"):
        return _write_overlaps_csv(args, result)
    if args.format != "table":
        return _write_result(args, result)
    # A table is for reading: the strongest pairs, and how to have the rest. Rows are made for those shown only.
    columns = result.columns()
    total = len(result)
    shown = govgraph.overlap.rows_from_columns(
        columns if args.limit == 0 else {name: values[:args.limit] for name, values in columns.items()})
    report = _rows_text(shown, govgraph.overlap.OVERLAP_COLUMNS, "table",
                        ["score", "a_name", "b_name", "participants", "topics", "shared_participants",
                         "shared_terms"])
    if len(shown) < total:
        report += (f"The {len(shown):,} highest-scoring of {total:,} pairs; --limit 0 shows every one, "
                   "--format csv -o FILE writes them all.\n")
    report += f"{total:,} pairs: {result.rule.describe()}\n"
    return _write_result(args, result, report)


# Pairs made into rows at a time when a CSV of overlaps is written: enough to keep the writer busy, few
# enough that a national register's millions of pairs never become Python objects all at once.
_CSV_CHUNK_PAIRS = 50_000


def _write_overlaps_csv(args: argparse.Namespace, result: Any) -> int:
    """Every pair as CSV (the columns of ``to_pandas()``), written a chunk of pairs at a time."""
    columns = govgraph.overlap.OVERLAP_COLUMNS

    def write(out: Any) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for start in range(0, len(result), _CSV_CHUNK_PAIRS):
            chunk = result.columns(start, start + _CSV_CHUNK_PAIRS)
            writer.writerows(zip(*(chunk[c].tolist() if hasattr(chunk[c], "tolist") else chunk[c]
                                   for c in columns)))

    output = args.output if args.output not in (None, "-") else None
    if output is None:
        write(sys.stdout)
    else:
        write_text_from(output, write)
    return 0


def _consumed(args: argparse.Namespace) -> int:
    # The review's consumed meetings: decided jointly, so each is covered only by meetings that are kept.
    review = govgraph.review(_load(args), progress=_progress(args))
    rows = [r for r in review.finding_rows() if r["kind"] == "consumed"]
    report = _rows_text(rows, govgraph.findings.FINDING_COLUMNS, "table",
                        ["meetings", "covered_by", "confidence", "evidence", "caveat"])
    return _write_result(args, review, report, tables={"consumed": lambda: (rows, govgraph.findings.FINDING_COLUMNS)})


def _review_text(review: Any) -> str:
    """The review as a readable list: the findings, the meetings that cannot be judged, the proposal."""
    out = io.StringIO()

    def line(text: str = "") -> None:
        out.write(text + "\n")

    reg = review.register
    findings = review.finding_rows()
    counts: Dict[str, int] = {}
    for f in findings:
        counts[f["kind"]] = counts.get(f["kind"], 0) + 1
    title = reg.info.title or "The register"
    line(f"{title}: {len(reg.meetings)} meetings")
    what = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items()) or "no findings"
    line(f"Findings: {what}; {len(review.cannot_judge)} meeting(s) cannot be judged")
    for number, f in enumerate(findings, start=1):
        line()
        line(f"{number}. {f['kind'].replace('_', ' ')}: {f['meetings']}  (confidence {f['confidence']:.2f})")
        line(textwrap.fill(f["summary"], width=100, initial_indent="   ", subsequent_indent="   "))
        if f["evidence"]:
            line(textwrap.fill("Evidence: " + f["evidence"], width=100, initial_indent="   ",
                                subsequent_indent="     "))
        if f["caveat"]:
            line(textwrap.fill("Caveat: " + f["caveat"], width=100, initial_indent="   ", subsequent_indent="     "))
    if review.cannot_judge:
        line()
        line("Cannot judge (too little recorded; never proposed to stop):")
        for c in review.cannot_judge_rows():
            line(f"   {c['name']}: no {c['missing']}")
    if review.proposal:
        line()
        line("Proposal (each covered only by meetings that are kept):")
        for p in review.proposal_rows():
            verb = "confirm removing" if p["already_to_be_removed"] else "stop"
            line(f"   {verb} {p['name']}: covered by {p['covered_by']}")
    return out.getvalue()


def _findings(args: argparse.Namespace) -> int:
    review = govgraph.review(_load(args), min_score=args.min_score, progress=_progress(args))
    return _write_result(args, review, _review_text(review))


def _graph(args: argparse.Namespace) -> int:
    reg = _load(args)
    text = govgraph.to_graphml(reg) if args.format == "graphml" else govgraph.to_dot(reg)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        write_text(args.output, text)
    return 0


def _report(args: argparse.Namespace) -> int:
    reg = _load(args)
    if not args.no_charts:
        matplotlib = require("matplotlib", "the report's charts (or give --no-charts)")
        matplotlib.use("Agg")
    from govgraph import report

    report.write_report(reg, args.output, title=args.title, min_score=args.min_score, plots=not args.no_charts,
                        progress=_progress(args),
                        rules=args.rules, changes=args.changes, plan=args.plan, year=_checked_year(args.year),
                        skills=args.skills, framework=args.framework, forward_plan=args.forward_plan,
                        actions=args.actions, as_of=args.as_of)
    return 0


def _write_register(reg: Any, output: str) -> None:
    if output == "-":
        sys.stdout.write(govgraph.dumps_json(reg))
    else:
        govgraph.save_json(reg, output)


def _merge(args: argparse.Namespace) -> int:
    a = govgraph.load_json(args.a)
    b = govgraph.load_json(args.b)
    labels = tuple(args.labels) if args.labels else ("a", "b")
    result = govgraph.merge_registers(a, b, confirm=args.confirm or [], reject=args.reject or [], prefer=args.prefer,
                                      labels=labels, min_score=args.min_score)
    return _report_edit(args, result, lambda: {
        name: getattr(result, name).rows()
        for name in ("matches", "near_misses", "conflicts", "renamed", "cross_overlaps")})


def _report_edit(args: argparse.Namespace, result: Any, tables: Callable[[], Dict[str, Any]]) -> int:
    """An edit's report, as text or (``--format json``) its tables, then the edited register to ``-o``.
    The report goes to standard error when the register goes to standard output."""
    report = sys.stdout if args.output != "-" else sys.stderr
    if args.format == "json":
        json.dump(tables(), report, indent=2, ensure_ascii=False)
        report.write("\n")
    else:
        report.write(result.format())
    _write_register(result.register, args.output)
    return 0


def _apply_org_changes(args: argparse.Namespace) -> int:
    reg = _load(args)
    result = govgraph.apply_organisation_changes(reg, args.changes, as_of=args.as_of)
    return _report_edit(args, result, lambda: {
        "created": list(result.created), "dissolved": list(result.dissolved), "renamed": list(result.renamed),
        "not_yet": list(result.not_yet), "moves": result.moves.rows()})


def _composition(args: argparse.Namespace) -> int:
    reg = _load(args)
    if args.changes:
        reg = govgraph.apply_organisation_changes(reg, args.changes).register
    result = govgraph.panel_composition(reg, panel=args.panel or "", councils=args.council or [],
                                        co_opted_resolution=args.co_opted)
    status = _write_result(args, result, govgraph.format_panel_composition(result))
    return 1 if result.verdict == "unlawful" else status


def _skills(args: argparse.Namespace) -> int:
    result = govgraph.skills_audit(args.audit, args.framework, as_of=args.as_of, train_by=args.train_by,
                                   holders_wanted=args.holders)
    status = _write_result(args, result, govgraph.format_skills_audit(result))
    return 1 if result.gaps else status


def _actions(args: argparse.Namespace) -> int:
    reg = _load(args) if args.register else None
    result = govgraph.action_progress(args.plan, reg, as_of=_as_of(args.as_of), due_soon_days=args.due_soon)
    status = _write_result(args, result, govgraph.format_action_progress(result))
    return 1 if result.overdue else status


# `govgraph forward-plan REGISTER PLAN FORWARD_PLAN`: a panel's agenda items per sitting, checked against the
# register and the cycle plan (docs/panel.md). Exit 1 on problems; notes alone exit 0.
_FORWARD_PLAN_TABLES = ("findings", "pillars", "agenda", "coverage")


def _forward_plan(args: argparse.Namespace) -> int:
    kind = _json_kind(args.forward_plan)
    if kind is not None:
        _, found, where = _JSON_KINDS[kind]
        raise govgraph.InvalidInputError(f"{args.forward_plan}: {found}, not a forward plan; {where}")
    reg = _load(args)
    check = govgraph.check_forward_plan(reg, args.plan, args.forward_plan, year=_checked_year(args.year),
                                        max_thematic_per_sitting=args.max_thematic,
                                        spread_over_halves=not args.no_halves)
    tables = {name: (lambda name=name: govgraph.calendar.forward_plan_records(check, name))
              for name in _FORWARD_PLAN_TABLES}
    status = _write_result(args, check, govgraph.format_forward_plan_check(check), tables)
    return 1 if not check.ok else status


def _add_forward_plan_command(commands: Any) -> None:
    forward_plan = commands.add_parser(
        "forward-plan", help="check a panel's forward plan: pillars, thematic items, KLOEs, pre-meetings, reports",
        description="Check a panel's forward plan (agenda items per sitting; see docs/panel.md) against the register "
                    "and its cycle plan: every pillar of the Police and Crime Plan scrutinised in the year, thematic "
                    "items spread over the sittings and the halves of the year, each with key lines of enquiry and "
                    "a pre-meeting, items at sittings the cycle plan has, and each report scrutinised at one "
                    "sitting. Exits 1 on a problem; notes (a thematic item with no pre-meeting, an item not led by "
                    "its pillar's lead) do not fail.")
    forward_plan.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    forward_plan.add_argument("plan", metavar="PLAN.json", help="the cycle plan whose sittings the forward plan names")
    forward_plan.add_argument("forward_plan", metavar="FORWARD_PLAN.json", help="the forward plan")
    forward_plan.add_argument("--year", type=int,
                              help="the year to check (default: the forward plan's, else the cycle plan's)")
    forward_plan.add_argument("--max-thematic", type=int, default=2, metavar="N",
                              help="more thematic items than this at one sitting is a problem (default 2)")
    forward_plan.add_argument("--no-halves", action="store_true",
                              help="do not require each pillar's thematic items in both halves of the year")
    _add_output_arguments(forward_plan, _FORWARD_PLAN_TABLES)
    forward_plan.set_defaults(run=_forward_plan)


def _load(args: argparse.Namespace) -> Any:
    """The command's register (``args.register``), with a progress bar for a large one unless --no-progress."""
    return govgraph.load_json(args.register, progress=_progress(args))


def _progress(args: argparse.Namespace) -> Optional[bool]:
    """The library's progress argument: None (a bar when standard error is a terminal), or False."""
    return False if getattr(args, "no_progress", False) else None


def _count(text: str) -> int:
    """A whole number, zero or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


def _size(text: str) -> int:
    """A positive count, optionally with a K, M or G (binary) suffix: 500M, 4G."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    digits, unit = (text[:-1], units[text[-1].lower()]) if text and text[-1].lower() in units else (text, 1)
    try:
        value = int(digits.replace("_", "").replace(",", "")) * unit
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _add_output_arguments(parser: argparse.ArgumentParser, tables: Sequence[str] = ()) -> None:
    """--format table|csv|json|xlsx, -o FILE and, for a result with several tables, --table."""
    parser.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table",
                        help="table (default): the report, or the table aligned in columns; csv: one table; "
                             "json: every table as lists of rows; xlsx: a workbook, a sheet per table (needs -o)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write ('-' or absent: standard output)")
    if len(tables) > 1:
        parser.add_argument("--table", metavar="NAME",
                            help=f"one table: {', '.join(tables)} (csv and table default to {tables[0]}; "
                                 "json and xlsx hold them all)")


def _add_analysis(commands: Any, name: str, run: Any, help: str, description: str,
                  tables: Sequence[str] = ()) -> argparse.ArgumentParser:
    """A subcommand for one analysis of a register, with the output arguments."""
    parser = commands.add_parser(name, help=help, description=description)
    parser.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    _add_output_arguments(parser, tables)
    parser.set_defaults(run=run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govgraph",
        description="Map public-sector partnership governance as a graph.",
    )
    parser.add_argument("--version", action="version", version=f"govgraph {govgraph.__version__}")
    limits = parser.add_argument_group(
        "input limits", "how much any reader accepts (docs/reliability.md); give them before the command")
    defaults = govgraph.InputLimits()
    limits.add_argument("--max-bytes", type=_size, metavar="N",
                        help=f"bytes of one input file (default {defaults.max_bytes >> 20}M; K, M and G allowed)")
    limits.add_argument("--max-rows", type=_size, metavar="N",
                        help=f"rows of a table, entries of one JSON list, elements of an XML file "
                             f"(default {defaults.max_rows:,})")
    limits.add_argument("--max-depth", type=_size, metavar="N",
                        help=f"levels of JSON or XML nesting (default {defaults.max_depth})")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (one is drawn on standard error, when it is a terminal, for a "
                             "search that takes more than half a second); give it before the command")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    summary = commands.add_parser(
        "summary",
        help="summarise a register",
        description="Print meetings, organisations, roles, areas, leads and the hours a year a register implies.",
    )
    summary.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    summary.add_argument("--json", action="store_true", help="print the figures as JSON")
    summary.set_defaults(run=_summary)

    burden = _add_analysis(commands, "burden", _burden, "hours a year per organisation",
                           "Print the people-hours a year a register asks of each meeting, organisation and role.",
                           ["meetings", "organisations", "roles", "levels", "leads"])
    burden.add_argument("--preparation", type=float, default=0.0, metavar="HOURS",
                        help="preparation hours per seat per sitting")

    what_if = _add_analysis(commands, "what-if", _what_if, "apply a change set and report what is lost and saved",
                            "Apply a change set (JSON) to a copy of a register and report topics, areas, links "
                            "and statutory duties lost, and hours saved.", ["hours", "lost", "meetings"])
    what_if.add_argument("changes", metavar="CHANGES.json", help="a change set (see docs/analyses.md)")

    role_clarity = _add_analysis(
        commands, "role-clarity", _role_clarity, "meetings with no lead, joint or absent leads, duplicated attendance",
        "Report each meeting with no lead, a joint lead, a lead that does not attend, or two organisations that "
        "should split the work both attending; with --rules, the engagement rules each meeting breaks.",
        ["issues", "violations"])
    role_clarity.add_argument("--rules", metavar="RULES.json",
                              help="engagement rules: who should attend which meetings (see docs/analyses.md)")

    _add_analysis(commands, "influence", _influence, "each actor's ties, centrality and whether it is a broker",
                  "One row per actor (organisation, or role with no organisation): partners met, tie strength, "
                  "betweenness, eigenvector centrality, and whether the network splits without it.")

    reach = _add_analysis(commands, "reach", _reach,
                          "the meetings that reach partners an organisation meets nowhere else",
                          "For one organisation (or role), each meeting with partners there it does not otherwise "
                          "meet, most first.")
    reach.add_argument("organisation", metavar="ORG",
                       help='the organisation by id, name or alias ("role:ID" for a role with no organisation)')

    clusters = _add_analysis(commands, "clusters", _clusters, "families of mutually overlapping meetings",
                             "One row per meeting in a family of overlapping meetings, largest family first, with "
                             "the family's representative and mean score.")
    clusters.add_argument("--min-score", type=float, help="pairs scoring at least this, in (0, 1] (default 0.3, or 0.5 on a register of more than 1,000 meetings)")

    rationalise = _add_analysis(
        commands, "rationalise", _rationalise, "the fewest (or cheapest) meetings that keep every topic and link",
        "Propose the smallest or cheapest set of meetings that keeps every topic in every area and every partner "
        "link covered; each meeting to stop comes with the kept meetings that cover it.",
        ["meetings", "requirements"])
    rationalise.add_argument("--keep", metavar="MEETING", action="append", default=[],
                             help="a meeting to keep whatever it costs, by id, name or alias; repeat for more")
    rationalise.add_argument("--cost", choices=list(_COSTS), default="meetings",
                             help="what to minimise: meetings (default), meeting-hours or seat-hours a year")

    engagement = _add_analysis(
        commands, "engagement-plan", _engagement_plan, "who to tell about a change set, and how",
        "Everyone affected by a change set, each on a channel: letters, copies to boards, agenda items, internal "
        "briefings, the force executive, the intranet and the OPCC.", ["actions", "meetings"])
    engagement.add_argument("changes", metavar="CHANGES.json", help="a change set, as for what-if")
    engagement.add_argument("--cc", metavar="ORG", action="append", default=[],
                            help="an organisation whose boards are copied in (id, name or alias); repeat for more")

    portfolio = _add_analysis(
        commands, "portfolio", _portfolio, "initiatives against priorities: coverage, overlaps, gaps",
        "Map initiatives to the plan's priorities: priorities with no initiative, overlapping initiatives, and "
        "initiatives with no lead, dates or priority.", ["initiatives", "priorities", "overlaps"])
    portfolio.add_argument("--priority", metavar="TOPIC", action="append", default=[],
                           help="a priority topic (id, name or alias; default: topics marked as priorities, else "
                                "the top-level topics); repeat for more")
    portfolio.add_argument("--min-score", type=float, help="initiative overlaps scoring at least this")

    pillar_leads = _add_analysis(
        commands, "pillar-leads", _pillar_leads, "each Police and Crime Plan pillar and the panel member who leads it",
        "One row per pillar and lead member, from the members' seats (docs/panel.md); exit 1 when a pillar has no "
        "lead.", ["pillars"])
    pillar_leads.add_argument("--meeting", metavar="ID", help="the panel (default: the only meeting with members)")
    pillar_leads.add_argument("--as-of", metavar="YYYY-MM-DD", help="leave out members whose term does not cover it")

    _add_analysis(commands, "reporting-lines", _reporting_lines, "who reports to whom, and orphaned meetings",
                  "One row per meeting: what it reports to, its depth, root and escalation path, and whether a "
                  "tactical or operational meeting reaches no strategic one.")

    overlaps = commands.add_parser(
        "overlaps", help="pairs of meetings that overlap, with explanations",
        description="One row per overlapping pair of meetings, both names in the row, with per-signal scores.")
    overlaps.add_argument("register", metavar="REGISTER.json")
    overlaps.add_argument("--min-score", type=float, metavar="S",
                          help="report pairs scoring at least this, in (0, 1] (default 0.3, or 0.5 on a register of more than 1,000 meetings)")
    overlaps.add_argument("--top-k", type=int, metavar="K",
                          help="keep a pair only if it is among the K strongest of one of its meetings (0: every "
                               "pair; default: every pair up to 1,000 meetings, the 10 strongest of each beyond); "
                               "the table's last line states the rule")
    overlaps.add_argument("--limit", type=_count, default=100, metavar="N",
                          help="the table shows the N highest-scoring pairs (default 100; 0: every one); "
                               "csv, json and xlsx hold every pair")
    _add_output_arguments(overlaps)
    overlaps.set_defaults(run=_overlaps)

    findings = commands.add_parser(
        "findings", help="typed findings: duplicates, consumed meetings, joint-board candidates, hierarchies",
        description="The register reviewed: each finding typed (duplicate, consumed, same function in other "
                    "areas, parent and sub-group) with its evidence, confidence and caveat; the meetings that "
                    "cannot be judged; and one consistent proposal of meetings to stop.")
    findings.add_argument("register", metavar="REGISTER.json")
    findings.add_argument("--min-score", type=float,
                          help="where a pair becomes a candidate, in (0, 1] (default 0.3, or 0.5 on a register of more than 1,000 meetings)")
    _add_output_arguments(findings, ("findings", "cannot_judge", "proposal"))
    findings.set_defaults(run=_findings)

    consumed = commands.add_parser(
        "consumed", help="meetings whose purpose is consumed by others",
        description="One row per consumed meeting, with the kept meetings that cover it (decided jointly "
                    "with the other consumed meetings, as in `govgraph findings`).")
    consumed.add_argument("register", metavar="REGISTER.json")
    _add_output_arguments(consumed)
    consumed.set_defaults(run=_consumed)

    calendar = commands.add_parser(
        "calendar",
        help="write the meeting cycle as an iCalendar (.ics) file",
        description="Expand the register's meetings into dated sittings over a year and write them as iCalendar.",
    )
    _add_cycle_arguments(calendar)
    calendar.add_argument("-o", "--output", metavar="FILE.ics", required=True,
                          help="where to write the calendar ('-' for standard output)")
    calendar.add_argument("--name", help="the calendar's name (default: the register's title and the period)")
    calendar.set_defaults(run=_calendar)

    check_cycle = commands.add_parser(
        "check-cycle",
        help="check the meeting cycle; exit 1 on problems",
        description="Check statutory windows, scrutiny after publication, clashes and sittings on non-working days.",
    )
    _add_cycle_arguments(check_cycle)
    check_cycle.set_defaults(run=_check_cycle)

    importer = commands.add_parser(
        "import",
        help="import a register table (CSV, Excel or Word), a Popolo JSON document or ModernGov XML",
        description="Turn a register table (one row a meeting), a Popolo JSON document, or ModernGov web-service "
                    "XML into a register, printing what was not understood.",
    )
    importer.add_argument("table", metavar="FILE", nargs="+",
                          help="the table, as CSV (UTF-8), an Excel workbook (.xlsx) or a Word paper (.docx); a Popolo "
                               "JSON document; or ModernGov XML responses, "
                               "several at once")
    importer.add_argument("-o", "--output", required=True, metavar="REGISTER.json",
                          help="where to write the register ('-' for standard output)")
    importer.add_argument("--strict", action="store_true",
                          help="exit 1 and write nothing when anything is not understood")
    importer.add_argument("--aliases", metavar="FILE", help="your own alias table (CSV or JSON) over the shipped one")
    importer.add_argument("--keep-apart", metavar="NAME", action="append", default=[],
                          help="an organisation (as written, or its id) never merged with another when one body "
                               "written several ways is read as one; repeat for more")
    importer.add_argument("--base", metavar="REGISTER.json",
                          help="a register whose areas, organisations, roles and people names resolve to")
    importer.add_argument("--default-level", choices=["strategic", "tactical", "operational", "unknown"],
                          help="the level of meetings whose row does not say")
    importer.add_argument("--source", help="recorded as each meeting's attributes.source")
    importer.add_argument("--council", metavar="NAME",
                          help="ModernGov XML: the council or panel that publishes the committees")
    importer.add_argument("--council-kind", default="local_authority", metavar="KIND",
                          help="ModernGov XML: its organisation kind (default local_authority; "
                               "e.g. police_and_crime_panel)")
    importer.set_defaults(run=_import)

    graph = commands.add_parser(
        "graph", help="write the partnership graph as GraphML or DOT",
        description="Write the partnership graph (organisations and roles joined to the meetings they take part "
                    "in) as GraphML (Gephi, yEd, Cytoscape) or Graphviz DOT.")
    graph.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    graph.add_argument("--format", choices=["graphml", "dot"], default="graphml")
    graph.add_argument("-o", "--output", required=True, metavar="FILE",
                       help="where to write the graph ('-' for standard output)")
    graph.set_defaults(run=_graph)

    report = commands.add_parser(
        "report", help="write a report that concludes, as HTML, Word or PDF, with charts",
        description="Write the findings and recommendations, then the evidence: the summary, network map, "
                    "findings in detail, overlaps, consumed meetings, hours a year, role clarity, the "
                    "collaboration portfolio and topic coverage; with --changes what a change set saves and "
                    "loses, with --plan the year's meeting cycle checked. REPORT.html is one self-contained "
                    "page; REPORT.docx a Word document to paste from.")
    report.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    report.add_argument("-o", "--output", required=True, metavar="REPORT.html|REPORT.docx|REPORT.pdf",
                        help="where to write the report (HTML, Word or PDF, by the suffix)")
    report.add_argument("--title", help="the report's heading (default: the register's title)")
    report.add_argument("--min-score", type=float, help="report overlaps scoring at least this (default 0.3, or 0.5 on a register of more than 1,000 meetings)")
    report.add_argument("--rules", metavar="RULES.json", help="engagement rules to check role clarity against")
    report.add_argument("--changes", metavar="CHANGES.json", help="a change set to weigh (what-if)")
    report.add_argument("--plan", metavar="PLAN.json", help="a cycle plan: check the year's meeting cycle")
    report.add_argument("--year", type=int, help="the year of the cycle (default: the plan's year, else this year)")
    panel = report.add_argument_group("a police and crime panel's business (docs/panel.md)")
    panel.add_argument("--skills", metavar="AUDIT.csv", help="the members' skills audit (with --framework)")
    panel.add_argument("--framework", metavar="FRAMEWORK.json", help="the skills framework the audit is read against")
    panel.add_argument("--forward-plan", metavar="FORWARD_PLAN.json",
                       help="the panel's forward plan, checked against --plan")
    panel.add_argument("--actions", metavar="ACTIONS.json", help="an action plan: its progress")
    panel.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day the skills and actions are judged on "
                                                              "(default today)")
    report.add_argument("--no-charts", action="store_true", help="leave the charts out (a smaller, quicker report)")
    report.set_defaults(run=_report)

    exporter = commands.add_parser(
        "export",
        help="write a register as Popolo JSON (or native JSON)",
        description="Write the register as a Popolo JSON document (docs/popolo.md) or in the native format.",
    )
    exporter.add_argument("register", metavar="REGISTER.json")
    exporter.add_argument("--format", choices=["popolo", "json"], default="popolo",
                          help="popolo (default) or json (the native format)")
    exporter.add_argument("-o", "--output", metavar="FILE", help="where to write ('-' or absent: standard output)")
    exporter.add_argument("--year", type=int, help="write the sittings of this year as Popolo events")
    exporter.add_argument("--plan", metavar="PLAN.json",
                          help="a cycle plan for the sittings (docs/meeting-cycle.md); its year unless --year")
    exporter.set_defaults(run=_export)

    merge = commands.add_parser(
        "merge", help="merge two registers and report matches, near misses, conflicts and overlaps",
        description="Merge register B into register A. Entities match by id, shared identifier, alias or "
                    "normalised name; similar names are reported as near misses, not merged.")
    merge.add_argument("a", metavar="A.json", help="register A (its values win conflicts unless --prefer b)")
    merge.add_argument("b", metavar="B.json", help="register B")
    merge.add_argument("-o", "--output", required=True, metavar="MERGED.json",
                       help="where to write the merged register ('-' for standard output; the report then goes "
                            "to standard error)")
    merge.add_argument("--confirm", action="append", metavar="A_ID=B_ID",
                       help="merge this pair although no rule matched it (repeatable)")
    merge.add_argument("--reject", action="append", metavar="A_ID=B_ID", help="never merge this pair (repeatable)")
    merge.add_argument("--prefer", choices=["a", "b"], default="a", help="whose value is kept on a conflict")
    merge.add_argument("--labels", nargs=2, metavar=("LABEL_A", "LABEL_B"),
                       help="each side's label: prefixes clashing ids and fills merged_from (default: a b)")
    merge.add_argument("--min-score", type=float,
                       help="cross-register overlaps scoring at least this (default 0.3, or 0.5 on a register of more than 1,000 meetings)")
    merge.add_argument("--format", choices=["table", "json"], default="table")
    merge.set_defaults(run=_merge)

    org_changes = commands.add_parser(
        "apply-org-changes", help="apply organisation mergers, splits, renames and dissolutions",
        description="Move the memberships of merged, split or dissolved organisations to their successors and "
                    "print what moved.")
    org_changes.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    org_changes.add_argument("changes", metavar="CHANGES.json", help="organisation changes (see docs/merging.md)")
    org_changes.add_argument("-o", "--output", required=True, metavar="OUT.json",
                             help="where to write the changed register ('-' for standard output)")
    org_changes.add_argument("--as-of", metavar="YYYY-MM-DD", help="apply only the changes effective by this date")
    org_changes.add_argument("--format", choices=["table", "json"], default="table")
    org_changes.set_defaults(run=_apply_org_changes, takes={"changes": "organisation-changes"})

    composition = _add_analysis(
        commands, "composition", _composition, help="check a police and crime panel's members against the law",
        description="Check a police and crime panel's members against Schedule 6 to the Police Reform and Social "
                    "Responsibility Act 2011, with each rule's legal source and the remedies. Exits 1 when a rule "
                    "is not met.", tables=("rules", "councils", "remedies", "summary"))
    composition.add_argument("--panel", metavar="MEETING", help="the panel meeting's id (default: the only panel)")
    composition.add_argument("--changes", metavar="CHANGES.json",
                             help="organisation changes to apply first (see docs/merging.md)")
    composition.add_argument("--council", action="append", metavar="ID",
                             help="a relevant local authority's id (repeat; default: found from the register)")
    composition.add_argument("--co-opted", type=int, metavar="N",
                             help="the number of co-opted members a resolution under paragraph 4(4) sets")
    composition.set_defaults(takes={"changes": "organisation-changes"})

    skills = commands.add_parser(
        "skills", help="a police and crime panel's skills audit: gaps, single holders, pillars and training",
        description="Read the members' skills audit (CSV or an Excel workbook: a row a member, a column a skill) "
                    "against a skills framework and report the gaps, the skills one member alone holds, each "
                    "pillar lead's cover and a training plan. Exits 1 when a skill is a gap.")
    skills.add_argument("audit", metavar="AUDIT.csv|AUDIT.xlsx", help="the members' levels, a row a member")
    skills.add_argument("--framework", metavar="FRAMEWORK.json",
                        help="a skills framework (default: the one shipped with govgraph; see docs/panel.md)")
    skills.add_argument("--as-of", metavar="YYYY-MM-DD", help="the audit's date (default: today)")
    skills.add_argument("--train-by", metavar="YYYY-MM-DD",
                        help="when training should be done (default: three months after --as-of)")
    skills.add_argument("--holders", type=int, default=2, metavar="N",
                        help="members wanted at the required level of each skill (default 2)")
    _add_output_arguments(skills, ("matrix", "gaps", "single_holders", "pillars", "training", "skills"))
    skills.set_defaults(run=_skills)

    actions = commands.add_parser(
        "actions", help="an action plan's progress: done, overdue, due soon",
        description="Report where each action of an action plan (see docs/panel.md) stands at a date: done, "
                    "dropped, overdue, due soon, open with no due date, or open; with --register, check the "
                    "meetings, organisations and topics it answers. Exits 1 when an action is overdue.")
    actions.add_argument("plan", metavar="PLAN.json", help="an action plan in govgraph's JSON format")
    actions.add_argument("--register", metavar="REGISTER.json",
                         help="check the ids the plan answers against this register and name them")
    actions.add_argument("--as-of", metavar="YYYY-MM-DD",
                         help="the date to judge at (default: the plan's as_of, else today)")
    actions.add_argument("--due-soon", type=int, default=30, metavar="DAYS",
                         help="an open action due within this many days is due soon (default 30)")
    _add_output_arguments(actions, ("actions", "counts"))
    actions.set_defaults(run=_actions, takes={"plan": "action-plan"})
    _add_forward_plan_command(commands)
    return parser


# The files a command reads, by argument name; an output may be none of them.
_INPUT_ARGUMENTS = ("register", "table", "a", "b", "changes", "plan", "base", "aliases", "rules", "audit",
                    "framework", "skills", "forward_plan", "actions")


def _refuse_overwriting_an_input(args: argparse.Namespace) -> None:
    """Raises InvalidInputError when ``-o`` names a file the command also reads: writing
    it would destroy the input before (or while) it is read."""
    output = getattr(args, "output", None)
    if not isinstance(output, str) or output == "-":
        return
    for name in _INPUT_ARGUMENTS:
        values = getattr(args, name, None)
        for value in values if isinstance(values, list) else [values]:
            if not isinstance(value, str) or value == "-":
                continue
            same = os.path.realpath(value) == os.path.realpath(output)
            if not same and os.path.exists(value) and os.path.exists(output):
                same = os.path.samefile(value, output)
            if same:
                raise govgraph.InvalidInputError(
                    f"{output}: the output is also an input ({value}); write to another file")


def _one_line(error: object) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Exit status: 0 done; 1 the command found problems (``check-cycle``) or
    refused to write (``--strict``); 2 bad input, a file that cannot be read or written, or a
    missing optional package, with one line on standard error naming the place; 3 an error inside
    govgraph (please report it); 130 interrupted."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        govgraph.set_input_limits(max_bytes=args.max_bytes, max_rows=args.max_rows, max_depth=args.max_depth)
        _refuse_overwriting_an_input(args)
        _refuse_the_wrong_kind_of_file(args)
        return int(args.run(args))
    except govgraph.GovgraphError as error:
        # One line: the library's message already names the file and place.
        print(f"govgraph: error: {_one_line(error)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"govgraph: error: {where}{_one_line(error.strerror or error)}", file=sys.stderr)
        return 2
    except UnicodeError as error:
        print(f"govgraph: error: not UTF-8 text: {_one_line(error)}", file=sys.stderr)
        return 2
    except ImportError as error:
        # An optional package is missing: the message names the Debian package that provides it.
        print(f"govgraph: error: {_one_line(error)}", file=sys.stderr)
        return 2
    except MemoryError:
        print("govgraph: error: out of memory (is the input far larger than a register?)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("govgraph: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the command line never shows a traceback
        print(f"govgraph: internal error: {type(error).__name__}: {_one_line(error)} "
              "(this is a bug in govgraph; please report it with the command that caused it)", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
