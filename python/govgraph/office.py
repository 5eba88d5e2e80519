"""Office files: register tables from Excel workbooks and Word papers, and a register as a workbook.

Governance registers are kept as Excel sheets and as tables in Word papers.
``import_xlsx`` and ``import_docx`` read them as ``import_csv`` reads a CSV
file, with the same options and the same importer; diagnostics name the
place in the file instead of a CSV row::

    result = govgraph.import_xlsx("appendix-a.xlsx")
    for d in result.diagnostics:
        print(d)        # appendix-a.xlsx, sheet "Appendix A", cell D3: info: ...
    result = govgraph.import_docx("external-governance.docx")
    for d in result.diagnostics:
        print(d)        # external-governance.docx, table 2, row 3, column 4: info: ...

A sheet (or a Word table) is imported when it looks like a register: when
govgraph's importer recognises a meeting-name column among its headings (the
first non-blank row, or one of the few below a title). The others are
reported in ``result.skipped`` (and as notes) with the reason. Several
register sheets (or tables) are imported together, as one table: their rows
one after another, under the first one's headings and any heading a later one
adds, so a name written in two sheets is one organisation.

``register_to_excel`` / ``Register.to_excel`` write a register as a workbook
with one sheet per table of ``register_to_frames``; ``read_excel`` reads such
a workbook back to the same register.

The files are read with Debian's ``python3-openpyxl`` and ``python3-docx``
(imported when first needed); without them the call raises
``MissingDependencyError`` naming the package. A file that is damaged,
encrypted, of another kind, or larger than the limits below raises
``govgraph.InvalidInputError`` naming the file.
"""

from __future__ import annotations

import datetime
import io
import math
import os
import re
import stat
import zipfile
import zlib
from typing import Any, Dict, Iterable, List, Mapping, NoReturn, Optional, Sequence, Tuple

from govgraph import _core
from govgraph._files import write_bytes
from govgraph._optional import MissingDependencyError, require
from govgraph.importing import ImportResult, _options

__all__ = [
    "MAX_CELLS",
    "MAX_UNPACKED_BYTES",
    "MissingDependencyError",
    "OfficeDiagnostic",
    "SkippedTable",
    "import_docx",
    "import_office",
    "import_xlsx",
    "office_kind",
    "read_excel",
    "register_to_excel",
]

#: The most a file's parts may unpack to (what is read is no larger than a CSV file may be).
MAX_UNPACKED_BYTES = 2 << 30
#: The most a part may expand by compared with its packed size (a larger ratio is a "zip bomb").
MAX_RATIO = 200
#: The most cells with a value a workbook or paper may hold, and the largest used range of a sheet.
MAX_CELLS = 2_000_000
#: A cell's text may be as long as a CSV field (64 MiB).
MAX_CELL_BYTES = 64 << 20
#: How far below a title the heading row may be: the first few non-blank rows are tried.
HEADER_SEARCH_ROWS = 5

_ZIP = b"PK\x03\x04"
# The parts that hold cells, and a cell's start tag (<c ...> in a sheet, <w:tc> in a Word table).
_CELL_PARTS = re.compile(r"xl/worksheets/[^/]+\.xml|word/document\.xml")
_CELL_TAG = re.compile(rb"<(?:\w+:)?(?:c|tc)[\s>/]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _openpyxl() -> Any:
    return require("openpyxl", "reading and writing Excel workbooks")


def _pandas() -> Any:
    return require("pandas", "a register as a workbook (built from its tables)")


def _docx() -> Any:
    return require("docx", "reading Word documents")


# --- what a file is -------------------------------------------------------------------------------


def _fail(path: Any, message: str) -> NoReturn:
    raise _core.InvalidInputError(f"{os.fspath(path)}: {message}")


def _is_encrypted_ole(path: str, size: int) -> bool:
    """True for an OLE2 container holding an encrypted Office package (a password-protected .xlsx/.docx)."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as f:
        if size <= 16 << 20:
            return marker in f.read()
        head = f.read(8 << 20)
        f.seek(max(0, size - (8 << 20)))
        return marker in head or marker in f.read()


def office_kind(path: str | os.PathLike) -> str:
    """``"xlsx"`` or ``"docx"``, judged by the file's content (not its name).

    :raises InvalidInputError: naming the file and what it is instead: a
        password-protected Office file, an old .xls/.doc, an OpenDocument
        file, another ZIP archive, a damaged ZIP, or not an Office file.
    :raises NotFoundError: the file does not exist.

    >>> govgraph.office_kind("appendix-a.xlsx")
    'xlsx'
    """
    name = os.fspath(path)
    try:
        status = os.stat(name)
    except FileNotFoundError:
        raise _core.NotFoundError(f"{name}: no such file") from None
    if not stat.S_ISREG(status.st_mode):
        _fail(name, "not a regular file; an Office file is read from a file")
    if status.st_size > MAX_UNPACKED_BYTES:
        _fail(name, f"larger than the {MAX_UNPACKED_BYTES >> 20} MiB an input may be; is it the right file?")
    with open(name, "rb") as f:
        head = f.read(8)
    if head.startswith(_OLE):
        if _is_encrypted_ole(name, status.st_size):
            _fail(name, "a password-protected (encrypted) Office file; open it, remove the password "
                        "(File > Info > Protect) and save it again")
        _fail(name, "an old-format Office file (.xls or .doc); open it and save it as an Excel workbook (.xlsx) "
                    "or a Word document (.docx)")
    if not head.startswith(_ZIP):
        _fail(name, "not an Excel workbook (.xlsx) or Word document (.docx)")
    try:
        with zipfile.ZipFile(name) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, ValueError, EOFError) as error:
        _fail(name, f"a damaged ZIP file, not a readable Office file ({error})")
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "opendocument" in mimetype:
        _fail(name, "an OpenDocument file (LibreOffice); save it as an Excel workbook (.xlsx) or a Word "
                    "document (.docx)")
    if "ppt/presentation.xml" in names:
        _fail(name, "a PowerPoint presentation; copy its table into a workbook and save that as .xlsx")
    _fail(name, "a ZIP archive, not an Excel workbook (.xlsx) or Word document (.docx)")


def _count_cells(part: Any) -> int:
    """The cell start tags in a part, read a block at a time (a tag cut by a block's end is counted once)."""
    count, tail = 0, b""
    while True:
        chunk = part.read(1 << 20)
        block = tail + chunk
        last = not chunk
        keep = 0 if last else 16  # longer than any cell tag: a tag starting here is counted with the next block
        count += sum(1 for m in _CELL_TAG.finditer(block) if m.start() < len(block) - keep)
        if last:
            return count
        tail = block[len(block) - keep:]
        if count > MAX_CELLS:
            return count


def _check_archive(path: str) -> None:
    """Refuses an archive that would unpack to more than the limits allow, before anything is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    _fail(path, f"part {info.filename} would unpack {info.file_size // max(info.compress_size, 1)} "
                                f"times larger than it is stored (more than {MAX_RATIO}); refusing a file built "
                                "to exhaust memory")
            if total > MAX_UNPACKED_BYTES:
                _fail(path, f"unpacks to {total >> 20} MiB, more than the {MAX_UNPACKED_BYTES >> 20} MiB an input "
                            "may be")
            # Count the cells before a reader builds an object for each: at most MAX_CELLS in all.
            cells = 0
            for info in archive.infolist():
                if not _CELL_PARTS.match(info.filename):
                    continue
                with archive.open(info) as part:
                    cells += _count_cells(part)
                if cells > MAX_CELLS:
                    _fail(path, f"more than the {MAX_CELLS} cells a register file may have")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, ValueError, EOFError) as error:
        _fail(path, f"a damaged ZIP file, not a readable Office file ({error})")


def _expect(path: str, kind: str) -> None:
    found = office_kind(path)
    if found != kind:
        names = {"xlsx": "an Excel workbook (.xlsx)", "docx": "a Word document (.docx)"}
        _fail(path, f"{names[found]}, not {names[kind]}: rename it to .{found} (or read it with import_{found})")
    _check_archive(path)


# --- diagnostics with Office places ---------------------------------------------------------------


def column_letter(column: int) -> str:
    """The spreadsheet letters of a 1-based column: 1 -> "A", 28 -> "AB"."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class OfficeDiagnostic:
    """A ``govgraph.Diagnostic`` placed in a workbook or a Word document.

    It has the fields of ``Diagnostic`` (``severity``, ``row``, ``column``,
    ``column_name``, ``field``, ``text``, ``understood``, ``suggestion``,
    ``message``), with ``row`` and ``column`` as the file numbers them (the
    sheet's row and column, or the Word table's row and column), and
    ``file``, ``sheet`` (None for Word), ``table`` (the Word table's number
    from 1; None for a workbook), ``cell`` ("C7"; empty for Word or for a
    whole row) and ``place``: ``FILE, sheet "S", cell C7`` or
    ``FILE, table 2, row 5, column 3``.
    """

    __slots__ = ("severity", "row", "line", "column", "column_name", "field", "text", "understood", "suggestion",
                 "message", "file", "sheet", "table", "cell", "place")

    def __init__(self, *, severity: str, row: int, column: int, column_name: str, field: str, text: str,
                 understood: str, suggestion: str, message: str, file: str, sheet: Optional[str],
                 table: Optional[int]) -> None:
        self.severity, self.row, self.line, self.column = severity, row, 0, column
        self.column_name, self.field, self.text = column_name, field, text
        self.understood, self.suggestion, self.message = understood, suggestion, message
        self.file, self.sheet, self.table = file, sheet, table
        self.cell = column_letter(column) + str(row) if sheet is not None and row > 0 and column > 0 else ""
        parts = [file]
        if sheet is not None:
            parts.append(f'sheet "{sheet}"')
            if self.cell:
                parts.append(f"cell {self.cell}")
            elif row > 0:
                parts.append(f"row {row}")
            elif column > 0:
                parts.append(f"column {column_letter(column)}")
        else:
            if table is not None:
                parts.append(f"table {table}")
            if row > 0:
                parts.append(f"row {row}")
            if column > 0:
                parts.append(f"column {column}")
        self.place = ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.place}: {self.severity}: {self.message}"

    def __repr__(self) -> str:
        return f"<govgraph.OfficeDiagnostic {self}>"


class SkippedTable:
    """A sheet or Word table that was not imported: ``place`` and ``reason``."""

    __slots__ = ("place", "reason")

    def __init__(self, place: str, reason: str) -> None:
        self.place, self.reason = place, reason

    def __repr__(self) -> str:
        return f"<govgraph.SkippedTable {self.place}: {self.reason}>"


# --- a table of text with its places --------------------------------------------------------------


class _Grid:
    """Rows of text from one sheet or Word table, with each row's and column's number in the file."""

    def __init__(self, file: str, sheet: Optional[str], table: Optional[int], rows: List[List[str]],
                 row_numbers: List[int], column_numbers: List[int]) -> None:
        self.file, self.sheet, self.table = file, sheet, table
        self.rows, self.row_numbers, self.column_numbers = rows, row_numbers, column_numbers

    def place(self, row: int = 0, column: int = 0) -> str:
        return OfficeDiagnostic(severity="info", row=row, column=column, column_name="", field="", text="",
                                understood="", suggestion="", message="", file=self.file, sheet=self.sheet,
                                table=self.table).place


def _trim(cells: Dict[Tuple[int, int], str], file: str, sheet: Optional[str], table: Optional[int],
          what: str) -> Optional[_Grid]:
    """The grid spanned by the non-empty cells ((row, column) -> text, 1-based), or None when there are none."""
    filled = [(r, c) for (r, c), text in cells.items() if text.strip()]
    if not filled:
        return None
    top, bottom = min(r for r, _ in filled), max(r for r, _ in filled)
    left, right = min(c for _, c in filled), max(c for _, c in filled)
    if (bottom - top + 1) * (right - left + 1) > MAX_CELLS:
        where = f'sheet "{sheet}"' if sheet is not None else f"table {table}"
        _fail(file, f"{where}: the used {what} spans {bottom - top + 1} rows by {right - left + 1} columns, more "
                    f"than the {MAX_CELLS} cells a register table may have")
    rows = [[cells.get((r, c), "") for c in range(left, right + 1)] for r in range(top, bottom + 1)]
    return _Grid(file, sheet, table, rows, list(range(top, bottom + 1)), list(range(left, right + 1)))


# --- cell text as Excel shows it ------------------------------------------------------------------

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_DATE_TOKEN = re.compile(r"yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p", re.IGNORECASE)


def _date_text(value: Any, number_format: str) -> str:
    """A date, time or date-time as its number format shows it (Excel's default short date as dd/mm/yyyy)."""
    if isinstance(value, datetime.timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}"
    fmt = number_format.split(";")[0]
    builtin = {"general": "", "mm-dd-yy": "dd/mm/yyyy", "d-mmm-yy": "d mmm yy", "d-mmm": "d mmm",
               "mmm-yy": "mmm yy", "h:mm am/pm": "h:mm am/pm", "m/d/yy h:mm": "dd/mm/yyyy hh:mm",
               "yyyy-mm-dd h:mm:ss": "yyyy-mm-dd hh:mm:ss"}
    fmt = builtin.get(fmt.lower(), fmt)
    if not fmt:
        fmt = "dd/mm/yyyy" if not isinstance(value, datetime.time) else "hh:mm"
        if isinstance(value, datetime.datetime) and value.time() != datetime.time(0):
            fmt = "dd/mm/yyyy hh:mm"
    fmt = _QUOTED.sub(lambda m: m.group(0)[1:-1] if m.group(0).startswith('"') else
                      (m.group(0)[1:] if m.group(0).startswith("\\") else ""), fmt)
    twelve = bool(re.search(r"am/pm|a/p", fmt, re.IGNORECASE))
    tokens = list(_DATE_TOKEN.finditer(fmt))
    out, last = [], 0
    for i, token in enumerate(tokens):
        out.append(fmt[last:token.start()])
        last = token.end()
        t = token.group(0).lower()
        previous = tokens[i - 1].group(0).lower() if i else ""
        following = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        minutes = t in ("m", "mm") and (previous.startswith("h") or following.startswith("s"))
        hour = getattr(value, "hour", 0)
        if t in ("yyyy",):
            out.append(f"{getattr(value, 'year', 1900):04d}")
        elif t == "yy":
            out.append(f"{getattr(value, 'year', 1900) % 100:02d}")
        elif minutes:
            out.append(f"{getattr(value, 'minute', 0):0{len(t)}d}")
        elif t == "mmmmm":
            out.append(value.strftime("%B")[0])
        elif t == "mmmm":
            out.append(value.strftime("%B"))
        elif t == "mmm":
            out.append(value.strftime("%b"))
        elif t in ("mm", "m"):
            out.append(f"{getattr(value, 'month', 1):0{len(t)}d}")
        elif t == "dddd":
            out.append(value.strftime("%A"))
        elif t == "ddd":
            out.append(value.strftime("%a"))
        elif t in ("dd", "d"):
            out.append(f"{getattr(value, 'day', 1):0{len(t)}d}")
        elif t in ("hh", "h"):
            shown = (hour % 12 or 12) if twelve else hour
            out.append(f"{shown:0{len(t)}d}")
        elif t in ("ss", "s"):
            out.append(f"{getattr(value, 'second', 0):0{len(t)}d}")
        else:  # am/pm
            out.append(("AM" if hour < 12 else "PM") if len(t) > 3 else ("A" if hour < 12 else "P"))
    out.append(fmt[last:])
    return "".join(out).strip()


def _number_text(value: float, number_format: str) -> str:
    """A number as its format shows it: General, fixed decimals, thousands separators, percentages."""
    fmt = _QUOTED.sub("", number_format.split(";")[0])
    if isinstance(value, int) and "%" not in fmt and "." not in fmt and "," not in fmt:
        return str(value)
    if fmt.lower() in ("general", "@", "") or not re.search(r"[0#?]", fmt):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            return ""
        if float(value).is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".10g")
    percent = "%" in fmt
    number = value * 100 if percent else value
    fraction_format = fmt.split(".", 1)[1] if "." in fmt else ""
    decimals = len(fraction_format) - len(fraction_format.lstrip("0#?"))
    minimum = len(fraction_format) - len(fraction_format.lstrip("0"))
    grouping = "," in fmt.split(".")[0]
    text = format(number, f"{',' if grouping else ''}.{decimals}f")
    if decimals > minimum and "." in text:
        text = text.rstrip("0")
        fraction = text.split(".", 1)[1]
        if len(fraction) < minimum:
            text += "0" * (minimum - len(fraction))
        text = text.rstrip(".")
    return text + ("%" if percent else "")


def _xlsx_text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return _date_text(value, number_format or "General")
    if isinstance(value, (int, float)):
        return _number_text(value, number_format or "General")
    return str(value)


# --- reading tables -------------------------------------------------------------------------------


def _load_workbook(path: str, **options: Any) -> Any:
    openpyxl = _openpyxl()
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            return openpyxl.load_workbook(path, **options)
    except (MemoryError, KeyboardInterrupt):
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        _fail(path, f"a damaged Excel workbook, not readable ({type(error).__name__}: "
                    f"{' '.join(str(error).split())[:200] or 'no detail'})")


def _xlsx_grids(path: str) -> Tuple[List[_Grid], List[SkippedTable]]:
    _expect(path, "xlsx")
    workbook = _load_workbook(path, data_only=True)
    grids: List[_Grid] = []
    skipped: List[SkippedTable] = []
    count = 0
    try:
        for sheet in workbook.worksheets:
            title = sheet.title
            raw = getattr(sheet, "_cells", None)
            if raw is None:  # a chart sheet
                skipped.append(SkippedTable(f'{path}, sheet "{title}"', "a chart sheet, not a table"))
                continue
            cells: Dict[Tuple[int, int], str] = {}
            for (r, c), cell in raw.items():
                if cell.value is None:
                    continue
                count += 1
                if count > MAX_CELLS:
                    _fail(path, f"more than the {MAX_CELLS} cells with a value a register workbook may have")
                text = _xlsx_text(cell.value, cell.number_format)
                if len(text) > MAX_CELL_BYTES:
                    _fail(path, f'sheet "{title}", cell {column_letter(c)}{r}: longer than the '
                                f"{MAX_CELL_BYTES >> 20} MiB a cell may be")
                cells[(r, c)] = text
            for merged in sheet.merged_cells.ranges:
                top = cells.get((merged.min_row, merged.min_col), "")
                for r in range(merged.min_row + 1, merged.max_row + 1):
                    cells[(r, merged.min_col)] = top  # the same text in each row the cell spans
            grid = _trim(cells, path, title, None, "range")
            if grid is None:
                skipped.append(SkippedTable(f'{path}, sheet "{title}"', "empty"))
            else:
                grids.append(grid)
    finally:
        close = getattr(workbook, "close", None)
        if close:
            close()
    if not grids and all(s.reason == "empty" for s in skipped):
        _fail(path, "the workbook has no cells with a value: there is no table to import")
    return grids, skipped


def _docx_grids(path: str) -> Tuple[List[_Grid], List[SkippedTable]]:
    docx = _docx()
    _expect(path, "docx")
    from docx.oxml.ns import qn  # type: ignore[import]
    from docx.table import _Cell  # type: ignore[import]

    try:
        document = docx.Document(path)
    except (MemoryError, KeyboardInterrupt):
        raise
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds for a damaged file
        _fail(path, f"a damaged Word document, not readable ({type(error).__name__}: "
                    f"{' '.join(str(error).split())[:200] or 'no detail'})")
    grids: List[_Grid] = []
    skipped: List[SkippedTable] = []
    count = 0
    for number, table in enumerate(document.tables, start=1):
        cells: Dict[Tuple[int, int], str] = {}
        for r, tr in enumerate(table._tbl.tr_lst, start=1):
            column = 1
            before = tr.find(qn("w:trPr"))
            if before is not None:
                grid_before = before.find(qn("w:gridBefore"))
                if grid_before is not None and str(grid_before.get(qn("w:val"), "0")).isdigit():
                    column += int(grid_before.get(qn("w:val")))
            for tc in tr.tc_lst:
                span = max(1, int(tc.grid_span or 1))
                count += span
                if count > MAX_CELLS:
                    _fail(path, f"more than the {MAX_CELLS} table cells a register paper may have")
                if tc.vMerge == "continue":
                    text = cells.get((r - 1, column), "")  # the same text as the cell it continues
                else:
                    text = _Cell(tc, table).text
                if len(text) > MAX_CELL_BYTES:
                    _fail(path, f"table {number}, row {r}, column {column}: longer than the "
                                f"{MAX_CELL_BYTES >> 20} MiB a cell may be")
                cells[(r, column)] = text
                for extra in range(1, span):
                    cells[(r, column + extra)] = ""  # a merged cell's text is given once, in its first column
                column += span
        grid = _trim(cells, path, None, number, "table")
        if grid is None:
            skipped.append(SkippedTable(f"{path}, table {number}", "empty"))
        else:
            grids.append(grid)
    if not grids:
        _fail(path, "the document has no tables with text: a register paper's table is imported, its paragraphs "
                    "are not")
    return grids, skipped


# --- importing ------------------------------------------------------------------------------------


def _probe(header: List[str], columns: Mapping[str, str]) -> Optional[str]:
    """None when the importer accepts ``header`` as a register's heading row, else its reason."""
    options: Dict[str, Any] = dict(base=None, aliases=None, columns=dict(columns), strict=False, default_level=None,
                                   default_areas=[], joint_lead=[], source="", keep_apart=[], infer_topics=False)
    try:
        _core._import_rows(header, [], **options)
    except _core.InvalidInputError as error:
        return str(error)
    return None


def _find_header(grid: _Grid, columns: Mapping[str, str]) -> Tuple[Optional[int], str]:
    """The index of the heading row (the first of the first few non-blank rows the importer accepts)."""
    first_reason = ""
    tried = 0
    for index, row in enumerate(grid.rows):
        if not any(cell.strip() for cell in row):
            continue
        reason = _probe(row, columns)
        if reason is None:
            return index, ""
        first_reason = first_reason or reason
        tried += 1
        if tried == HEADER_SEARCH_ROWS:
            break
    return None, first_reason


class _Combined:
    """The register tables of one file as one table: the first table's headings, then any heading a later
    table adds (matched as written, ignoring case and spacing), with where each row and cell came from."""

    def __init__(self, path: str, found: List[Tuple[_Grid, int]]) -> None:
        self.path = path
        self.found = found
        self.header: List[str] = []
        self.sources: List[Dict[int, int]] = []  # per combined column: table index -> column in that table
        self.rows: List[List[str]] = []
        self.places: List[Tuple[int, int]] = []  # per row: (table index, row index in that table's grid)
        keys: Dict[Tuple[str, int], int] = {}
        for t, (grid, header) in enumerate(found):
            mapping: List[int] = []
            seen: Dict[str, int] = {}
            for c, heading in enumerate(grid.rows[header]):
                key = " ".join(heading.split()).casefold() or f"\0{t}.{c}"  # an empty heading is its own column
                occurrence = seen[key] = seen.get(key, -1) + 1
                if (key, occurrence) not in keys:
                    keys[(key, occurrence)] = len(self.header)
                    self.header.append(heading)
                    self.sources.append({})
                index = keys[(key, occurrence)]
                self.sources[index][t] = c
                mapping.append(index)
            for r in range(header + 1, len(grid.rows)):
                row = [""] * len(self.header)
                for c, text in enumerate(grid.rows[r]):
                    row[mapping[c]] = text
                self.rows.append(row)
                self.places.append((t, r))
        width = len(self.header)
        self.rows = [row + [""] * (width - len(row)) for row in self.rows]

    def diagnostic(self, d: Any) -> OfficeDiagnostic:
        """The importer's diagnostic (rows numbered from the heading row, 1) placed in the file."""
        column = d.column - 1 if d.column > 0 else -1
        if d.row >= 2 and d.row - 2 < len(self.places):
            t, r = self.places[d.row - 2]
        elif d.row == 1 or (d.row == 0 and len(self.found) == 1):
            t = next((t for t in self.sources[column]), 0) if 0 <= column < len(self.sources) else 0
            r = self.found[t][1] if d.row == 1 else -1
        else:
            t, r = -1, -1
        if t < 0:  # the whole import, over several tables
            return OfficeDiagnostic(severity=d.severity, row=0, column=0, column_name=d.column_name, field=d.field,
                                    text=d.text, understood=d.understood, suggestion=d.suggestion,
                                    message=d.message, file=self.path, sheet=None, table=None)
        grid = self.found[t][0]
        c = self.sources[column].get(t) if 0 <= column < len(self.sources) else None
        return OfficeDiagnostic(severity=d.severity, row=grid.row_numbers[r] if r >= 0 else 0,
                                column=grid.column_numbers[c] if c is not None else 0,
                                column_name=d.column_name, field=d.field, text=d.text, understood=d.understood,
                                suggestion=d.suggestion, message=d.message, file=grid.file, sheet=grid.sheet,
                                table=grid.table)


def _import_grids(path: str, grids: List[_Grid], skipped: List[SkippedTable], what: str,
                  opts: Dict[str, Any], strict: bool) -> ImportResult:
    columns = opts["columns"]
    found: List[Tuple[_Grid, int]] = []
    for grid in grids:
        header, reason = _find_header(grid, columns)
        if header is None:
            skipped.append(SkippedTable(grid.place(), f"does not look like a register: {reason}"))
        else:
            found.append((grid, header))
    if not found:
        reasons = "; ".join(f"{s.place.split(', ', 1)[-1]}: {s.reason}" for s in skipped)
        _fail(path, f"no {what} looks like a register (a heading row with a meeting-name column such as "
                    f"\"Meeting\"): {reasons}")
    diagnostics: List[Any] = []
    for s in skipped:
        diagnostics.append(OfficeDiagnostic(severity="info", row=0, column=0, column_name="", field="", text="",
                                            understood="", suggestion="", message=f"not imported: {s.reason}",
                                            file=path, sheet=None, table=None))
        diagnostics[-1].place = s.place
    for grid, header in found:
        if header > 0:
            diagnostics.append(OfficeDiagnostic(
                severity="info", row=grid.row_numbers[header], column=0, column_name="", field="", text="",
                understood="", suggestion="",
                message=f"the heading row; the {header} row(s) above it (a title?) are not imported",
                file=grid.file, sheet=grid.sheet, table=grid.table))
    table = _Combined(path, found)
    try:
        register, found_diagnostics = _core._import_rows(table.header, table.rows, **opts)
    except _core.InvalidInputError as error:
        raise _core.InvalidInputError(f"{found[0][0].place() if len(found) == 1 else path}: {error}") from None
    diagnostics.extend(table.diagnostic(d) for d in found_diagnostics)
    result = ImportResult(register, diagnostics, skipped)
    if strict:
        errors = [str(d) for d in diagnostics if d.severity == "error"]
        if errors:
            more = f"; and {len(errors) - 10} more" if len(errors) > 10 else ""
            raise _core.InvalidInputError(f"strict import: {len(errors)} thing{'s' if len(errors) != 1 else ''} "
                                          f"not understood: {'; '.join(errors[:10])}{more}")
    return result


def _import_office(kind: str, path: Any, base: Any, aliases: Any, columns: Any, strict: bool, default_level: Any,
                   default_areas: Any, joint_lead: Any, source: str, keep_apart: Any,
                   infer_topics: bool) -> ImportResult:
    name = os.fspath(path)
    opts = _options(base, aliases, columns, False, default_level, default_areas, joint_lead, source, keep_apart,
                    infer_topics)
    if kind == "xlsx":
        grids, skipped = _xlsx_grids(name)
        return _import_grids(name, grids, skipped, "sheet", opts, strict)
    grids, skipped = _docx_grids(name)
    return _import_grids(name, grids, skipped, "table", opts, strict)


_IMPORT_DOC = """
    Options as for ``import_csv`` (``base``, ``aliases``, ``columns``,
    ``strict``, ``default_level``, ``default_areas``, ``joint_lead``,
    ``source``, ``keep_apart``, ``infer_topics``).

    :raises InvalidInputError: naming the file: not this kind of file, damaged,
        encrypted, beyond the limits, no {what} that looks like a register; or
        strict and something was not understood.
    :raises MissingDependencyError: {package} is not installed.
    :returns: an ``ImportResult`` whose diagnostics are ``OfficeDiagnostic``
        (each with its ``place``), and ``skipped``, the {what}s not imported
        with the reason.
"""


def import_xlsx(path: str | os.PathLike, *, base: Optional[_core.Register] = None, aliases: Any = None,
                columns: Optional[Mapping[str, str]] = None, strict: bool = False, default_level: Any = None,
                default_areas: Optional[Iterable[str]] = None, joint_lead: Optional[Iterable[str]] = None,
                source: str = "", keep_apart: Optional[Iterable[str]] = None,
                infer_topics: bool = True) -> ImportResult:
    """Import the register sheets of an Excel workbook (.xlsx, .xlsm).

    Each sheet whose heading row has a meeting-name column is read (values as
    Excel shows them; a merged cell's text in each row it spans); the meetings
    of every such sheet go into one register.

    >>> result = govgraph.import_xlsx("appendix-a.xlsx")
    >>> str(result.diagnostics[0])
    'appendix-a.xlsx, sheet "Appendix A", cell D2: info: ...'
    """
    return _import_office("xlsx", path, base, aliases, columns, strict, default_level, default_areas, joint_lead,
                          source, keep_apart, infer_topics)


def import_docx(path: str | os.PathLike, *, base: Optional[_core.Register] = None, aliases: Any = None,
                columns: Optional[Mapping[str, str]] = None, strict: bool = False, default_level: Any = None,
                default_areas: Optional[Iterable[str]] = None, joint_lead: Optional[Iterable[str]] = None,
                source: str = "", keep_apart: Optional[Iterable[str]] = None,
                infer_topics: bool = True) -> ImportResult:
    """Import the register tables of a Word document (.docx); its paragraphs are not read.

    A cell merged across rows gives its text to each row; one merged across
    columns gives it once, in its first column.

    >>> result = govgraph.import_docx("external-governance.docx")
    >>> [s.reason for s in result.skipped]
    ['does not look like a register: no column for the meeting name: ...']
    """
    return _import_office("docx", path, base, aliases, columns, strict, default_level, default_areas, joint_lead,
                          source, keep_apart, infer_topics)


def import_office(path: str | os.PathLike, **options: Any) -> ImportResult:
    """``import_xlsx`` or ``import_docx``, as the file's content says (``office_kind``).

    >>> govgraph.import_office("register.xlsx", base=my_bodies).register
    """
    return (import_xlsx if office_kind(path) == "xlsx" else import_docx)(path, **options)


import_xlsx.__doc__ = (import_xlsx.__doc__ or "") + _IMPORT_DOC.format(what="sheet", package="python3-openpyxl")
import_docx.__doc__ = (import_docx.__doc__ or "") + _IMPORT_DOC.format(what="table", package="python3-docx")


# --- a register as a workbook ---------------------------------------------------------------------


def _list_cell(values: Sequence[str]) -> Optional[str]:
    """A list as "a; b", or as a Python list literal when an item would not survive that."""
    items = list(values)
    if not items:
        return None
    if any(";" in v or v != v.strip() or not v for v in items) or items[0].startswith("["):
        return repr(items)
    return "; ".join(items)


def _excel_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return _list_cell(value)
    if isinstance(value, dict):  # a member's attributes: read back as a dict literal
        return repr(value) if value else None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if isinstance(value, str) and value == "":
        return None
    return value


def register_to_excel(register: _core.Register, path: str | os.PathLike) -> None:
    """Write the register as an Excel workbook: one sheet per table of ``register_to_frames``.

    Lists are written as text separated by "; ". The file is replaced
    atomically (a temporary file in the same folder, then renamed). Needs
    pandas and openpyxl.

    :raises InvalidInputError: a text holds a control character a workbook cannot store.
    :raises MissingDependencyError: openpyxl or pandas is not installed.

    >>> reg.to_excel("register.xlsx")
    """
    openpyxl = _openpyxl()
    _pandas()
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import]

    from govgraph.frames import TABLES, register_to_frames

    frames = register_to_frames(register)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for table in TABLES:
        sheet = workbook.create_sheet(table)
        sheet.append(TABLES[table])
        for index, record in enumerate(frames[table].to_dict("records"), start=2):
            values = [_excel_value(record.get(column)) for column in TABLES[table]]
            for column, value in enumerate(values, start=1):
                if value is None:
                    continue
                if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
                    raise _core.InvalidInputError(
                        f"{table} table, row {index}, column {TABLES[table][column - 1]!r}: a control character "
                        "that a workbook cannot store")
                cell = sheet.cell(row=index, column=column, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it starts with "="
        sheet.freeze_panes = "A2"
    _save_atomically(workbook, os.fspath(path))


def _save_atomically(workbook: Any, path: str) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(path, buffer.getvalue())


def read_excel(path: str | os.PathLike) -> _core.Register:
    """Read a workbook written by ``register_to_excel`` (or laid out the same way) back to a register.

    Each sheet named after a table of ``register_to_frames`` is read, its
    first row the column names; other sheets are ignored. Errors name the
    file, the table, the row as the sheet numbers it, and the column.

    :raises InvalidInputError: not a workbook, damaged, or a cell that cannot be read.
    :raises MissingDependencyError: openpyxl (or pandas) is not installed.

    >>> reg = govgraph.read_excel("register.xlsx")
    """
    from govgraph.frames import TABLES, register_from_frames

    name = os.fspath(path)
    _openpyxl()
    pandas = _pandas()
    _expect(name, "xlsx")
    workbook = _load_workbook(name, data_only=True, read_only=True)
    frames: Dict[str, Any] = {}
    try:
        for sheet in workbook.worksheets:
            if sheet.title not in TABLES:
                continue
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            columns = [str(h) if h is not None else f"column {i + 1}" for i, h in enumerate(header)]
            records: List[List[Any]] = []
            labels: List[int] = []
            for number, row in enumerate(rows, start=2):
                if all(v is None for v in row):
                    continue
                if len(records) >= MAX_CELLS:
                    _fail(name, f'sheet "{sheet.title}": more than {MAX_CELLS} rows')
                records.append((list(row) + [None] * len(columns))[:len(columns)])
                labels.append(number)
            frames[sheet.title] = pandas.DataFrame(records, columns=columns, index=labels, dtype=object)
    finally:
        workbook.close()
    if not frames:
        _fail(name, f"no sheet is named after a register table ({', '.join(TABLES)}); "
                    "import a register table with `govgraph import` instead")
    try:
        return register_from_frames(frames)
    except _core.InvalidInputError as error:
        raise _core.InvalidInputError(f"{name}: {error}") from None


def _register_to_excel(self: _core.Register, path: str | os.PathLike) -> None:
    """Write the register as an Excel workbook (``govgraph.register_to_excel(self, path)``).

    Example::

        reg.to_excel("register.xlsx")
        govgraph.read_excel("register.xlsx") == reg   # True
    """
    register_to_excel(self, path)


_core.Register.to_excel = _register_to_excel  # type: ignore[assignment]
