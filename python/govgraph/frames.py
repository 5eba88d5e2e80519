"""A register as tidy pandas DataFrames, and back (docs/notebooks-and-reports.md).

``register_to_frames`` splits a register into one table per kind of thing,
one row per thing, with ids wherever one row refers to another::

    frames = govgraph.register_to_frames(reg)
    frames.meetings[["name", "level", "lead", "sittings_per_year"]]
    frames.participation.groupby("organisation_id").size()

``register_from_frames`` rebuilds a register from such tables, for example
after editing them in a notebook or a spreadsheet. A mistake in a cell raises
``govgraph.InvalidInputError`` naming the table, the row and the column::

    frames.meetings.loc[frames.meetings.id == "lcjb", "level"] = "tactical"
    reg2 = govgraph.register_from_frames(frames)

The tables:

``info``
    one row: title, description, source, date, meeting_duration_hours.
``areas``, ``organisations``, ``roles``, ``people``, ``topics``
    one row per entity: id, name, kind, parent and the other references as
    ids, aliases as a list.
``meetings``
    one row per meeting: id, name, kind, level, status, statutory, lead
    (names, for reading), lead_text, chair, purpose, current_focus, cadence
    (as written), cadence_kind, cadence_per_year, sittings_per_year, duration
    and hours a year, per_area, reports_to, areas and topics (lists of ids).
``initiatives``
    one row per initiative.
``participation`` and ``initiative_participation``
    one row per meeting (initiative) and participant: organisation, role and
    person ids, type, seats, the participant as written, and co_opted (a
    panel's co-opted member).
``leads``
    one row per meeting or initiative and lead or supporting organisation.
``members``
    one row per membership (a person's seat on a meeting): meeting and person
    ids, seat (councillor, co_opted_councillor, independent), the council
    represented, party, office (member, chair, vice_chair), the pillars led
    (topic ids), substitute and substitute_for, the term's start and end
    dates, and attributes (a dict, or its text as ``to_csv`` writes it).
``cadence_exceptions``, ``identifiers``, ``attributes``
    the rest, one row per value.

Columns worked out from the others (``lead``, ``sittings_per_year``,
``hours_per_year``, names next to ids, ``default_duration``) are for reading
and are ignored by ``register_from_frames``. A cadence is rebuilt from
``cadence_kind``, ``cadence_per_year``, ``cadence`` and ``cadence_note``;
leave ``cadence_kind`` empty to have the ``cadence`` text read instead.
List cells may be Python lists or text separated by ``;``, so the tables can
be saved with ``DataFrame.to_csv`` and read back with ``pandas.read_csv``.
"""

from __future__ import annotations

import ast
import datetime
import math
from typing import Any, Callable, Dict, Iterable, List, NoReturn, Optional, Tuple

from govgraph import _core
from govgraph._optional import require

__all__ = ["RegisterFrames", "register_from_frames", "register_to_frames", "TABLES"]

# Tables and their columns, in order. Columns marked derived are ignored when rebuilding.
TABLES: Dict[str, List[str]] = {
    "info": ["title", "description", "source", "date", "meeting_duration_hours"],
    "areas": ["id", "name", "kind", "parent", "aliases"],
    "organisations": ["id", "name", "kind", "parent", "areas", "aliases"],
    "roles": ["id", "name", "organisation", "elected", "aliases"],
    "people": ["id", "name", "roles", "aliases"],
    "topics": ["id", "name", "parent", "aliases"],
    "meetings": ["id", "name", "kind", "level", "status", "statutory", "lead", "lead_text", "chair_organisation",
                 "chair_role", "chair_person", "chair_note", "purpose", "current_focus", "cadence", "cadence_kind",
                 "cadence_per_year", "cadence_note", "sittings_per_year", "duration_hours", "default_duration",
                 "hours_per_year", "per_area", "reports_to", "areas", "topics", "participants", "aliases"],
    "initiatives": ["id", "name", "status", "lead", "lead_text", "purpose", "start_date", "end_date", "areas",
                    "priorities", "participants", "aliases"],
    "participation": ["meeting_id", "meeting", "organisation_id", "role_id", "person_id", "participant", "type",
                      "seats", "note", "co_opted"],
    "initiative_participation": ["initiative_id", "initiative", "organisation_id", "role_id", "person_id",
                                 "participant", "type", "seats", "note", "co_opted"],
    "leads": ["item", "item_id", "organisation_id", "organisation", "lead"],
    "members": ["meeting_id", "meeting", "person_id", "person", "seat", "council_id", "council", "party", "office",
                "leads", "substitute", "substitute_for", "start_date", "end_date", "attributes"],
    "cadence_exceptions": ["meeting_id", "area", "per_year"],
    "identifiers": ["entity", "entity_id", "scheme", "value"],
    "attributes": ["entity", "entity_id", "key", "value"],
}

DERIVED: Dict[str, Tuple[str, ...]] = {
    "meetings": ("lead", "sittings_per_year", "default_duration", "hours_per_year", "participants"),
    "initiatives": ("lead", "participants"),
    "participation": ("meeting", "participant"),
    "initiative_participation": ("initiative", "participant"),
    "leads": ("organisation",),
    "members": ("meeting", "person", "council"),
}

# Entity tables: JSON key -> (singular used in messages and the "entity" column, scalar refs, list refs).
_ENTITIES: Dict[str, Tuple[str, Dict[str, str], Dict[str, str]]] = {
    "areas": ("area", {"parent": "areas"}, {}),
    "organisations": ("organisation", {"parent": "organisations"}, {"areas": "areas"}),
    "roles": ("role", {"organisation": "organisations"}, {}),
    "people": ("person", {}, {"roles": "roles"}),
    "topics": ("topic", {"parent": "topics"}, {}),
    "meetings": ("meeting", {"reports_to": "meetings", "chair_organisation": "organisations",
                             "chair_role": "roles", "chair_person": "people"},
                 {"areas": "areas", "topics": "topics"}),
    "initiatives": ("initiative", {}, {"areas": "areas", "priorities": "topics"}),
}
_ENTITY_ORDER = ["areas", "organisations", "roles", "people", "topics", "meetings", "initiatives"]


def _enum_names(enum: Any) -> List[str]:
    return [name.lower() for name in enum.__members__]


_ENUMS: Dict[Tuple[str, str], Callable[[], List[str]]] = {
    ("areas", "kind"): lambda: _enum_names(_core.AreaKind),
    ("organisations", "kind"): lambda: _enum_names(_core.OrganisationKind),
    ("meetings", "kind"): lambda: _enum_names(_core.MeetingKind),
    ("meetings", "level"): lambda: _enum_names(_core.Level),
    ("meetings", "status"): lambda: _enum_names(_core.MeetingStatus),
    ("meetings", "cadence_kind"): lambda: _enum_names(_core.CadenceKind),
    ("initiatives", "status"): lambda: _enum_names(_core.InitiativeStatus),
    ("participation", "type"): lambda: _enum_names(_core.ParticipationType),
    ("initiative_participation", "type"): lambda: _enum_names(_core.ParticipationType),
    ("leads", "lead"): lambda: ["lead", "supporting"],
    ("leads", "item"): lambda: ["meeting", "initiative"],
    ("members", "seat"): lambda: _enum_names(_core.SeatKind),
    ("members", "office"): lambda: _enum_names(_core.MemberOffice),
}


def _pandas() -> Any:
    return require("pandas", "register frames")


class RegisterFrames(Dict[str, Any]):
    """The tables of a register: a dict of name -> DataFrame whose tables are
    also attributes (``frames.meetings`` is ``frames["meetings"]``).

    Example::

        frames = govgraph.register_to_frames(reg)
        sorted(frames)              # the table names
        frames.participation.head()
    """

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r}; the tables are {', '.join(self)}") from None

    def to_register(self) -> Any:
        """The register these tables describe (``register_from_frames(self)``).

        Example::

            reg2 = govgraph.register_to_frames(reg).to_register()
        """
        return register_from_frames(self)


# --- register -> frames -------------------------------------------------------


def _frame(rows: List[Dict[str, Any]], table: str) -> Any:
    return _pandas().DataFrame(rows, columns=TABLES[table])


def _party_label(names: Dict[Tuple[str, str], str], party: Any) -> str:
    parts = [names.get((kind, getattr(party, key)), getattr(party, key)) for kind, key in
             (("organisations", "organisation"), ("roles", "role"), ("people", "person")) if getattr(party, key)]
    return " / ".join(parts)


def _day(value: Optional[datetime.date]) -> Optional[str]:
    return None if value is None else value.isoformat()


def register_to_frames(register: Any) -> RegisterFrames:
    """The register as tidy DataFrames, one table per kind of thing (see the module docs).

    Example::

        frames = govgraph.register_to_frames(reg)
        frames.meetings.set_index("id").loc["lcjb", "sittings_per_year"]   # 6.0
        frames.participation.query("meeting_id == 'lcjb'")[["participant", "type"]]
    """
    if not isinstance(register, _core.Register):
        raise TypeError(f"register_to_frames needs a govgraph.Register, not {type(register).__name__}")
    entities = {table: list(getattr(register, table)) for table in _ENTITY_ORDER}
    names: Dict[Tuple[str, str], str] = {}
    for table in _ENTITY_ORDER:
        for e in entities[table]:
            names[(table, e.id)] = e.name
    rows: Dict[str, List[Dict[str, Any]]] = {name: [] for name in TABLES}

    info = register.info
    rows["info"].append({"title": info.title, "description": info.description, "source": info.source,
                         "date": info.date, "meeting_duration_hours": register.defaults.meeting_duration_hours})
    for key, value in info.attributes.items():
        rows["attributes"].append({"entity": "register", "entity_id": "", "key": key, "value": value})

    def lead_rows(item: str, e: Any) -> str:
        lead = e.lead
        for kind, ids in (("lead", lead.organisations), ("supporting", lead.supporting)):
            for org in ids:
                rows["leads"].append({"item": item, "item_id": e.id, "organisation_id": org,
                                      "organisation": names.get(("organisations", org), org), "lead": kind})
        return "; ".join(names.get(("organisations", o), o) for o in lead.organisations)

    def participant_rows(table: str, key: str, e: Any) -> int:
        participants = e.participants
        for p in participants:
            rows[table].append({f"{key}_id": e.id, key: e.name, "organisation_id": p.organisation,
                                "role_id": p.role, "person_id": p.person, "participant": _party_label(names, p),
                                "type": p.type.label, "seats": p.seats, "note": p.note, "co_opted": p.co_opted})
        return len(participants)

    for table in _ENTITY_ORDER:
        singular = _ENTITIES[table][0]
        for e in entities[table]:
            row: Dict[str, Any] = {"id": e.id, "name": e.name, "aliases": list(e.aliases)}
            for key, value in e.attributes.items():
                rows["attributes"].append({"entity": singular, "entity_id": e.id, "key": key, "value": value})
            if table in ("areas", "organisations"):
                for ident in e.identifiers:
                    rows["identifiers"].append({"entity": singular, "entity_id": e.id, "scheme": ident.scheme,
                                                "value": ident.value})
                row["kind"] = e.kind.label
                row["parent"] = e.parent
                if table == "organisations":
                    row["areas"] = list(e.areas)
            elif table == "roles":
                row.update(organisation=e.organisation, elected=e.elected)
            elif table == "people":
                row["roles"] = list(e.roles)
            elif table == "topics":
                row["parent"] = e.parent
            elif table == "meetings":
                for ex in e.cadence.exceptions:
                    rows["cadence_exceptions"].append({"meeting_id": e.id, "area": ex.area,
                                                       "per_year": ex.per_year})
                sittings = register.sittings_per_year(e)
                chair = e.chair
                row.update(kind=e.kind.label, level=e.level.label, status=e.status.label, statutory=e.statutory,
                           lead=lead_rows("meeting", e), lead_text=e.lead.text,
                           chair_organisation=chair.organisation, chair_role=chair.role,
                           chair_person=chair.person, chair_note=e.chair_note, purpose=e.purpose,
                           current_focus=e.current_focus, cadence=e.cadence.text,
                           cadence_kind=e.cadence.kind.name.lower(), cadence_per_year=e.cadence.per_year,
                           cadence_note=e.cadence.note, sittings_per_year=sittings,
                           duration_hours=e.duration_hours, default_duration=e.duration_hours is None,
                           hours_per_year=None if sittings is None else sittings * register.duration_hours(e),
                           per_area=e.per_area, reports_to=e.reports_to, areas=list(e.areas),
                           topics=list(e.topics), participants=participant_rows("participation", "meeting", e))
            elif table == "initiatives":
                row.update(status=e.status.label, lead=lead_rows("initiative", e), lead_text=e.lead.text,
                           purpose=e.purpose, start_date=_day(e.start_date), end_date=_day(e.end_date),
                           areas=list(e.areas), priorities=list(e.priorities),
                           participants=participant_rows("initiative_participation", "initiative", e))
            rows[table].append(row)
    for m in register.memberships:
        rows["members"].append({
            "meeting_id": m.meeting, "meeting": names.get(("meetings", m.meeting), m.meeting),
            "person_id": m.person, "person": names.get(("people", m.person), m.person), "seat": m.seat.label,
            "council_id": m.council, "council": names.get(("organisations", m.council), m.council),
            "party": m.party, "office": m.office.label, "leads": list(m.leads), "substitute": m.substitute,
            "substitute_for": m.substitute_for, "start_date": _day(m.start_date), "end_date": _day(m.end_date),
            "attributes": dict(m.attributes)})
    return RegisterFrames((name, _frame(rows[name], name)) for name in TABLES)


# --- frames -> register -------------------------------------------------------


class _Place:
    """A row of a table: where a value came from, to name it in errors."""

    def __init__(self, table: str, label: Any, row_id: Optional[str]) -> None:
        self.table, self.label, self.row_id = table, label, row_id

    def where(self, column: Optional[str] = None) -> str:
        place = f"{self.table} table, row {self.label!r}"
        if self.row_id is not None:
            place += f" (id {self.row_id!r})"
        return place + (f", column {column!r}" if column else "")


class _Cells:
    """Reads the cells of one table, raising errors that name the table, row and column."""

    def __init__(self, frames: Any, table: str, required: Iterable[str] = ("id", "name")) -> None:
        self.table = table
        frame = frames.get(table) if hasattr(frames, "get") else None
        if frame is None:
            frame = _pandas().DataFrame(columns=TABLES[table])
        if not hasattr(frame, "columns") or not hasattr(frame, "iterrows"):
            raise _core.InvalidInputError(f"{table} table: expected a pandas DataFrame, found "
                                          f"{type(frame).__name__}")
        self.frame = frame
        self.columns = set(frame.columns)
        for column in required:
            if column not in self.columns and len(frame) > 0:
                raise _core.InvalidInputError(f"{table} table: missing column {column!r}")
        self.label: Any = None
        self.row: Any = None

    def rows(self) -> Iterable[Any]:
        for label, row in self.frame.iterrows():
            self.label, self.row = label, row
            yield row

    def place(self) -> _Place:
        row_id = None
        if self.row is not None and "id" in self.columns and isinstance(self.row.get("id"), str):
            row_id = self.row["id"]
        return _Place(self.table, self.label, row_id)

    def where(self, column: Optional[str] = None) -> str:
        return self.place().where(column)

    def fail(self, column: Optional[str], message: str) -> NoReturn:
        raise _core.InvalidInputError(f"{self.where(column)}: {message}")

    def raw(self, column: str) -> Any:
        if column not in self.columns:
            return None
        value = self.row[column]
        if _is_missing(value):
            return None
        return value

    def text(self, column: str, required: bool = False) -> str:
        value = self.raw(column)
        if value is None:
            if required:
                self.fail(column, "is empty")
            return ""
        if not isinstance(value, str):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            value = str(value)
        if required and not value.strip():
            self.fail(column, "is empty")
        return value

    def optional_text(self, column: str) -> Optional[str]:
        value = self.text(column)
        return value if value.strip() else None

    def number(self, column: str, minimum: Optional[float] = None) -> Optional[float]:
        value = self.raw(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            self.fail(column, f"expected a number, found {value!r}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(column, f"expected a number, found {value!r}")
        if math.isnan(number) or math.isinf(number) or (minimum is not None and number < minimum):
            bound = "" if minimum is None else f" of at least {minimum:g}"
            self.fail(column, f"expected a number{bound}, found {value!r}")
        return number

    def integer(self, column: str, default: int) -> int:
        number = self.number(column, minimum=0)
        if number is None:
            return default
        if not number.is_integer():
            self.fail(column, f"expected a whole number, found {self.raw(column)!r}")
        if number > _MAX_WHOLE_NUMBER:
            self.fail(column, "is out of range")
        return int(number)

    def boolean(self, column: str) -> bool:
        value = self.raw(column)
        if value is None:
            return False
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in ("true", "yes", "y", "1"):
                return True
            if lowered in ("false", "no", "n", "0", ""):
                return False
            self.fail(column, f"expected true or false, found {value!r}")
        if isinstance(value, (bool, int, float)) and value in (0, 1):
            return bool(value)
        try:
            import numpy  # type: ignore[import]

            if isinstance(value, numpy.bool_):
                return bool(value)
        except ImportError:  # pragma: no cover - numpy comes with pandas
            pass
        self.fail(column, f"expected true or false, found {value!r}")

    def choice(self, column: str, default: str) -> str:
        value = self.text(column).strip()
        if not value:
            return default
        allowed = _ENUMS[(self.table, column)]()
        normalised = value.lower().replace(" ", "_").replace("-", "_")
        if normalised not in allowed:
            self.fail(column, f"unknown value {value!r}; expected one of {', '.join(allowed)}")
        return normalised

    def id_list(self, column: str) -> List[str]:
        value = self.raw(column)
        if value is None:
            return []
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("[") and text.endswith("]"):  # a list saved by DataFrame.to_csv
                try:
                    value = ast.literal_eval(text)
                except (ValueError, SyntaxError):
                    self.fail(column, f"expected a list or text separated by ';', found {value!r}")
            else:
                return [part.strip() for part in text.split(";") if part.strip()]
        if hasattr(value, "tolist"):
            value = value.tolist()
        if not isinstance(value, (list, tuple)):
            self.fail(column, f"expected a list or text separated by ';', found {value!r}")
        out = []
        for item in value:
            if not isinstance(item, str):
                self.fail(column, f"expected text in the list, found {item!r}")
            if item.strip():
                out.append(item.strip())
        return out

    def date(self, column: str) -> Optional[str]:
        value = self.raw(column)
        if value is None:
            return None
        if hasattr(value, "date") and callable(value.date):  # pandas.Timestamp, datetime
            value = value.date()
        if isinstance(value, datetime.date):
            return value.isoformat()
        text = self.text(column).strip()
        if not text:
            return None
        try:
            return datetime.date.fromisoformat(text).isoformat()
        except ValueError:
            self.fail(column, f"expected a date as YYYY-MM-DD, found {text!r}")


# The largest whole number a cell may hold, as in a register's JSON.
_MAX_WHOLE_NUMBER = 1_000_000


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, (list, tuple, str, dict)) or hasattr(value, "tolist"):
        return False
    try:
        return bool(_pandas().isna(value))
    except (TypeError, ValueError):
        return False


def _check_ref(cells: _Cells, column: str, value: Optional[str], ids: Dict[str, set], target: str) -> None:
    if value is not None and value not in ids[target]:
        cells.fail(column, f"no {_ENTITIES[target][0]} has the id {value!r} (see the {target} table)")


def register_from_frames(frames: Any) -> Any:
    """Build a register from tables shaped like ``register_to_frames`` gives.

    ``frames`` is a ``RegisterFrames`` or any mapping of table name ->
    DataFrame; missing tables count as empty, and derived columns are ignored.
    Raises ``govgraph.InvalidInputError`` naming the table, the row (the
    DataFrame's index label, and the id) and the column of the first cell
    that cannot be read or that refers to an id no table has.

    Example::

        frames = govgraph.register_to_frames(reg)
        frames.meetings.loc[frames.meetings.id == "lcjb", "level"] = "tactical"
        reg2 = govgraph.register_from_frames(frames)
        reg2.meeting(reg2.find_meeting("lcjb")).level   # Level.TACTICAL
    """
    if not hasattr(frames, "get"):
        raise TypeError(f"register_from_frames needs a mapping of table name -> DataFrame, not "
                        f"{type(frames).__name__}")
    unknown = sorted(set(frames) - set(TABLES))
    if unknown:
        raise _core.InvalidInputError(f"unknown table {unknown[0]!r}; the tables are {', '.join(TABLES)}")

    ids: Dict[str, set] = {}
    entities: Dict[str, Dict[str, Dict[str, Any]]] = {}
    # Where each entity and item came from, to name the row of each problem the builder finds.
    places = _Places()

    # First pass: ids, so that references may point forwards.
    for table in _ENTITY_ORDER:
        cells = _Cells(frames, table)
        ids[table] = set()
        for _ in cells.rows():
            entity_id = cells.text("id", required=True).strip()
            if entity_id in ids[table]:
                cells.fail("id", f"the id {entity_id!r} is used twice")
            ids[table].add(entity_id)

    data: Dict[str, Any] = {}
    info_cells = _Cells(frames, "info", required=())
    for _ in info_cells.rows():
        if info_cells.label != info_cells.frame.index[0]:
            info_cells.fail(None, "the info table has one row")
        places.info = info_cells.place()
        info = {key: info_cells.text(key) for key in ("title", "description", "source", "date")}
        data["info"] = {k: v for k, v in info.items() if v}
        duration = info_cells.number("meeting_duration_hours", minimum=0)
        if duration is not None:
            data["defaults"] = {"meeting_duration_hours": duration}

    for table in _ENTITY_ORDER:
        cells = _Cells(frames, table)
        _, refs, list_refs = _ENTITIES[table]
        items: List[Dict[str, Any]] = []
        entities[table] = {}
        for _ in cells.rows():
            e: Dict[str, Any] = {"id": cells.text("id").strip(), "name": cells.text("name", required=True)}
            places.entities.setdefault(table, []).append(cells.place())
            aliases = cells.id_list("aliases")
            if aliases:
                e["aliases"] = aliases
            for column, target in refs.items():
                value = cells.optional_text(column)
                _check_ref(cells, column, value, ids, target)
            for column, target in list_refs.items():
                for value in cells.id_list(column):
                    _check_ref(cells, column, value, ids, target)
            if table in ("areas", "organisations"):
                e["kind"] = cells.choice("kind", "other")
                if cells.optional_text("parent"):
                    e["parent"] = cells.optional_text("parent")
                if table == "organisations":
                    e["areas"] = cells.id_list("areas")
            elif table == "roles":
                if cells.optional_text("organisation"):
                    e["organisation"] = cells.optional_text("organisation")
                e["elected"] = cells.boolean("elected")
            elif table == "people":
                e["roles"] = cells.id_list("roles")
            elif table == "topics":
                if cells.optional_text("parent"):
                    e["parent"] = cells.optional_text("parent")
            elif table == "meetings":
                _meeting_fields(cells, e)
            elif table == "initiatives":
                e["status"] = cells.choice("status", "in_progress")
                e["lead"] = {"organisations": [], "text": cells.text("lead_text")}
                e["purpose"] = cells.text("purpose")
                for column in ("start_date", "end_date"):
                    day = cells.date(column)
                    if day:
                        e[column] = day
                e["areas"] = cells.id_list("areas")
                e["priorities"] = cells.id_list("priorities")
            items.append(e)
            entities[table][e["id"]] = e
        if items:
            data[table] = items

    _attach_participants(frames, "participation", "meeting", entities["meetings"], ids, places)
    _attach_participants(frames, "initiative_participation", "initiative", entities["initiatives"], ids, places)
    _attach_leads(frames, entities, ids, places)
    _attach_cadence_exceptions(frames, entities["meetings"], places)
    _attach_keyed(frames, data, entities, places)

    builder = _core.RegisterBuilder()
    if "info" in data:
        builder.set_info(_core.RegisterInfo(**data["info"]))
    if "defaults" in data:
        builder.set_defaults(_core.RegisterDefaults(**data["defaults"]))
    for table in _ENTITY_ORDER:
        add = getattr(builder, f"add_{_ENTITIES[table][0]}")
        for e in data.get(table, []):
            add(_entity(table, e))
    for membership in _read_members(frames, ids, places):
        builder.add_membership(membership)
    problems = builder.check()
    if problems:
        raise _core.InvalidInputError(places.explain(problems))
    return builder.build()


def _read_members(frames: Any, ids: Dict[str, set], places: _Places) -> List[Any]:
    """The memberships of the members table, each row checked as it is read."""
    cells = _Cells(frames, "members", required=("meeting_id", "person_id"))
    out = []
    for _ in cells.rows():
        fields: Dict[str, Any] = {}
        for column, key, target in (("meeting_id", "meeting", "meetings"), ("person_id", "person", "people"),
                                    ("council_id", "council", "organisations"),
                                    ("substitute_for", "substitute_for", "people")):
            value = cells.optional_text(column)
            if column in ("meeting_id", "person_id") and value is None:
                cells.fail(column, "is empty")
            _check_ref(cells, column, value, ids, target)
            if value:
                fields[key] = value.strip()
        leads = cells.id_list("leads")
        for value in leads:
            _check_ref(cells, "leads", value, ids, "topics")
        fields.update(seat=cells.choice("seat", "councillor"), office=cells.choice("office", "member"),
                      party=cells.text("party"), leads=leads, substitute=cells.boolean("substitute"),
                      attributes=_attributes_cell(cells, "attributes"))
        for column in ("start_date", "end_date"):
            day = cells.date(column)
            if day:
                fields[column] = day
        places.entities.setdefault("memberships", []).append(cells.place())
        out.append(_core.Membership(**fields))
    return out


def _attributes_cell(cells: _Cells, column: str) -> Dict[str, str]:
    """A cell of key/value pairs: a dict, or its text as DataFrame.to_csv writes it."""
    value = cells.raw(column)
    if value is None or (isinstance(value, str) and not value.strip()):
        return {}
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value.strip())
        except (ValueError, SyntaxError):
            cells.fail(column, f"expected a dict of text, found {value!r}")
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        cells.fail(column, f"expected a dict of text, found {value!r}")
    return dict(value)


_MODELS = {"areas": "Area", "organisations": "Organisation", "roles": "Role", "people": "Person",
           "topics": "Topic", "meetings": "Meeting", "initiatives": "Initiative"}


def _entity(table: str, fields: Dict[str, Any]) -> Any:
    """The model object of one row's fields (with its participants, lead, chair and cadence attached)."""
    fields = dict(fields)
    if "identifiers" in fields:
        fields["identifiers"] = [_core.Identifier(**i) for i in fields["identifiers"]]
    if "participants" in fields:
        fields["participants"] = [_core.Participant(**p) for p in fields["participants"]]
    if "lead" in fields:
        fields["lead"] = _core.Lead(**fields["lead"])
    if "chair" in fields:
        fields["chair"] = _core.Party(**fields["chair"])
    if "cadence" in fields:
        fields["cadence"] = _cadence(fields["cadence"])
    return getattr(_core, _MODELS[table])(**fields)


def _cadence(fields: Dict[str, Any]) -> Any:
    kind, text, per_year = fields["kind"], fields.get("text", ""), fields.get("per_year")
    if kind == "regular":
        cadence = _core.Cadence.regular(fields["per_year"], text)  # the cells say it has one
    elif kind == "varies":
        cadence = _core.Cadence.varies(per_year, text)
    elif kind == "ad_hoc":
        cadence = _core.Cadence.ad_hoc(text)
    else:
        cadence = _core.Cadence.unknown(text)
    cadence = cadence.with_note(fields.get("note", ""))
    for exception in fields.get("exceptions", []):
        cadence = cadence.with_exception(exception["area"], exception["per_year"])
    return cadence


# The parts of an entity that have rows of their own in another table, as the steps of a path name them.
_ITEMS = ("participants", "cadence.exceptions", "identifiers", "lead.organisations", "lead.supporting")


class _Places:
    """The row each entity, and each participant, lead, cadence exception and identifier, was read from."""

    def __init__(self) -> None:
        self.entities: Dict[str, List[_Place]] = {}
        self.items: Dict[Tuple[str, int, str, int], _Place] = {}
        self.info: Optional[_Place] = None

    def explain(self, problems: List[Any]) -> str:
        """The problems as RegisterBuilder.build() joins them, each at its table, row and column."""
        shown = [self.where(problem) for problem in problems[:10]]
        if len(problems) > 10:
            shown.append(f"and {len(problems) - 10} more problems")
        return "; ".join(shown)

    def where(self, problem: Any) -> str:
        """The problem at the table, row and column its entity was read from, found from its path's steps
        (``Diagnostic.path_steps``: "meetings", 3, "participants", 1, "role")."""
        steps = list(problem.path_steps)
        if steps and steps[0] in ("info", "defaults") and self.info is not None:
            column = "meeting_duration_hours" if steps[0] == "defaults" else ".".join(_keys(steps[1:])) or None
            return f"{self.info.where(column)}: {problem.message}"
        places = self.entities.get(steps[0], []) if len(steps) > 1 and isinstance(steps[1], int) else []
        if not places or steps[1] >= len(places):
            return str(problem)
        table, index, rest = steps[0], steps[1], steps[2:]
        place = places[index]
        if table == "memberships":
            return f"{place.where(_column('members', rest))}: {problem.message}"
        for name in _ITEMS:
            keys = name.split(".")
            n = len(keys)
            item = rest[n] if rest[:n] == keys and len(rest) > n and isinstance(rest[n], int) else None
            if item is not None and (table, index, name, item) in self.items:
                place = self.items[(table, index, name, item)]
                return f"{place.where(_column(place.table, rest[n + 1:]))}: {problem.message}"
        return f"{place.where(_column(table, rest))}: {problem.message}"


def _keys(steps: List[Any]) -> List[str]:
    """The keys among a path's steps, indexes left out: ["chair", "person"] of .chair.person."""
    return [step for step in steps if isinstance(step, str)]


def _column(table: str, rest: List[Any]) -> Optional[str]:
    """The column of a table that holds the field at the steps `rest` of a path (["chair", "person"]), if one
    does."""
    fields = _keys(rest)
    if table == "leads":
        return "organisation_id"
    if not fields:
        return None
    field, more = fields[0], fields[1:]
    if table == "members":
        field = {"person": "person_id", "meeting": "meeting_id", "council": "council_id"}.get(field, field)
    if table in ("participation", "initiative_participation") and field in ("organisation", "role", "person"):
        field += "_id"
    elif field == "chair" and more:
        field = f"chair_{more[0]}"
    elif field == "cadence":
        field = "cadence_per_year" if more[:1] == ["per_year"] else "cadence"
    elif field == "lead":
        field = "lead_text"
    return field if field in TABLES.get(table, []) else None


def _meeting_fields(cells: _Cells, e: Dict[str, Any]) -> None:
    e["kind"] = cells.choice("kind", "meeting")
    e["level"] = cells.choice("level", "unknown")
    e["status"] = cells.choice("status", "existing")
    e["statutory"] = cells.boolean("statutory")
    e["per_area"] = cells.boolean("per_area")
    e["lead"] = {"organisations": [], "text": cells.text("lead_text")}
    chair = {key: cells.optional_text(f"chair_{key}") for key in ("organisation", "role", "person")}
    chair = {k: v for k, v in chair.items() if v}
    if chair:
        e["chair"] = chair
    for column in ("chair_note", "purpose", "current_focus"):
        e[column] = cells.text(column)
    kind = cells.choice("cadence_kind", "")
    text = cells.text("cadence")
    per_year = cells.number("cadence_per_year", minimum=0)
    note = cells.text("cadence_note")
    if kind:
        cadence: Dict[str, Any] = {"kind": kind, "text": text, "note": note}
        if per_year is not None:
            if kind in ("ad_hoc", "unknown"):
                cells.fail("cadence_per_year", f"a cadence of kind {kind!r} has no meetings a year; leave it empty")
            cadence["per_year"] = per_year
        elif kind == "regular":
            cells.fail("cadence_per_year", "a regular cadence needs its meetings a year")
        e["cadence"] = cadence
    elif text.strip():
        try:
            parsed = _core.parse_cadence(text)
        except _core.InvalidInputError as error:
            cells.fail("cadence", f"{error} (or fill cadence_kind, e.g. 'unknown', to keep the text as written)")
        cadence = {"kind": parsed.kind.name.lower(), "text": parsed.text, "note": note or parsed.note}
        if parsed.per_year is not None:
            cadence["per_year"] = parsed.per_year
        e["cadence"] = cadence
    duration = cells.number("duration_hours", minimum=0)
    if duration is not None:
        e["duration_hours"] = duration
    if cells.optional_text("reports_to"):
        e["reports_to"] = cells.optional_text("reports_to")
    e["areas"] = cells.id_list("areas")
    e["topics"] = cells.id_list("topics")


def _attach_participants(frames: Any, table: str, item: str, owners: Dict[str, Dict[str, Any]],
                         ids: Dict[str, set], places: _Places) -> None:
    cells = _Cells(frames, table, required=(f"{item}_id",))
    position = {owner_id: i for i, owner_id in enumerate(owners)}
    for _ in cells.rows():
        owner_id = cells.text(f"{item}_id", required=True).strip()
        owner = owners.get(owner_id)
        if owner is None:
            cells.fail(f"{item}_id", f"no {item} has the id {owner_id!r} (see the {item}s table)")
        p: Dict[str, Any] = {}
        for key, target in (("organisation", "organisations"), ("role", "roles"), ("person", "people")):
            value = cells.optional_text(f"{key}_id")
            _check_ref(cells, f"{key}_id", value, ids, target)
            if value:
                p[key] = value
        if not p:
            cells.fail(None, "a participant needs an organisation_id, role_id or person_id")
        p["type"] = cells.choice("type", "member")
        p["seats"] = cells.integer("seats", 1)
        note = cells.text("note")
        if note:
            p["note"] = note
        if cells.boolean("co_opted"):
            p["co_opted"] = True
        participants = owner.setdefault("participants", [])
        places.items[(f"{item}s", position[owner_id], "participants", len(participants))] = cells.place()
        participants.append(p)


def _attach_leads(frames: Any, entities: Dict[str, Dict[str, Dict[str, Any]]], ids: Dict[str, set],
                  places: _Places) -> None:
    cells = _Cells(frames, "leads", required=("item", "item_id", "organisation_id"))
    position = {table: {entity_id: i for i, entity_id in enumerate(entities[table])} for table in entities}
    for _ in cells.rows():
        item = cells.choice("item", "meeting")
        item_id = cells.text("item_id", required=True).strip()
        owner = entities[f"{item}s"].get(item_id)
        if owner is None:
            cells.fail("item_id", f"no {item} has the id {item_id!r} (see the {item}s table)")
        organisation = cells.text("organisation_id", required=True).strip()
        _check_ref(cells, "organisation_id", organisation, ids, "organisations")
        key = "organisations" if cells.choice("lead", "lead") == "lead" else "supporting"
        leads = owner["lead"].setdefault(key, [])
        places.items[(f"{item}s", position[f"{item}s"][item_id], f"lead.{key}", len(leads))] = cells.place()
        leads.append(organisation)


def _attach_cadence_exceptions(frames: Any, meetings: Dict[str, Dict[str, Any]], places: _Places) -> None:
    cells = _Cells(frames, "cadence_exceptions", required=("meeting_id", "area", "per_year"))
    position = {meeting_id: i for i, meeting_id in enumerate(meetings)}
    for _ in cells.rows():
        meeting_id = cells.text("meeting_id", required=True).strip()
        meeting = meetings.get(meeting_id)
        if meeting is None:
            cells.fail("meeting_id", f"no meeting has the id {meeting_id!r} (see the meetings table)")
        if "cadence" not in meeting:
            cells.fail("meeting_id", f"the meeting {meeting_id!r} has no cadence to make an exception to")
        per_year = cells.number("per_year", minimum=0)
        if per_year is None:
            cells.fail("per_year", "is empty")
        exceptions = meeting["cadence"].setdefault("exceptions", [])
        places.items[("meetings", position[meeting_id], "cadence.exceptions", len(exceptions))] = cells.place()
        exceptions.append({"area": cells.text("area", required=True), "per_year": per_year})


def _attach_keyed(frames: Any, data: Dict[str, Any], entities: Dict[str, Dict[str, Dict[str, Any]]],
                  places: _Places) -> None:
    tables = {singular: table for table, (singular, _, _) in _ENTITIES.items()}
    position = {table: {entity_id: i for i, entity_id in enumerate(entities[table])} for table in entities}
    for name, key, value_key, field in (("identifiers", "scheme", "value", "identifiers"),
                                        ("attributes", "key", "value", "attributes")):
        cells = _Cells(frames, name, required=("entity", "entity_id", key, value_key))
        for _ in cells.rows():
            entity = cells.text("entity", required=True).strip()
            entity_id = cells.text("entity_id").strip()
            allowed = ["area", "organisation"] if name == "identifiers" else ["register", *tables]
            if entity not in allowed:
                cells.fail("entity", f"unknown value {entity!r}; expected one of {', '.join(allowed)}")
            if entity == "register":
                target = data.setdefault("info", {})
            else:
                found = entities[tables[entity]].get(entity_id)
                if found is None:
                    cells.fail("entity_id", f"no {entity} has the id {entity_id!r} (see the {tables[entity]} table)")
                target = found
            k = cells.text(key, required=True)
            v = cells.text(value_key)
            if name == "identifiers":
                identifiers = target.setdefault("identifiers", [])
                places.items[(tables[entity], position[tables[entity]][entity_id], "identifiers",
                              len(identifiers))] = cells.place()
                identifiers.append({"scheme": k, "value": v})
            else:
                attributes = target.setdefault("attributes", {})
                if k in attributes:
                    cells.fail(key, f"the key {k!r} is given twice for this {entity}")
                attributes[k] = v


# --- conveniences on Register and SummaryResult -----------------------------


def _register_to_frames(self: Any) -> RegisterFrames:
    """The register as tidy DataFrames (``govgraph.register_to_frames(self)``).

    Example::

        reg.to_frames().organisations[["id", "name", "kind"]]
    """
    return register_to_frames(self)


def _register_to_pandas(self: Any, table: str = "meetings") -> Any:
    """One table of ``to_frames()``: "meetings" (default), "organisations", "participation", ...

    Example::

        reg.to_pandas().sort_values("hours_per_year", ascending=False).head()
        reg.to_pandas("participation").groupby("type").size()
    """
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return register_to_frames(self)[table]


_core.Register.to_frames = _register_to_frames  # type: ignore[assignment]
_core.Register.to_pandas = _register_to_pandas  # type: ignore[assignment]

_SUMMARY_FIGURES = ("meetings", "organisations", "roles", "people", "areas", "topics", "initiatives", "components",
                    "sittings_per_year", "meeting_hours_per_year", "seat_hours_per_year",
                    "to_be_removed_meeting_hours_per_year", "to_be_removed_seat_hours_per_year")


def _summary_to_pandas(self: Any, table: str = "figures") -> Any:
    """The summary as a DataFrame: "figures" (default; one row per figure), "counts"
    (meetings by kind, level and status) or "leads".

    Example::

        govgraph.summarise(reg).to_pandas().set_index("figure").loc["meeting_hours_per_year", "value"]
        govgraph.summarise(reg).to_pandas("counts").query("by == 'level'")
    """
    pandas = _pandas()
    if table == "figures":
        rows = [{"figure": name, "value": getattr(self, name)} for name in _SUMMARY_FIGURES]
        rows.append({"figure": "unknown_cadence", "value": len(self.unknown_cadence)})
        rows.append({"figure": "default_duration", "value": len(self.default_duration)})
        return pandas.DataFrame(rows, columns=["figure", "value"])
    if table == "counts":
        rows = [{"by": by, "value": c.name, "meetings": c.count}
                for by, items in (("kind", self.meetings_by_kind), ("level", self.meetings_by_level),
                                  ("status", self.meetings_by_status)) for c in items]
        return pandas.DataFrame(rows, columns=["by", "value", "meetings"])
    if table == "leads":
        rows = [{"lead": t.label, "meetings": t.meetings, "organisations": len(t.organisations)} for t in self.leads]
        return pandas.DataFrame(rows, columns=["lead", "meetings", "organisations"])
    raise ValueError(f"unknown table {table!r}; choose one of counts, figures, leads")


_core.SummaryResult.to_pandas = _summary_to_pandas  # type: ignore[assignment]
