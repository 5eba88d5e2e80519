"""Import register tables as analysts write them: CSV files and DataFrames (Excel and Word: office.py).

One row is one meeting; columns such as Meeting, Lead, Purpose, Key
participants, Frequency and Current focus are matched by their headings, and
every cell is read by govgraph's parsers. What was not fully understood comes
back as diagnostics, with the row, the column, the text and a suggestion::

    import govgraph
    base = govgraph.load_json("my-areas-and-bodies.json")      # optional
    result = govgraph.import_csv("appendix-a.csv", base=base)
    print(result.diagnostics_frame())                         # needs pandas
    govgraph.save_json(result.register, "register.json")

    import pandas
    frame = pandas.read_excel("register.xlsx")
    result = govgraph.import_table(frame)

See docs/from-spreadsheet.md.
"""

from __future__ import annotations

import math
import os
import pathlib
from typing import Any, Iterable, Iterator, Mapping, Sequence

from govgraph import _core
from govgraph._optional import require

__all__ = ["ImportResult", "aliases_path", "import_csv", "import_table"]


def aliases_path() -> pathlib.Path:
    """The shipped alias table, ``aliases.csv``, beside the package.

    It is the file ``govgraph.AliasTable.builtin()`` was compiled from: copy it
    to start a table of your own.

    :raises NotFoundError: the file is missing from the installation.

    >>> govgraph.aliases_path().name
    'aliases.csv'
    """
    here = pathlib.Path(__file__).resolve().parent
    for candidate in (here / "data" / "aliases.csv",
                      here.parents[1] / "data" / "aliases.csv" if len(here.parents) > 1 else None):
        if candidate is not None and candidate.is_file():
            return candidate
    raise _core.NotFoundError(f"{here / 'data' / 'aliases.csv'}: the shipped alias table is missing")


class ImportResult:
    """What an import gives: ``register`` and ``diagnostics``.

    ``diagnostics`` is a list of ``govgraph.Diagnostic`` (severity, row,
    column, column_name, field, text, understood, suggestion, message).
    ``skipped`` lists the sheets or Word tables of an Office file that were
    not imported, each with its ``place`` and ``reason`` (empty for CSV).
    """

    def __init__(self, register: _core.Register, diagnostics: Sequence[Any], skipped: Sequence[Any] = ()):
        self.register = register
        self.diagnostics = list(diagnostics)
        self.skipped = list(skipped)

    @property
    def has_errors(self) -> bool:
        """True when something was not understood (a diagnostic of severity "error")."""
        return any(d.severity == "error" for d in self.diagnostics)

    def diagnostics_records(self) -> list[dict[str, Any]]:
        """The diagnostics as a list of plain dicts."""
        fields = ("severity", "row", "column", "column_name", "field", "text", "understood", "suggestion",
                  "message")
        return [{f: getattr(d, f) for f in fields} for d in self.diagnostics]

    def diagnostics_frame(self) -> Any:
        """The diagnostics as a pandas DataFrame (pandas is imported only here)."""
        pandas = require("pandas", "diagnostics_frame()")
        columns = ["severity", "row", "column", "column_name", "field", "text", "understood", "suggestion",
                   "message"]
        return pandas.DataFrame(self.diagnostics_records(), columns=columns)

    to_pandas = diagnostics_frame

    def __iter__(self) -> Iterator[Any]:
        # ``register, diagnostics = govgraph.import_csv(...)`` works too.
        return iter((self.register, self.diagnostics))

    def __repr__(self) -> str:
        counts = {s: sum(1 for d in self.diagnostics if d.severity == s) for s in ("error", "warning", "info")}
        return (f"<govgraph.ImportResult: {len(self.register.meetings)} meetings; "
                f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes>")


def _alias_table(aliases: Any) -> _core.AliasTable | None:
    """None, an AliasTable, a path, or entries: the table to use (built-in plus overrides)."""
    if aliases is None:
        return None
    if isinstance(aliases, _core.AliasTable):
        return aliases
    table = _core.AliasTable.builtin()
    if isinstance(aliases, (str, os.PathLike)):
        table.override(_core.AliasTable.load(aliases))
        return table
    extra = _core.AliasTable()
    for entry in aliases:
        extra.add(entry)
    table.override(extra)
    return table


def _options(base: Any, aliases: Any, columns: Mapping[str, str] | None, strict: bool, default_level: Any,
             default_areas: Iterable[str] | None, joint_lead: Iterable[str] | None, source: str,
             keep_apart: Iterable[str] | None = None, infer_topics: bool = True) -> dict[str, Any]:
    if base is not None and not isinstance(base, _core.Register):
        raise TypeError(f"base must be a govgraph.Register, not {type(base).__name__}")
    level = None
    if default_level is not None:
        level = default_level if isinstance(default_level, str) else default_level.name.lower()
    return dict(base=base, aliases=_alias_table(aliases), columns=dict(columns or {}), strict=bool(strict),
                default_level=level, default_areas=list(default_areas or []),
                joint_lead=list(joint_lead or []), source=source or "",
                keep_apart=[keep_apart] if isinstance(keep_apart, str) else list(keep_apart or []),
                infer_topics=bool(infer_topics))


def import_csv(path: str | os.PathLike, *, base: _core.Register | None = None, aliases: Any = None,
               columns: Mapping[str, str] | None = None, strict: bool = False, default_level: Any = None,
               default_areas: Iterable[str] | None = None, joint_lead: Iterable[str] | None = None,
               source: str = "", keep_apart: Iterable[str] | None = None, infer_topics: bool = True) -> ImportResult:
    """Import a register table from a CSV file (UTF-8, with or without BOM).

    :param base: a register to start from; names resolve to its ids first.
    :param aliases: an ``AliasTable`` (used as is), or a path to a CSV/JSON
        alias file or a list of ``AliasEntry`` (added over the shipped table).
    :param columns: heading -> field ("name", "participants", ..., "ignore",
        "attribute:KEY"), for headings govgraph does not recognise.
    :param strict: raise ``InvalidInputError`` if anything is not understood.
    :param default_level: level of meetings whose row does not say.
    :param default_areas: area ids for meetings that name no area.
    :param joint_lead: organisation ids that "Joint" stands for.
    :param source: recorded as ``attributes["source"]`` on each meeting.
    :param keep_apart: organisations (names as written, or ids) never merged
        with another when one body written several ways is read as one
        ("Constabulary" and "Avon and Somerset Constabulary"); each merge is an
        info diagnostic with its evidence.
    :param infer_topics: read each meeting's topics from its name, purpose and
        focus with the shipped topic glossary (the evidence is kept in
        ``attributes["topics_inferred"]``).
    :raises InvalidInputError: the file is not a readable table (not UTF-8, an
        unterminated quote, no meeting-name column), or strict and something
        was not understood; the message names the row and column.
    :raises NotFoundError: the file does not exist.
    :returns: an ``ImportResult``: ``register`` and ``diagnostics`` (it also
        unpacks as ``register, diagnostics``).

    >>> result = govgraph.import_csv("examples/registers/avon-and-somerset-2016-appendix-a.csv")
    >>> len(result.register.meetings), result.has_errors
    (9, True)
    >>> result.diagnostics_frame().query("severity == 'error'")[["row", "column", "text"]]
    """
    opts = _options(base, aliases, columns, strict, default_level, default_areas, joint_lead, source, keep_apart,
                    infer_topics)
    register, diagnostics = _core._import_csv(os.fspath(path), **opts)
    return ImportResult(register, diagnostics)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    try:
        import pandas  # type: ignore[import]

        if value is pandas.NaT or (not isinstance(value, str) and pandas.isna(value)):
            return ""
    except (ImportError, TypeError, ValueError):
        pass
    return str(value)


def import_table(table: Any, *, base: _core.Register | None = None, aliases: Any = None,
                 columns: Mapping[str, str] | None = None, strict: bool = False, default_level: Any = None,
                 default_areas: Iterable[str] | None = None, joint_lead: Iterable[str] | None = None,
                 source: str = "", keep_apart: Iterable[str] | None = None,
                 infer_topics: bool = True) -> ImportResult:
    """Import a register table from a pandas DataFrame (e.g. ``pandas.read_excel``).

    Also accepts a list of rows whose first row is the header. Cells are read
    as text; empty cells (NaN, None) as empty. Options as for ``import_csv``.

    :raises InvalidInputError: no meeting-name column, or strict and something
        was not understood; the message names the row and column.
    :returns: an ``ImportResult``, as ``import_csv``.

    >>> rows = [["Meeting", "Lead", "Frequency"], ["Safeguarding chairs meeting", "OPCC", "Six monthly"]]
    >>> register, diagnostics = govgraph.import_table(rows)
    >>> register.meetings[0].cadence.describe()
    '2 a year'
    >>> result = govgraph.import_table(pandas.read_excel("register.xlsx"), base=my_bodies)
    """
    if hasattr(table, "columns") and hasattr(table, "itertuples"):
        header = [_cell(c) for c in table.columns]
        rows = [[_cell(v) for v in row] for row in table.itertuples(index=False, name=None)]
    else:
        all_rows = [[_cell(v) for v in row] for row in table]
        if not all_rows:
            raise _core.InvalidInputError("the table is empty: there is no header row")
        header, rows = all_rows[0], all_rows[1:]
    opts = _options(base, aliases, columns, strict, default_level, default_areas, joint_lead, source, keep_apart,
                    infer_topics)
    register, diagnostics = _core._import_rows(header, rows, **opts)
    return ImportResult(register, diagnostics)
