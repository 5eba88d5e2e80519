"""Import committees, meetings and attendees from ModernGov web-service XML.

Councils and police and crime panels publish their committees through
ModernGov's ``mgWebService.asmx``. Save its responses (GetCommittees,
GetMeetings, GetMeeting, GetCouncillorsByWard) to files and import them
together::

    import govgraph
    result = govgraph.import_moderngov(
        ["committees.xml", "meetings.xml", "meeting-4967.xml"], council="Manchester City Council")
    print(result.diagnostics_frame())     # needs pandas
    print(result.cadences_frame())        # how each committee's cadence was inferred
    govgraph.save_json(result.register, "register.json")

See docs/moderngov.md.
"""

from __future__ import annotations

import os
from typing import Any, Iterator, Sequence, Union

from govgraph import _core
from govgraph._optional import require

__all__ = ["ModernGovImportResult", "import_moderngov", "moderngov_response", "read_moderngov"]

PathLike = Union[str, "os.PathLike[str]"]

_DIAGNOSTIC_FIELDS = ("severity", "code", "file", "line", "column", "element", "text", "message")
_CADENCE_FIELDS = ("meeting", "committee_id", "cadence", "per_year", "dated_meetings", "cancelled", "undated",
                   "median_gap_days", "gaps_days", "first", "last", "reason")


class ModernGovImportResult:
    """What a ModernGov import gives: ``register``, ``diagnostics``, ``cadences``, ``documents``.

    ``diagnostics`` is a list of ``govgraph.Diagnostic`` (severity, code,
    file, line, column, element, text, message); ``cadences`` one
    ``govgraph.ModernGovCadenceEvidence`` per committee; ``documents`` the
    responses as read (``govgraph.ModernGovDocument``), file by file.
    """

    def __init__(self, register: _core.Register, diagnostics: Sequence[Any], cadences: Sequence[Any],
                 documents: Sequence[Any]):
        self.register = register
        self.diagnostics = list(diagnostics)
        self.cadences = list(cadences)
        self.documents = list(documents)

    @property
    def has_errors(self) -> bool:
        """True when something was not understood (a diagnostic of severity "error")."""
        return any(d.severity == "error" for d in self.diagnostics)

    def diagnostics_records(self) -> list[dict[str, Any]]:
        """The diagnostics as a list of plain dicts."""
        return [{f: getattr(d, f) for f in _DIAGNOSTIC_FIELDS} for d in self.diagnostics]

    def diagnostics_frame(self) -> Any:
        """The diagnostics as a pandas DataFrame (pandas is imported only here)."""
        pandas = require("pandas", "diagnostics_frame()")
        return pandas.DataFrame(self.diagnostics_records(), columns=list(_DIAGNOSTIC_FIELDS))

    to_pandas = diagnostics_frame

    def cadences_records(self) -> list[dict[str, Any]]:
        """One dict per committee: the cadence inferred and its evidence."""
        out = []
        for c in self.cadences:
            out.append({
                "meeting": c.meeting,
                "committee_id": c.committee_id,
                "cadence": c.cadence.describe(),
                "per_year": c.cadence.per_year,
                "dated_meetings": len(c.dates),
                "cancelled": c.cancelled,
                "undated": c.undated,
                "median_gap_days": c.median_gap_days,
                "gaps_days": list(c.gaps_days),
                "first": c.dates[0] if c.dates else None,
                "last": c.dates[-1] if c.dates else None,
                "reason": c.reason,
            })
        return out

    def cadences_frame(self) -> Any:
        """The cadence evidence as a pandas DataFrame."""
        pandas = require("pandas", "cadences_frame()")
        return pandas.DataFrame(self.cadences_records(), columns=list(_CADENCE_FIELDS))

    def __iter__(self) -> Iterator[Any]:
        # ``register, diagnostics = govgraph.import_moderngov(...)`` works too.
        return iter((self.register, self.diagnostics))

    def __repr__(self) -> str:
        counts = {s: sum(1 for d in self.diagnostics if d.severity == s) for s in ("error", "warning", "info")}
        return (f"<govgraph.ModernGovImportResult: {len(self.register.meetings)} committees, "
                f"{len(self.register.people)} people; {counts['error']} errors, {counts['warning']} warnings, "
                f"{counts['info']} notes>")


def import_moderngov(paths: PathLike | Sequence[PathLike], *, council: str | None = None,
                     council_id: str | None = None, council_kind: str = "local_authority", strict: bool = False,
                     source: str = "") -> ModernGovImportResult:
    """Import ModernGov web-service responses (XML files) into a register.

    :param paths: one file or several (GetCommittees, GetMeetings, GetMeeting,
        GetCouncillorsByWard responses, in any order); each is recognised by
        its root element.
    :param council: the council or panel that publishes them (the
        organisation that leads every committee). None: named after the web
        site the responses link to, with a warning.
    :param council_id: its id (default: a slug of the name).
    :param council_kind: an organisation kind, e.g. ``"police_and_crime_panel"``.
    :param strict: raise ``InvalidInputError`` if anything is not understood.
    :param source: recorded as ``attributes["source"]`` on each committee.
    :raises InvalidInputError: a file is not well-formed XML, declares
        entities or refers to external ones, is not a ModernGov response, or
        (strict) something was not understood; the message names the file,
        line, column and element.
    :raises NotFoundError: a file does not exist.

    >>> result = govgraph.import_moderngov(["committees.xml", "meetings.xml"], council="Manchester City Council")
    >>> [m.name for m in result.register.meetings]
    ['Appointment Sub Committee for Director of Adult Social Services', 'Art Galleries Committee', 'Audit Committee']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[str | os.PathLike[str]] = [os.fspath(p) for p in paths]
    register, diagnostics, cadences, documents = _core._import_moderngov(
        files, council=council or "", council_id=council_id or "", council_kind=council_kind, strict=bool(strict),
        source=source or "")
    return ModernGovImportResult(register, diagnostics, cadences, documents)


def read_moderngov(path: PathLike) -> Any:
    """Read one ModernGov response as it is: committees, meetings, agenda items, attendees.

    Returns a ``govgraph.ModernGovDocument``. Raises as ``import_moderngov``.

    >>> doc = govgraph.read_moderngov("tests/data/moderngov/committees.xml")
    >>> [c.title for c in doc.committees][:2]
    ['Appointment Sub Committee for Director of Adult Social Services', 'Art Galleries Committee']
    """
    return _core._read_moderngov(os.fspath(path))


def moderngov_response(path: PathLike) -> str | None:
    """The ModernGov response a file holds, from its root element alone.

    ``"committees"``, ``"meetings"``, ``"meeting"`` or ``"councillors_by_ward"``;
    None when the file is not XML or not a ModernGov response (a CSV table, say).

    >>> govgraph.moderngov_response("meetings.xml")
    'meetings'
    """
    with open(os.fspath(path), "rb") as f:
        head = f.read(64 * 1024)
    return _core._moderngov_response(head)
