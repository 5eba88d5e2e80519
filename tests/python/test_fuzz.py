"""Property-based fuzzing from Python: every reader, writer and analysis, driven with
generated registers and hostile values.

The invariant: each call returns a result or raises a typed ``govgraph`` exception
(``GovgraphError`` and its subclasses), never crashes the interpreter, hangs, or
raises anything else. Generated registers that load are also checked to round-trip
through JSON and Popolo.

The number of cases is bounded for the test command (``GOVGRAPH_FUZZ_EXAMPLES``, 60
a property by default); the run is derandomised so that a failure reproduces, unless
``GOVGRAPH_FUZZ_RANDOM=1`` asks for fresh cases. docs/reliability.md gives the figures.
"""

from __future__ import annotations

import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any, Callable, Dict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govgraph
from conftest import SOURCE_DIR

EXAMPLES = int(os.environ.get("GOVGRAPH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize=os.environ.get("GOVGRAPH_FUZZ_RANDOM") != "1",
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
SLOWEST_CALL_SECONDS = 20.0

# --- strategies -----------------------------------------------------------------------------------

# Text as registers hold it, and as hostile files hold it: letters, punctuation that
# means something to the readers, quotes, control characters, non-ASCII, look-alikes.
ATOMS = ["Police", "Crime", "Board", "Panel", "PCC", "OPCC", "Constabulary", "CSP", "LSCB", "&", ",", ";", "/",
         "(", ")", '"', "'", "\\", "\n", "\t", "\u200b", "\uff30", "\u00e9", "e.g.", "members of", "the seven",
         "monthly", "quarterly", "except", "per year", "-", "0", "1e308", "NaN", "{", "[", "<", "%"]
text = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
                 st.lists(st.sampled_from(ATOMS), max_size=8).map(" ".join))
numbers = st.one_of(st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
                    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0, 1, 4, 12, 168, 169, 8784, 1e308]))

REGISTER_KEYS = ["schema_version", "info", "defaults", "areas", "organisations", "roles", "people", "topics",
                 "meetings", "initiatives", "id", "name", "kind", "level", "status", "lead", "chair", "purpose",
                 "participants", "organisation", "role", "person", "cadence", "per_year", "duration_hours",
                 "areas", "parent", "topics", "reports_to", "statutory", "aliases", "attributes", "seats",
                 "changes", "action", "meeting", "meetings", "rules", "organizations", "memberships", "posts",
                 "persons", "label", "cycle_plan_version", "year", "region", "publications"]
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), numbers, text),
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(st.one_of(st.sampled_from(REGISTER_KEYS), text), children, max_size=6)),
    max_leaves=30)


def json_text(value: Any) -> str:
    return json.dumps(value, allow_nan=True, ensure_ascii=False)


@st.composite
def register_documents(draw: Callable) -> Dict[str, Any]:
    """A register document in the native format: mostly valid, with hostile values mixed in."""
    def now_and_then(usual: st.SearchStrategy, hostile: st.SearchStrategy) -> Any:
        return draw(hostile) if draw(st.integers(0, 19)) == 0 else draw(usual)

    org_ids = draw(st.lists(st.sampled_from(["pcc", "opcc", "force", "council", "nhs", "fire", "x"]),
                            min_size=1, max_size=6, unique=True))
    area_ids = draw(st.lists(st.sampled_from(["bristol", "bath", "somerset", "north"]), max_size=3, unique=True))
    kinds = ["police", "police_and_crime_commissioner", "local_authority", "health", "voluntary", "other"]
    organisations = [{"id": now_and_then(st.just(i), text), "name": draw(text).strip() or i,
                      "kind": now_and_then(st.sampled_from(kinds), text)} for i in org_ids]
    areas = [{"id": a, "name": a.title()} for a in area_ids]
    meetings = []
    for n in range(draw(st.integers(0, 8))):
        participants = [{"organisation": now_and_then(st.sampled_from(org_ids), st.just("ghost"))}
                        for _ in range(draw(st.integers(0, 4)))]
        meeting: Dict[str, Any] = {"id": f"m{n}", "name": draw(text).strip() or f"Meeting {n}",
                                   "participants": participants}
        if draw(st.booleans()):
            meeting["cadence"] = now_and_then(st.sampled_from(["monthly", "quarterly", "bi-monthly", "ad hoc",
                                                               "4 times a year", "weekly", "every 2 years"]), text)
        if draw(st.booleans()):
            meeting["duration_hours"] = now_and_then(st.floats(0, 12), numbers)
        if draw(st.booleans()):
            meeting["purpose"] = draw(text)
        if area_ids and draw(st.booleans()):
            meeting["areas"] = draw(st.lists(st.sampled_from(area_ids), max_size=2, unique=True))
        if meetings and draw(st.booleans()):
            meeting["reports_to"] = f"m{draw(st.integers(0, len(meetings) - 1))}"
        if draw(st.booleans()):
            meeting["statutory"] = draw(st.booleans())
        meetings.append(meeting)
    document: Dict[str, Any] = {"schema_version": 1, "info": {"title": draw(text)}, "areas": areas,
                                "organisations": organisations, "meetings": meetings}
    if draw(st.integers(0, 9)) == 0:  # now and then, a hostile value anywhere
        document[draw(st.sampled_from(REGISTER_KEYS))] = draw(json_values)
    return document


def call(function: Callable, *args: Any, **kwargs: Any) -> Any:
    """The function's result, or None when it raised a govgraph error; anything else fails."""
    start = time.monotonic()
    try:
        return function(*args, **kwargs)
    except govgraph.GovgraphError as error:
        assert str(error), f"{function.__name__} raised an error with an empty message"
        return None
    finally:
        elapsed = time.monotonic() - start
        assert elapsed < SLOWEST_CALL_SECONDS, f"{function.__name__} took {elapsed:.1f} s"


TEXT_READERS = [govgraph.loads_json, govgraph.loads_change_set, govgraph.loads_engagement_rules,
                govgraph.loads_cycle_plan, govgraph.loads_popolo, govgraph.loads_organisation_changes,
                govgraph.parse_cadence, govgraph.looks_like_popolo]


# --- properties -----------------------------------------------------------------------------------

@FUZZ
@given(st.one_of(json_values.map(json_text), text, st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_every_text_reader_returns_or_raises_a_govgraph_error(document):
    for reader in TEXT_READERS:
        call(reader, document)


EXAMPLE_FILES = sorted((SOURCE_DIR / "examples").rglob("*.json"))


@FUZZ
@given(st.sampled_from(EXAMPLE_FILES), st.lists(st.tuples(st.integers(0, 10 ** 6), st.binary(max_size=4)),
                                                min_size=1, max_size=4))
def test_mutated_example_files_are_read_or_refused(path, edits):
    data = bytearray(path.read_bytes())
    for position, replacement in edits:
        at = position % (len(data) + 1)
        data[at:at + len(replacement)] = replacement
    with tempfile.TemporaryDirectory() as folder:
        mutated = pathlib.Path(folder) / path.name
        mutated.write_bytes(bytes(data))
        for reader in (govgraph.load_json, govgraph.load_popolo, govgraph.load_cycle_plan,
                       govgraph.load_change_set, govgraph.load_engagement_rules, govgraph.load_organisation_changes):
            call(reader, mutated)


@FUZZ
@given(register_documents(), st.integers(-1, 8), st.floats(0.01, 1.0), st.integers(0, 4))
def test_generated_registers_load_or_are_refused_and_every_analysis_runs(document, indent, min_score, threads):
    reg = call(govgraph.loads_json, json_text(document))
    if reg is None:
        return
    # Writers round-trip.
    text = call(govgraph.dumps_json, reg, indent)
    assert text is not None
    assert govgraph.loads_json(text) == reg
    popolo = call(govgraph.dumps_popolo, reg)
    if popolo is not None:
        call(govgraph.loads_popolo, popolo)
    call(govgraph.to_graphml, reg)
    call(govgraph.to_dot, reg)
    # Analyses.
    summary = call(govgraph.summarise, reg)
    if summary is not None:
        call(govgraph.format_summary, reg, summary)
        assert summary.meeting_hours_per_year == summary.meeting_hours_per_year  # never NaN
    call(govgraph.burden, reg)
    result = call(govgraph.find_overlaps, reg, min_score=min_score, threads=threads)
    if result is not None:
        call(govgraph.cluster_overlaps, result)
    call(govgraph.find_consumed, reg)
    call(govgraph.review, reg, min_score=min_score)
    call(govgraph.rationalise, reg)
    call(govgraph.reporting_lines, reg)
    call(govgraph.portfolio, reg)
    call(govgraph.role_clarity, reg)
    schedule = call(govgraph.expand_schedule, reg, year=2018)
    if schedule is not None:
        call(govgraph.check_cycle, reg, schedule)
        call(govgraph.schedule_to_ical, reg, schedule)


@FUZZ
@given(register_documents(), st.lists(json_values, max_size=4))
def test_change_sets_and_organisation_changes_apply_or_are_refused(document, changes):
    reg = call(govgraph.loads_json, json_text(document))
    if reg is None:
        return
    change_set = call(govgraph.loads_change_set, json_text({"changes": changes}))
    if change_set is not None:
        call(govgraph.what_if, reg, change_set)
        call(govgraph.engagement_plan, reg, change_set)
    org_changes = call(govgraph.loads_organisation_changes, json_text({"changes": changes}))
    if org_changes is not None:
        call(govgraph.apply_organisation_changes, reg, org_changes)
    call(govgraph.merge_registers, reg, reg)


@FUZZ
@given(st.lists(st.sampled_from(["Meeting", "Lead", "Purpose", "Key participants", "Frequency", "Areas",
                                 "Statutory", "Topics", "", "Meeting"]), min_size=1, max_size=6),
       st.lists(st.lists(text, max_size=6), max_size=6))
def test_generated_tables_import_or_are_refused(header, rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "table.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        result = call(govgraph.import_csv, path)
        if result is not None:
            assert govgraph.loads_json(govgraph.dumps_json(result.register)) == result.register


XML_ELEMENTS = ["committees", "committee", "committeeid", "committeetitle", "meetings", "meeting", "meetingid",
                "meetingdate", "attendees", "attendee", "agendaitems", "agendaitem", "councillors", "councillor"]


@st.composite
def xml_documents(draw: Callable) -> str:
    def element(depth: int) -> str:
        name = draw(st.sampled_from(XML_ELEMENTS))
        if depth > 3 or draw(st.booleans()):
            body = draw(st.one_of(text, st.sampled_from(["01/03/2026", "31/02/2026", "7", "&amp;", "&lol;"])))
            body = body.replace("<", "&lt;") if draw(st.booleans()) else body
        else:
            body = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{name}>{body}</{name}>"

    return element(0)


@FUZZ
@given(xml_documents())
def test_generated_moderngov_responses_are_read_or_refused(xml):
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "response.xml"
        path.write_text(xml, encoding="utf-8")
        call(govgraph.read_moderngov, path)
        call(govgraph.import_moderngov, [path], council="Example Council")


def _office_files() -> Dict[str, bytes]:
    """A register table as a workbook and as a Word paper, built once, to mutate."""
    if not _OFFICE:
        import csv
        import io

        import docx
        import openpyxl
        with open(SOURCE_DIR / "examples" / "registers" / "avon-and-somerset-2016-appendix-a.csv",
                  encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        _OFFICE["xlsx"] = buffer.getvalue()
        document = docx.Document()
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        buffer = io.BytesIO()
        document.save(buffer)
        _OFFICE["docx"] = buffer.getvalue()
    return _OFFICE


_OFFICE: Dict[str, bytes] = {}


@FUZZ
@given(st.sampled_from(["xlsx", "docx"]), st.lists(st.tuples(st.integers(0, 10 ** 5), st.binary(min_size=1, max_size=8)),
                                                   min_size=1, max_size=6))
def test_mutated_workbooks_and_papers_are_read_or_refused(kind, edits):
    data = bytearray(_office_files()[kind])
    for position, replacement in edits:
        at = position % (len(data) + 1)
        data[at:at + len(replacement)] = replacement
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / f"register.{kind}"
        path.write_bytes(bytes(data))
        call(govgraph.import_office, path)
        if kind == "xlsx":
            call(govgraph.read_excel, path)


@FUZZ
@given(st.lists(st.lists(text, min_size=1, max_size=6), min_size=1, max_size=6))
def test_generated_workbooks_import_or_are_refused(rows):
    import openpyxl
    workbook = openpyxl.Workbook()
    for row in [["Meeting", "Lead", "Key participants", "Frequency"], *rows]:
        # Characters a workbook cannot hold are not the reader's concern.
        workbook.active.append([openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "register.xlsx"
        workbook.save(path)
        call(govgraph.import_xlsx, path)


def test_the_fuzzing_stayed_within_bounded_memory():
    # Peak resident memory of this process, after the properties above (in KiB on Linux).
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mib < 2048, f"peak memory {peak_mib:.0f} MiB"


# --- the command line -------------------------------------------------------------------------------

CLI_COMMANDS = [["summary"], ["findings"], ["overlaps"], ["consumed"], ["burden"], ["check-cycle", "--year", "2018"]]


@settings(FUZZ, max_examples=max(4, EXAMPLES // 10))
@given(st.one_of(register_documents().map(json_text), json_values.map(json_text), text))
def test_the_command_line_never_shows_a_traceback(document):
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "register.json"
        path.write_text(document, encoding="utf-8")
        for command in CLI_COMMANDS:
            out = subprocess.run([sys.executable, "-m", "govgraph", command[0], str(path), *command[1:]],
                                 capture_output=True, text=True, check=False, timeout=60)
            assert "Traceback" not in out.stderr, out.stderr
            assert out.returncode in (0, 1, 2), (command, out.returncode, out.stderr)
            if out.returncode == 2:
                assert out.stderr.startswith("govgraph: error: ") and out.stderr.count("\n") == 1, out.stderr
        table = pathlib.Path(folder) / "table.csv"
        table.write_text(document, encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "govgraph", "import", str(table), "-o", str(path)],
                             capture_output=True, text=True, check=False, timeout=60)
        assert "Traceback" not in out.stderr, out.stderr
        assert out.returncode in (0, 2), out.stderr
