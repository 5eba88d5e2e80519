"""Values cross the binding by copy: no Python object refers into a C++ container.

Every defect here once crashed the interpreter or read freed memory; the
sanitizer build runs this file against an AddressSanitizer build of the module
(ctest -R python_asan_tests in build/asan), so a reference into a container that
Python can resize fails there even where it happens not to crash.
"""

from __future__ import annotations

import datetime
import enum
import gc
import os
import pathlib
import re
import subprocess
import sys
import threading
import time

import pytest

import govgraph
from govgraph import _core

DORSET = "dorset-pcp-2018.json"


@pytest.fixture()
def dorset(source_dir) -> govgraph.Register:
    return govgraph.load_json(source_dir / "examples" / "registers" / DORSET)


# --- the reported defects ----------------------------------------------------


def test_an_element_outlives_the_list_it_came_from(dorset):
    m = dorset.meetings[0]
    p = m.participants[1]
    m.participants = []
    for _ in range(200):
        p.note = "z" * 5000
    assert p.note == "z" * 5000
    assert m.participants == []


def test_identifiers_read_after_the_list_is_reassigned(dorset):
    area = next(a for a in dorset.areas if a.identifiers)
    identifiers = area.identifiers
    first = identifiers[0]
    expected = (first.scheme, first.value)
    area.identifiers = []
    area.identifiers = [govgraph.Identifier(scheme="x", value="y" * 1000)] * 50
    assert (first.scheme, first.value) == expected
    assert [(i.scheme, i.value) for i in identifiers][0] == expected


def test_a_struct_member_outlives_its_owner_element(dorset):
    m = dorset.meetings[0]
    party = m.participants[1].party
    lead = m.lead
    organisations = list(lead.organisations)
    m.participants = []
    m.lead = govgraph.Lead()
    del m
    assert party.organisation or party.role or party.person
    assert lead.organisations == organisations


def test_getters_return_copies_and_setters_assign(dorset):
    m = dorset.meetings[0]
    # Changing what a getter returned leaves the owner as it was ...
    m.participants[0].note = "changed"
    assert m.participants[0].note != "changed"
    m.lead.text = "changed"
    assert m.lead.text != "changed"
    m.participants.append(govgraph.Participant(organisation="x"))
    assert len(m.participants) == len(dorset.meetings[0].participants)
    # ... assigning changes it.
    participants = m.participants
    participants[0].note = "changed"
    m.participants = participants
    assert m.participants[0].note == "changed"
    lead = m.lead
    lead.text = "changed"
    m.lead = lead
    assert m.lead.text == "changed"
    # A register's info and defaults are copies too: the register does not change.
    info = dorset.info
    info.title = "changed"
    assert dorset.info.title != "changed"
    cadence = dorset.meetings[0].cadence
    assert cadence.exceptions == cadence.exceptions


def test_participants_from_many_threads(dorset):
    m = dorset.meetings[0]
    original = m.participants
    errors = []

    def work(k: int) -> None:
        try:
            for i in range(300):
                ps = m.participants
                kept = ps[1] if len(ps) > 1 else None
                m.participants = original if (i + k) % 2 else original[: 1 + (i % len(original))]
                if kept is not None:
                    kept.note = "z" * (1000 + i)
                    assert kept.note == "z" * (1000 + i)
                for p in m.participants:
                    assert p.type is not None
                    p.party  # noqa: B018 - read it
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert m.participants in (original, original[: len(m.participants)])


def test_json_indent_out_of_range_is_an_error(dorset, tmp_path):
    target = tmp_path / "out.json"
    for indent in (2000, 17, -2, 10**6):
        with pytest.raises(govgraph.InvalidInputError, match=r"^indent: must be -1 \(one compact line\) "
                                                             r"or from 0 to 16 spaces, got -?\d+$"):
            govgraph.save_json(dorset, target, indent)
        assert not target.exists()
        with pytest.raises(govgraph.InvalidInputError, match="^indent: "):
            govgraph.dumps_json(dorset, indent)
        with pytest.raises(govgraph.InvalidInputError, match="^indent: "):
            govgraph.dumps_popolo(dorset, indent)
        with pytest.raises(govgraph.InvalidInputError, match="^indent: "):
            govgraph.save_popolo(dorset, target, indent)
        assert not target.exists()
    for indent in (-1, 0, 16):
        assert govgraph.loads_json(govgraph.dumps_json(dorset, indent)) == dorset
        assert govgraph.loads_popolo(govgraph.dumps_popolo(dorset, indent)).register == dorset
    # Beyond a C int: a TypeError from the binding, not a crash.
    with pytest.raises(TypeError):
        govgraph.dumps_json(dorset, 10**30)


def test_overlap_threads_out_of_range_is_an_error(dorset):
    for threads in (100000, 257, -1):
        with pytest.raises(govgraph.InvalidInputError, match=r"^threads: must be from 0 \(one a core\) to 256, got "):
            govgraph.find_overlaps(dorset, threads=threads)
    scores = [p.score for p in govgraph.find_overlaps(dorset, threads=0).pairs]
    assert [p.score for p in govgraph.find_overlaps(dorset, threads=256).pairs] == scores


def test_rationalise_exact_limit_out_of_range_is_an_error(dorset):
    with pytest.raises(govgraph.InvalidInputError, match="^exact_limit: must be from 0 to 30 candidate meetings"):
        govgraph.rationalise(dorset, exact_limit=10**6)
    govgraph.rationalise(dorset, exact_limit=30)


def test_calendar_years_out_of_range_are_errors(dorset):
    for year in (0, 10000, -5, 1899, 3000):
        with pytest.raises(govgraph.InvalidInputError, match=f"^year: must be a year from 1900 to 2999, got {year}$"):
            govgraph.expand_schedule(dorset, year=year)
        with pytest.raises(govgraph.InvalidInputError, match="^year: "):
            govgraph.easter_sunday(year)
        with pytest.raises(govgraph.InvalidInputError, match="^year: "):
            govgraph.bank_holidays(year)
    with pytest.raises(govgraph.InvalidInputError, match="^start: must be a date from 1900 to 2999, got 1-01-01$"):
        govgraph.expand_schedule(dorset, start=datetime.date(1, 1, 1))
    assert govgraph.easter_sunday(1900) == datetime.date(1900, 4, 15)
    assert govgraph.expand_schedule(dorset, year=2999).start == datetime.date(2999, 1, 1)


@pytest.mark.parametrize("year", ["0", "10000", "-5"])
def test_check_cycle_with_a_year_out_of_range_says_so_in_one_line(source_dir, year):
    register = source_dir / "examples" / "registers" / DORSET
    out = subprocess.run([sys.executable, "-m", "govgraph", "check-cycle", str(register), f"--year={year}"],
                         capture_output=True, text=True, env=dict(os.environ), check=False)
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr == f"govgraph: error: year: must be a year from 1900 to 2999, got {year}\n"


# --- every container member of every model type, from many threads -----------

IDENTIFIER = govgraph.Identifier(scheme="gss", value="E10000009")
PARTICIPANT = govgraph.Participant(organisation="opcc", role="pcc", person="jane", type="chair", seats=2,
                                   note="The PCC")
LEAD = govgraph.Lead(organisations=["opcc", "police"], supporting=["council"], text="OPCC and police")

# A populated instance of each model type; the stress test swaps each container
# or struct member between this value and an empty one.
SAMPLES = {
    govgraph.Identifier: {"scheme": "gss", "value": "E10000009"},
    govgraph.Entity: {},
    govgraph.Area: {"id": "dorset", "name": "Dorset", "aliases": ["Dorset CC", "Dorset area"],
                    "attributes": {"population": "425000", "note": "county"}, "parent": "south-west",
                    "identifiers": [IDENTIFIER, govgraph.Identifier(scheme="ocd", value="ocd-division/x")]},
    govgraph.Organisation: {"id": "opcc", "name": "OPCC", "aliases": ["Office of the PCC"],
                            "attributes": {"web": "https://example.org"}, "areas": ["dorset", "poole"],
                            "identifiers": [IDENTIFIER]},
    govgraph.Role: {"id": "pcc", "name": "PCC", "aliases": ["Commissioner"], "attributes": {"k": "v"},
                    "organisation": "opcc"},
    govgraph.Person: {"id": "jane", "name": "Jane", "aliases": ["J"], "attributes": {"k": "v"},
                      "roles": ["pcc", "chair"]},
    govgraph.Topic: {"id": "t", "name": "Topic", "aliases": ["T"], "attributes": {"k": "v"}},
    govgraph.Party: {"organisation": "opcc", "role": "pcc", "person": "jane"},
    govgraph.Participant: {"organisation": "opcc", "role": "pcc", "note": "The PCC", "seats": 2},
    govgraph.Lead: {"organisations": ["opcc", "police"], "supporting": ["council"], "text": "OPCC"},
    govgraph.Meeting: {"id": "m", "name": "Board", "aliases": ["The board"], "attributes": {"k": "v"},
                       "lead": LEAD, "chair": govgraph.Party(organisation="opcc", role="pcc"),
                       "participants": [PARTICIPANT, govgraph.Participant(organisation="police", note="x" * 100)],
                       "cadence": "Bi monthly", "areas": ["dorset", "poole"],
                       "topics": ["t1", "t2"]},
    govgraph.Initiative: {"id": "i", "name": "Initiative", "aliases": ["I"], "attributes": {"k": "v"},
                          "lead": LEAD, "participants": [PARTICIPANT] * 3, "priorities": ["t1", "t2"],
                          "areas": ["dorset"]},
    govgraph.RegisterDefaults: {},
    govgraph.RegisterInfo: {"title": "T", "attributes": {"licence": "OGL", "k": "v"}},
}


def _is_enum(value) -> bool:
    return isinstance(value, enum.Enum) or hasattr(type(value), "__members__")


def _is_struct(value) -> bool:
    return type(value).__module__.startswith("govgraph") and not _is_enum(value)


def _is_container(value) -> bool:
    return isinstance(value, (list, dict)) or _is_struct(value)


def _properties(cls):
    found = {}
    for klass in reversed(cls.__mro__):
        for name, attr in vars(klass).items():
            if isinstance(attr, property):
                found[name] = attr
    return found


def _container_members(obj):
    """The writable properties of obj whose values are lists, dicts or bound structs."""
    return sorted(name for name, prop in _properties(type(obj)).items()
                  if prop.fset is not None and _is_container(getattr(obj, name)))


def _empty(value):
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return type(value)()


def _touch(value, depth: int = 0) -> None:
    """Reads everything reachable from value, and writes a long string into
    each struct found, as code holding on to an old value would."""
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value:
            _touch(item, depth + 1)
    elif isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str) and isinstance(v, str)
    elif _is_struct(value):
        for name, prop in _properties(type(value)).items():
            item = getattr(value, name)
            if prop.fset is not None and isinstance(item, str) and name in ("note", "text", "value", "title"):
                setattr(value, name, "w" * 2000)
            _touch(item, depth + 1)


def test_samples_cover_every_container_member():
    model_types = [getattr(_core, n) for n in ("Identifier", "Entity", "Area", "Organisation", "Role", "Person",
                                               "Topic", "Party", "Participant", "Lead", "Meeting", "Initiative",
                                               "RegisterDefaults", "RegisterInfo")]
    assert set(model_types) == set(SAMPLES)
    for cls, kwargs in SAMPLES.items():
        if cls is govgraph.Entity:
            continue  # no constructor: its members are checked through each entity type
        obj = cls(**kwargs)
        for name in _container_members(cls()):
            value = getattr(obj, name)
            assert value != _empty(value), f"{cls.__name__}.{name} has no sample value"


def test_every_container_member_from_eight_threads():
    objects = [cls(**kwargs) for cls, kwargs in SAMPLES.items() if kwargs]
    plan = []
    for obj in objects:
        for name in _container_members(obj):
            full = getattr(obj, name)
            plan.append((obj, name, full, _empty(full)))
    assert len(plan) >= 30
    errors = []
    deadline = time.monotonic() + 6.0

    def work(k: int) -> None:
        try:
            held = []
            for i in range(200):
                if time.monotonic() > deadline:
                    break
                for j, (obj, name, full, empty) in enumerate(plan):
                    old = getattr(obj, name)
                    held.append(old)
                    setattr(obj, name, empty if (i + j + k) % 3 == 0 else full)
                    _touch(old)
                    _touch(getattr(obj, name))
                del held[: max(0, len(held) - 2 * len(plan))]
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    # Each member holds one of the values assigned, whole.
    for obj, name, full, empty in plan:
        assert getattr(obj, name) in (full, empty), f"{type(obj).__name__}.{name}"


def test_result_elements_outlive_the_result(dorset, example):
    overlaps = govgraph.find_overlaps(example)
    check = govgraph.check_cycle(dorset, govgraph.expand_schedule(dorset, year=2018))
    assert check.load and overlaps.pairs
    load, pair = check.load[0], overlaps.pairs[0]
    assert check.load[0] is not load
    expected = (load.year, load.month, load.hours, pair.score, [p.key for p in pair.shared_participants])
    del check, overlaps
    gc.collect()
    assert (load.year, load.month, load.hours, pair.score, [p.key for p in pair.shared_participants]) == expected


# --- the binding sources keep to the policy ----------------------------------


def _binding_sources(source_dir: pathlib.Path):
    bindings = source_dir / "bindings"
    if not bindings.is_dir():
        pytest.skip("the binding sources are not here (an installed package)")
    return sorted(bindings.glob("*.cc"))


def test_bindings_hand_out_no_references(source_dir):
    problems = []
    for path in _binding_sources(source_dir):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{number}: {line.strip()}"
            if re.search(r"\bdef_read(write|only)\b", line):
                problems.append(where + "  (use CopyOut/CopyIn, bindings/common.h)")
            if re.search(r"\bdef_property(_readonly)?\(\s*\"\w+\",\s*&", line):
                problems.append(where + "  (wrap the getter in CopyOut)")
            # Only the builder's methods may return a reference: to itself, for chaining.
            if "reference_internal" in line and "&RegisterBuilder::" not in line:
                problems.append(where + "  (return a copy)")
    assert not problems, "\n".join(problems)


def test_property_getters_take_their_own_class():
    """A getter bound to a class pybind11 does not know would fail at run time."""
    problems = []
    for name in dir(_core):
        cls = getattr(_core, name)
        if not isinstance(cls, type):
            continue
        known = {k.__name__ for k in cls.__mro__}
        for prop_name, prop in _properties(cls).items():
            doc = (prop.fget.__doc__ or "") if prop.fget else ""
            match = re.match(r"\((?:self|arg0): ([^)]+)\)", doc)
            if not match:
                continue
            self_type = match.group(1)
            if "::" in self_type or (self_type.startswith("govgraph.")
                                     and self_type.rsplit(".", 1)[-1] not in known):
                problems.append(f"{name}.{prop_name}: {self_type}")
    assert not problems, problems
