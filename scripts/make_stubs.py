#!/usr/bin/env python3
"""Regenerate python/govgraph/_core.pyi from the built extension.

    PYTHONPATH=build/default/python /usr/bin/python3 scripts/make_stubs.py

pybind11 writes each function's full signature as the first line of its
docstring (``name(arg: type = default) -> type``, or numbered lines for
overloads); this script turns those into a stub, class by class. Doctest
examples further down a docstring are ignored. tests/python/test_stubs.py
checks the result against the module with mypy's stubtest.
"""

from __future__ import annotations

import importlib
import inspect
import pathlib
import re
import sys
from typing import Any, List, Optional

ROOT = pathlib.Path(__file__).resolve().parents[1]
TARGET = ROOT / "python" / "govgraph" / "_core.pyi"
MODULE = "govgraph._core"


def split_top(text: str, sep: str = ",") -> List[str]:
    """Splits at `sep` outside brackets."""
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current)
    return [p.strip() for p in parts]


# Functions that hand back a result carrying its register (a py::object in
# C++, so pybind11 can only say "object"): their real result types.
RETURNS = {
    "action_progress": "ActionProgressResult",
    "burden": "BurdenResult",
    "engagement_plan": "EngagementPlanResult",
    "check_cycle": "CycleCheckResult",
    "check_forward_plan": "ForwardPlanCheckResult",
    "expand_schedule": "Schedule",
    "find_overlaps": "OverlapResult",
    "find_overlaps_naive": "OverlapResult",
    "influence": "InfluenceResult",
    "panel_composition": "PanelCompositionResult",
    "portfolio": "PortfolioResult",
    "rationalise": "RationalisationResult",
    "reach": "ReachResult",
    "reporting_lines": "ReportingLinesResult",
    "role_clarity": "RoleClarityResult",
    "what_if": "WhatIfResult",
}
# Parameters taken as py::object for the same reason.
PARAMETERS = {"register": "Register", "graph": "PartnershipGraph"}


def clean_type(t: str) -> str:
    t = t.strip().replace(f"{MODULE}.", "")
    if "::" in t:  # a C++ type pybind11 could not name
        return "Any"
    if t == "dict":  # a py::dict built by hand: string keys
        return "Dict[str, Any]"
    # std::filesystem::path parameters accept str as well.
    return t.replace("os.PathLike", "Union[str, os.PathLike[str]]")


def params(text: str, method: bool) -> str:
    out = []
    for i, p in enumerate(split_top(text)):
        if p in ("*", "/"):
            out.append(p)
            continue
        if p.startswith("**") or p.startswith("*"):
            name = p.split(":")[0].strip()
            out.append(f"{name}: Any")
            continue
        name, _, rest = p.partition(":")
        name = name.strip()
        if method and i == 0 and name == "self":
            out.append("self")
            continue
        annotation, eq, _ = rest.partition(" = ")
        annotation = clean_type(annotation) if annotation.strip() else "Any"
        if annotation == "object" and name in PARAMETERS:
            annotation = PARAMETERS[name]
        out.append(f"{name}: {annotation}" + (" = ..." if eq else ""))
    return ", ".join(out)


SIG = re.compile(r"^(\w+)\((.*)\)(?: -> (.+))?$")


def signatures(name: str, doc: Optional[str]) -> List[tuple]:
    """(params, return) for each signature pybind11 wrote in the docstring."""
    if not doc:
        return []
    lines = doc.splitlines()
    found = []
    if len(lines) > 1 and lines[1].strip() == "Overloaded function.":
        for line in lines[2:]:
            m = re.match(r"^\d+\. (.*)$", line)
            if m:
                s = SIG.match(m.group(1))
                if s and s.group(1) == name:
                    found.append((s.group(2), s.group(3)))
        return found
    s = SIG.match(lines[0])
    if s and s.group(1) == name:
        found.append((s.group(2), s.group(3)))
    return found


def emit_function(name: str, doc: Optional[str], indent: str, method: bool, static: bool = False) -> List[str]:
    sigs = signatures(name, doc)
    if not sigs:
        first = "self, " if method and not static else ""
        ret = "None" if name == "__init__" else "Any"
        return [f"{indent}def {name}({first}*args: Any, **kwargs: Any) -> {ret}: ..."]
    out = []
    for p, ret in sigs:
        if len(sigs) > 1:
            out.append(f"{indent}@overload")
        if static:
            out.append(f"{indent}@staticmethod")
        ret_type = clean_type(ret) if ret else "None"
        if ret_type == "object" and not method and name in RETURNS:
            ret_type = RETURNS[name]
        if name == "__init__":
            ret_type = "None"
        out.append(f"{indent}def {name}({params(p, method and not static)}) -> {ret_type}: ...")
    return out


def property_type(prop: property) -> str:
    doc = prop.fget.__doc__ if prop.fget is not None else None
    if doc:
        m = re.match(r"^\(self: [^)]*\) -> (.+)$", doc.splitlines()[0])
        if m:
            return clean_type(m.group(1))
    return "Any"


KEEP_DUNDERS = {"__init__", "__eq__", "__len__", "__iter__", "__getitem__", "__int__", "__index__", "__contains__"}


def emit_class(name: str, cls: type, indent: str = "") -> List[str]:
    if issubclass(cls, BaseException):
        bases = ", ".join(b.__name__ for b in cls.__bases__)
        return [f"{indent}class {name}({bases}): ..."]
    bases = [b.__name__ for b in cls.__bases__ if b.__name__ != "pybind11_object"]
    header = f"{indent}class {name}({', '.join(bases)}):" if bases else f"{indent}class {name}:"
    body: List[str] = []
    inner = indent + "    "
    members = getattr(cls, "__members__", None)
    if isinstance(members, dict):
        for member in members:
            body.append(f"{inner}{member}: ClassVar[{name}]")
        body.append(f"{inner}__members__: ClassVar[Dict[str, {name}]]")
        body.append(f"{inner}@property")
        body.append(f"{inner}def name(self) -> str: ...")
        body.append(f"{inner}@property")
        body.append(f"{inner}def value(self) -> int: ...")
        body.append(f"{inner}def __hash__(self) -> int: ...")
    for attr, value in sorted(vars(cls).items()):
        if members is not None and attr in ("name", "value", "__members__"):
            continue
        if attr.startswith("__") and attr not in KEEP_DUNDERS and attr != "__hash__":
            continue
        if attr.startswith("_") and not attr.startswith("__"):
            continue
        if attr == "__hash__":
            if value is None:
                body.append(f"{inner}__hash__: ClassVar[None]  # type: ignore[assignment]")
            elif members is None:
                body.append(f"{inner}def __hash__(self) -> int: ...")
            continue
        if isinstance(value, type):
            body.extend(emit_class(attr, value, inner))
        elif isinstance(value, property):
            t = property_type(value)
            if value.fset is not None:
                body.append(f"{inner}{attr}: {t}")
            else:
                body.append(f"{inner}@property")
                body.append(f"{inner}def {attr}(self) -> {t}: ...")
        elif isinstance(value, staticmethod):
            body.extend(emit_function(attr, value.__func__.__doc__, inner, method=True, static=True))
        elif inspect.isfunction(value):
            # Attached from Python (e.g. .to_pandas() in python/govgraph/*.py).
            parts = []
            for param in inspect.signature(value).parameters.values():
                if param.name == "self":
                    parts.append("self")
                else:
                    parts.append(f"{param.name}: Any" + (" = ..." if param.default is not param.empty else ""))
            body.append(f"{inner}def {attr}({', '.join(parts)}) -> Any: ...")
        elif callable(value):
            lines = emit_function(attr, getattr(value, "__doc__", None), inner, method=True)
            if attr == "__eq__":
                lines = [f"{inner}def __eq__(self, other: object) -> bool: ..."]
            body.extend(lines)
    return [header] + (body or [f"{inner}..."])


def main() -> int:
    core: Any = importlib.import_module(MODULE)
    out = [
        '"""Type stubs for govgraph._core (generated by scripts/make_stubs.py)."""',
        "",
        "import datetime",
        "import os",
        "from typing import Any, Callable, ClassVar, Dict, Iterator, List, Optional, Tuple, Union, overload",
        "",
    ]
    classes = [(n, v) for n, v in vars(core).items() if isinstance(v, type)]
    # Exceptions first, in dependency order (a base before its subclasses).
    classes.sort(key=lambda nv: (not issubclass(nv[1], BaseException), len(nv[1].__mro__), nv[0]))
    for n, v in classes:
        out.extend(emit_class(n, v))
        out.append("")
    for n, v in sorted(vars(core).items()):
        if n.startswith("__") or isinstance(v, type):
            continue
        if callable(v):
            out.extend(emit_function(n, v.__doc__, "", method=False))
        elif isinstance(v, (int, str, float)):
            out.append(f"{n}: {type(v).__name__}")
    missing = sorted(t for t in list(RETURNS.values()) + list(PARAMETERS.values()) if not hasattr(core, t))
    if missing:
        print(f"make_stubs: no such classes: {missing}", file=sys.stderr)
        return 1
    out.append("__version__: str")
    TARGET.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
