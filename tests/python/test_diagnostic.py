"""govgraph.Diagnostic: the one type every reader, import and check reports with, and the CLI's one printer."""

from __future__ import annotations

import govgraph
from govgraph.cli import _format_diagnostics
from govgraph.office import OfficeDiagnostic


def register_problems():
    b = govgraph.RegisterBuilder()
    b.add_meeting(govgraph.Meeting(id="board", name="Board", lead="nobody"))
    b.add_meeting(govgraph.Meeting(id="board", name="Board again"))
    return b.check()


def test_a_register_check_has_a_path_a_code_and_no_other_place():
    problems = register_problems()
    assert {type(p) for p in problems} == {govgraph.Diagnostic}
    by_code = {p.code: p for p in problems}
    assert set(by_code) == {"duplicate_id", "unknown_reference"}
    unknown = by_code["unknown_reference"]
    assert unknown.path == "meetings[0].lead.organisations[0]"
    assert unknown.path_steps == ["meetings", 0, "lead", "organisations", 0]
    assert unknown.severity == "error"
    assert (unknown.file, unknown.line, unknown.row, unknown.column, unknown.element, unknown.scope) == ("", 0, 0, 0, "", "")
    assert str(unknown) == f"meetings[0].lead.organisations[0]: {unknown.message}"
    assert repr(unknown) == f"<govgraph.Diagnostic {unknown}>"


def test_the_old_names_are_the_one_type():
    assert govgraph.Problem is govgraph.Diagnostic
    assert govgraph.ModernGovDiagnostic is govgraph.Diagnostic
    assert "Diagnostic" in govgraph.__all__


def test_a_table_import_places_by_row_and_column():
    rows = [["Meeting", "Key participants", "Frequency"],
            ["Safeguarding chairs meeting", "Zzyzx Quux Board", "whenever the moon is blue"]]
    result = govgraph.import_table(rows)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert errors and all(type(d) is govgraph.Diagnostic for d in result.diagnostics)
    d = errors[0]
    assert d.row == 2 and d.column >= 2 and d.column_name in ("Key participants", "Frequency")
    assert d.code == "not_understood" and d.scope == "table" and d.path == "" and d.path_steps == []
    assert str(d) == f"row 2, column {d.column} ({d.column_name}): error: {d.message}"


def bad_date(tmp_path):
    path = tmp_path / "meetings.xml"
    path.write_text("<getmeetings><committee><committeeid>1</committeeid><committeetitle>Panel</committeetitle>\n"
                    "<committeemeetings><meeting><meetingid>2</meetingid><meetingdate>30/02/2026</meetingdate>"
                    "</meeting></committeemeetings></committee></getmeetings>")
    return path


def test_a_moderngov_reading_places_by_file_line_and_element(tmp_path):
    doc = govgraph.read_moderngov(bad_date(tmp_path))
    assert len(doc.diagnostics) == 1
    d = doc.diagnostics[0]
    assert type(d) is govgraph.Diagnostic
    assert d.file.endswith("meetings.xml") and d.line == 2 and d.element.endswith("/<meetingdate>")
    assert d.scope == "import" and d.row == 0 and d.severity == "error" and d.text == "30/02/2026"
    assert str(d) == f"{d.file}:2:{d.column}: {d.element}: error: {d.message}"
    assert "impossible date" in d.message


def test_popolo_diagnostics_are_placed_in_the_popolo_document(source_dir):
    result = govgraph.load_popolo(source_dir / "tests" / "data" / "popolo" / "spec-style.json")
    assert result.diagnostics
    for d in result.diagnostics:
        assert type(d) is govgraph.Diagnostic and d.severity == "warning"
        assert d.code in ("not_imported", "judged")
        assert str(d) == (f"{d.path}: {d.message}" if d.path else d.message)


def test_the_printer_shows_a_path_column_for_paths():
    out = _format_diagnostics(register_problems())
    header, *lines = out.splitlines()
    assert header.split() == ["path", "message"]
    assert any(line.startswith("meetings[0].lead.organisations[0]") for line in lines)
    assert len(lines) == 2


def test_the_printer_shows_rows_and_columns_for_a_table():
    rows = [["Meeting", "Key participants"], ["Safeguarding chairs meeting", "Zzyzx Quux Board"]]
    out = _format_diagnostics(govgraph.import_table(rows).diagnostics)
    assert out.splitlines()[0].split() == ["row", "col", "column", "severity", "text", "message"]
    assert "Zzyzx Quux Board" in out


def test_the_printer_shows_file_places_and_elements(tmp_path):
    doc = govgraph.read_moderngov(bad_date(tmp_path))
    header, first = _format_diagnostics(doc.diagnostics).splitlines()
    assert header.split() == ["place", "severity", "element", "message"]
    d = doc.diagnostics[0]
    assert first.startswith(f"meetings.xml:2:{d.column}  error     <meeting>/<meetingdate>  impossible date")


def test_the_printer_shows_an_office_files_place():
    d = OfficeDiagnostic(severity="error", row=10, column=4, column_name="Key participants", field="participants",
                         text="X", understood="", suggestion="Y", message="not recognised", file="a.xlsx",
                         sheet="Appendix A", table=None)
    out = _format_diagnostics([d])
    assert out.splitlines()[0].split() == ["place", "column", "severity", "text", "message"]
    assert 'sheet "Appendix A", cell D10' in out and "[suggestion: Y]" in out


def test_the_printer_says_when_there_is_nothing():
    assert _format_diagnostics([]) == "Everything was understood.\n"
