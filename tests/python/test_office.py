"""Excel workbooks and Word papers: register tables imported, a register written and read back."""

from __future__ import annotations

import csv
import datetime
import os
import subprocess
import sys
import zipfile

import pytest

import govgraph
from govgraph import office

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")

from conftest import SOURCE_DIR  # noqa: E402

APPENDIX_A = SOURCE_DIR / "examples" / "registers" / "avon-and-somerset-2016-appendix-a.csv"


def appendix_rows() -> list[list[str]]:
    with open(APPENDIX_A, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def write_xlsx(path, sheets: dict, origin: tuple[int, int] = (1, 1)) -> None:
    """Each sheet's rows as text cells, the first at ``origin`` (row, column)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value != "":
                    sheet.cell(row=origin[0] + r, column=origin[1] + c, value=value)
    workbook.save(path)


def write_docx(path, tables: list, paragraphs: bool = True) -> list:
    document = docx.Document()
    made = []
    for rows in tables:
        if paragraphs:
            document.add_paragraph("A paragraph the import does not read: Meeting, Lead, Frequency.")
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        made.append(table)
    document.save(path)
    return made


@pytest.fixture()
def appendix_xlsx(tmp_path):
    path = tmp_path / "appendix-a.xlsx"
    write_xlsx(path, {"Appendix A": appendix_rows()})
    return path


@pytest.fixture()
def appendix_docx(tmp_path):
    path = tmp_path / "appendix-a.docx"
    write_docx(path, [appendix_rows()])
    return path


# --- the same register three ways ----------------------------------------------------------------


def test_csv_xlsx_and_docx_import_to_the_same_register(appendix_xlsx, appendix_docx):
    from_csv = govgraph.import_csv(APPENDIX_A)
    from_xlsx = govgraph.import_xlsx(appendix_xlsx)
    from_docx = govgraph.import_docx(appendix_docx)
    assert len(from_csv.register.meetings) == 9
    expected = govgraph.dumps_json(from_csv.register)
    assert govgraph.dumps_json(from_xlsx.register) == expected
    assert govgraph.dumps_json(from_docx.register) == expected
    assert from_xlsx.register == from_csv.register == from_docx.register
    # The same findings, each at its place in the file.
    assert [d.message for d in from_xlsx.diagnostics] == [d.message for d in from_csv.diagnostics]
    assert [d.message for d in from_docx.diagnostics] == [d.message for d in from_csv.diagnostics]
    assert govgraph.import_office(appendix_xlsx).register == from_csv.register


def test_diagnostics_name_the_sheet_and_cell(appendix_xlsx, appendix_docx):
    csv_error = next(d for d in govgraph.import_csv(APPENDIX_A).diagnostics if "Head of Manage" in d.message)
    assert (csv_error.row, csv_error.column) == (10, 4)
    error = next(d for d in govgraph.import_xlsx(appendix_xlsx).diagnostics if "Head of Manage" in d.message)
    assert isinstance(error, govgraph.OfficeDiagnostic)
    assert (error.sheet, error.cell, error.row, error.column) == ("Appendix A", "D10", 10, 4)
    assert error.place == f'{appendix_xlsx}, sheet "Appendix A", cell D10'
    assert str(error).startswith(f'{appendix_xlsx}, sheet "Appendix A", cell D10: error: participant')
    assert error.column_name == "Key participants" and error.field == "participants"
    error = next(d for d in govgraph.import_docx(appendix_docx).diagnostics if "Head of Manage" in d.message)
    assert error.place == f"{appendix_docx}, table 1, row 10, column 4" and error.sheet is None
    frame = govgraph.import_xlsx(appendix_xlsx).diagnostics_frame()
    assert frame.query("severity == 'error'")[["row", "column"]].values.tolist() == [[10, 4]]


def test_a_table_below_a_title_and_away_from_a1_keeps_its_cells(tmp_path):
    path = tmp_path / "offset.xlsx"
    rows = [["Avon and Somerset: Appendix A"] + [""] * 5, [""] * 6] + appendix_rows()
    write_xlsx(path, {"Register": rows}, origin=(3, 2))
    result = govgraph.import_xlsx(path)
    assert result.register == govgraph.import_csv(APPENDIX_A).register
    error = next(d for d in result.diagnostics if "Head of Manage" in d.message)
    assert error.cell == "E14"  # CSV row 10, column 4, moved down 4 rows (3 + a title and a gap) and right 1
    assert any("heading row" in d.message and d.row == 5 for d in result.diagnostics)


def test_strict_names_the_cells(appendix_xlsx):
    with pytest.raises(govgraph.InvalidInputError, match=r'strict import: .*sheet "Appendix A", cell D10: error'):
        govgraph.import_xlsx(appendix_xlsx, strict=True)


def test_every_register_sheet_is_imported_and_the_others_are_skipped_with_the_reason(tmp_path):
    rows = appendix_rows()
    path = tmp_path / "two-sheets.xlsx"
    write_xlsx(path, {"Contents": [["Version", "Date"], ["1", "November 2016"]],
                      "Strategic": rows[:6], "Local": [rows[0]] + rows[6:], "Blank": []})
    result = govgraph.import_xlsx(path)
    assert [m.name for m in result.register.meetings] == \
        [m.name for m in govgraph.import_csv(APPENDIX_A).register.meetings]
    assert len({m.id for m in result.register.meetings}) == 9
    reasons = {s.place: s.reason for s in result.skipped}
    assert reasons[f'{path}, sheet "Blank"'] == "empty"
    assert reasons[f'{path}, sheet "Contents"'].startswith("does not look like a register: no column for the meeting")
    assert any(d.sheet == "Local" and d.cell.startswith("D") for d in result.diagnostics if d.severity == "error")
    assert any(d.place == f'{path}, sheet "Contents"' and "not imported" in d.message for d in result.diagnostics)


def test_word_paper_reads_register_tables_only_and_merged_cells_once(tmp_path):
    rows = appendix_rows()
    path = tmp_path / "paper.docx"
    tables = write_docx(path, [[["Version", "Author"], ["3", "OPCC"]], [["Appendix A"] + [""] * 5] + rows[:4]])
    document = docx.Document(path)
    register_table = document.tables[1]
    register_table.cell(0, 0).merge(register_table.cell(0, 5))  # a title across the table
    register_table.cell(0, 0).text = "Appendix A: external meetings"
    register_table.cell(3, 1).merge(register_table.cell(4, 1))  # one lead for two meetings
    register_table.cell(3, 1).text = "Constabulary led"
    document.save(path)
    assert len(tables) == 2
    result = govgraph.import_docx(path)
    assert len(result.register.meetings) == 3
    leads = [m.lead.text for m in result.register.meetings]
    assert leads[1:] == ["Constabulary led", "Constabulary led"]
    assert [s.place for s in result.skipped] == [f"{path}, table 1"]
    # The title spans six grid columns but is one cell: the importer saw it once, above the heading row.
    assert any(d.place == f"{path}, table 2, row 2" and "heading row" in d.message for d in result.diagnostics)
    grids, _ = office._docx_grids(str(path))
    assert grids[1].rows[0] == ["Appendix A: external meetings", "", "", "", "", ""]


def test_a_cell_merged_down_gives_its_text_to_each_row(tmp_path):
    rows = appendix_rows()[:4]
    path = tmp_path / "merged.xlsx"
    write_xlsx(path, {"Register": rows})
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Register"]
    sheet["B3"] = "Constabulary led"
    sheet["B4"] = None
    sheet.merge_cells("B3:B4")
    workbook.save(path)
    result = govgraph.import_xlsx(path)
    assert [m.lead.text for m in result.register.meetings][1:] == ["Constabulary led", "Constabulary led"]


@pytest.mark.parametrize("value,number_format,shown", [
    (3.0, "General", "3"),
    (2.5, "General", "2.5"),
    (12, "General", "12"),
    (0.25, "0%", "25%"),
    (1234.5, "#,##0.00", "1,234.50"),
    (True, "General", "TRUE"),
    (datetime.datetime(2016, 5, 4), "mm-dd-yy", "04/05/2016"),
    (datetime.datetime(2016, 5, 4), "d mmmm yyyy", "4 May 2016"),
    (datetime.datetime(2016, 5, 4, 14, 30), "hh:mm", "14:30"),
    (datetime.time(9, 5), "h:mm AM/PM", "9:05 AM"),
    (None, "General", ""),
])
def test_cells_read_as_excel_shows_them(value, number_format, shown):
    assert office._xlsx_text(value, number_format) == shown


def test_numbers_and_dates_in_a_sheet_are_read_as_shown(tmp_path):
    path = tmp_path / "typed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Meeting", "Frequency", "Duration", "Next meeting"])
    sheet.append(["Police and Crime Board", "Monthly", 2, datetime.datetime(2016, 11, 1)])
    sheet["D2"].number_format = "dd/mm/yyyy"
    workbook.save(path)
    meeting = govgraph.import_xlsx(path).register.meetings[0]
    assert meeting.duration_hours == 2
    assert meeting.attributes["next_meeting"] == "01/11/2016"


# --- files that are not what they seem ------------------------------------------------------------


def _zip(path, members: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _hostile(tmp_path, case: str):
    """A file for each hostile case, and the words its error must contain."""
    if case == "corrupt":
        path = tmp_path / "corrupt.xlsx"
        path.write_bytes(b"PK\x03\x04" + os.urandom(2000))
        return path, "damaged"
    if case == "truncated":
        path = tmp_path / "truncated.xlsx"
        write_xlsx(path, {"Appendix A": appendix_rows()})
        path.write_bytes(path.read_bytes()[:3000])
        return path, "damaged"
    if case == "zip-bomb":
        path = tmp_path / "bomb.xlsx"
        _zip(path, {"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": b"\0" * (16 << 20)})
        return path, "times larger than it is stored"
    if case == "password":
        path = tmp_path / "protected.xlsx"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "EncryptedPackage".encode("utf-16-le"))
        return path, "password-protected"
    if case == "old-xls":
        path = tmp_path / "register.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
        return path, "save it as an Excel workbook (.xlsx)"
    if case == "docx-named-xlsx":
        path = tmp_path / "really-a-paper.xlsx"
        write_docx(path, [appendix_rows()])
        return path, "a Word document (.docx), not an Excel workbook"
    if case == "empty-workbook":
        path = tmp_path / "empty.xlsx"
        openpyxl.Workbook().save(path)
        return path, "no cells with a value"
    if case == "no-register-sheet":
        path = tmp_path / "contents.xlsx"
        write_xlsx(path, {"Contents": [["Version", "Date"], ["1", "2016"]], "Notes": [["Written by the OPCC"]]})
        return path, 'no sheet looks like a register'
    if case == "no-register-table":
        path = tmp_path / "paper.docx"
        write_docx(path, [[["Version", "Author"], ["3", "OPCC"]]])
        return path, "no table looks like a register"
    if case == "opendocument":
        path = tmp_path / "register.xlsx"
        _zip(path, {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"})
        return path, "OpenDocument"
    if case == "bad-deflate":
        # Found by fuzzing: a damaged compressed stream inside an intact archive
        # raised zlib's own error.
        path = tmp_path / "damaged.xlsx"
        write_xlsx(path, {"Appendix A": appendix_rows()})
        with zipfile.ZipFile(path) as archive:
            sheet = archive.getinfo("xl/worksheets/sheet1.xml")
        data = bytearray(path.read_bytes())
        start = sheet.header_offset + 30 + len(sheet.filename) + len(sheet.extra)
        data[start + sheet.compress_size // 2:start + sheet.compress_size // 2 + 8] = b"\0" * 8
        path.write_bytes(bytes(data))
        return path, "a damaged ZIP file"
    raise AssertionError(case)


HOSTILE = ["corrupt", "truncated", "zip-bomb", "password", "old-xls", "docx-named-xlsx", "empty-workbook",
           "no-register-sheet", "no-register-table", "opendocument", "bad-deflate"]


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_files_raise_one_clear_error_naming_the_file(tmp_path, case):
    path, needle = _hostile(tmp_path, case)
    reader = govgraph.import_docx if path.suffix == ".docx" else govgraph.import_xlsx
    with pytest.raises(govgraph.InvalidInputError) as error:
        reader(path)
    assert str(error.value).startswith(f"{path}: ")
    assert needle in str(error.value)


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_files_give_one_line_from_the_command_line(tmp_path, case):
    path, needle = _hostile(tmp_path, case)
    out = subprocess.run([sys.executable, "-m", "govgraph", "import", str(path), "-o", str(tmp_path / "out.json")],
                         capture_output=True, text=True, env=dict(os.environ), check=False, timeout=120)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"govgraph: error: {path}: ") and needle in lines[0], out.stderr
    assert not (tmp_path / "out.json").exists()


def test_a_sheet_beyond_the_cell_limit_is_refused(appendix_xlsx, monkeypatch):
    monkeypatch.setattr(office, "MAX_CELLS", 20)
    with pytest.raises(govgraph.InvalidInputError, match="more than the 20 cells"):
        govgraph.import_xlsx(appendix_xlsx)


def test_a_missing_package_names_the_debian_package(appendix_xlsx, appendix_docx, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(govgraph.MissingDependencyError, match="apt-get install python3-openpyxl"):
        govgraph.import_xlsx(appendix_xlsx)
    with pytest.raises(govgraph.GovgraphError, match="apt-get install python3-docx"):
        govgraph.import_docx(appendix_docx)


def test_a_missing_pandas_for_a_register_workbook_names_the_debian_package(tmp_path, small, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(govgraph.MissingDependencyError, match="apt-get install python3-pandas"):
        small.to_excel(tmp_path / "register.xlsx")
    assert not (tmp_path / "register.xlsx").exists()


# --- the command line -----------------------------------------------------------------------------


def test_command_line_imports_a_workbook_and_a_paper(appendix_xlsx, appendix_docx, tmp_path):
    expected = govgraph.dumps_json(govgraph.import_csv(APPENDIX_A).register)
    for path in (appendix_xlsx, appendix_docx):
        output = tmp_path / (path.stem + path.suffix.replace(".", "-") + ".json")
        out = subprocess.run([sys.executable, "-m", "govgraph", "import", str(path), "-o", str(output)],
                             capture_output=True, text=True, env=dict(os.environ), check=False, timeout=120)
        assert out.returncode == 0, out.stderr
        assert "9 meetings; 1 not understood" in out.stdout
        place = 'sheet "Appendix A", cell D10' if path.suffix == ".xlsx" else "table 1, row 10, column 4"
        assert any(line.startswith(place) and "Head of Manage" in line for line in out.stdout.splitlines())
        assert govgraph.dumps_json(govgraph.load_json(output)) == expected


# --- a register as a workbook ---------------------------------------------------------------------

REGISTERS = sorted(p for p in (SOURCE_DIR / "examples" / "registers").rglob("*.json")
                   if '"schema_version"' in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", REGISTERS, ids=[p.name for p in REGISTERS])
def test_every_example_register_round_trips_through_a_workbook(tmp_path, path):
    reg = govgraph.load_json(path)
    workbook = tmp_path / "register.xlsx"
    reg.to_excel(workbook)
    back = govgraph.read_excel(workbook)
    assert govgraph.dumps_json(back) == govgraph.dumps_json(reg)
    assert back == reg
    sheets = openpyxl.load_workbook(workbook).sheetnames
    from govgraph.frames import TABLES
    assert sheets == list(TABLES)


def test_writing_a_workbook_is_atomic(tmp_path, example):
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"the old file")
    builder = example.to_builder()
    builder.add_area(govgraph.Area(id="bad", name="Bad\x01name"))
    with pytest.raises(govgraph.InvalidInputError, match=r"areas table, row \d+, column 'name': a control character"):
        govgraph.register_to_excel(builder.build(), target)
    assert target.read_bytes() == b"the old file"
    example.to_excel(target)
    assert govgraph.read_excel(target) == example
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path, small):
    builder = small.to_builder()
    builder.add_area(govgraph.Area(id="formula", name="=SUM(A1:A2)", aliases=["a; b", "[x]"]))
    reg = builder.build()
    path = tmp_path / "register.xlsx"
    reg.to_excel(path)
    assert govgraph.read_excel(path) == reg


def test_reading_a_workbook_error_names_the_file_table_and_row(tmp_path, example):
    path = tmp_path / "register.xlsx"
    example.to_excel(path)
    workbook = openpyxl.load_workbook(path)
    workbook["meetings"]["D3"] = "sideways"  # the level of the second meeting
    workbook.save(path)
    with pytest.raises(govgraph.InvalidInputError, match=rf"^{path}: meetings table, row 3 .*column 'level'"):
        govgraph.read_excel(path)
    other = tmp_path / "other.xlsx"
    write_xlsx(other, {"Appendix A": appendix_rows()})
    with pytest.raises(govgraph.InvalidInputError, match="no sheet is named after a register table"):
        govgraph.read_excel(other)
