"""Every public name of govgraph explains itself in help().

Classes have a docstring; functions have one with an example (``>>>`` lines or
an ``Example::`` block); public methods say more than their signature. The
Sphinx API reference is generated from these same docstrings.
"""

from __future__ import annotations

import inspect
import pydoc

import pytest

import govgraph

PUBLIC = [name for name in govgraph.__all__ if not name.startswith("_")]


def _is_signature_line(line: str) -> bool:
    """pybind11 writes each overload's signature first: ``name(arg: type) -> type``."""
    return "(" in line and ")" in line and "->" in line


def _prose(doc: str | None) -> str:
    """The docstring without pybind11's signature lines and overload headings."""
    lines = [line.strip() for line in (doc or "").splitlines()]
    kept = [line for line in lines
            if line and not _is_signature_line(line) and line != "Overloaded function."]
    return "\n".join(kept)


def _own_doc(obj: object) -> str | None:
    doc = getattr(obj, "__doc__", None)
    return doc if isinstance(doc, str) else None


def _has_example(doc: str) -> bool:
    return ">>>" in doc or "Example::" in doc


FUNCTIONS = [n for n in PUBLIC if callable(getattr(govgraph, n)) and not inspect.isclass(getattr(govgraph, n))]
CLASSES = [n for n in PUBLIC if inspect.isclass(getattr(govgraph, n))]


def test_the_lists_cover_the_package():
    assert len(FUNCTIONS) > 40 and len(CLASSES) > 80
    assert "import_csv" in FUNCTIONS and "Register" in CLASSES


@pytest.mark.parametrize("name", FUNCTIONS)
def test_function_has_a_docstring_with_an_example(name):
    doc = _own_doc(getattr(govgraph, name))
    assert _prose(doc), f"govgraph.{name} has no docstring"
    assert _has_example(doc or ""), f"govgraph.{name}'s docstring has no example (>>> or Example::)"


@pytest.mark.parametrize("name", CLASSES)
def test_class_has_a_docstring(name):
    assert _prose(_own_doc(getattr(govgraph, name))), f"govgraph.{name} has no docstring"


def test_public_methods_say_more_than_their_signature():
    missing = []
    for name in CLASSES:
        cls = getattr(govgraph, name)
        if issubclass(cls, BaseException):
            continue
        for attr, value in vars(cls).items():
            if attr.startswith("_") or isinstance(value, (property, type)) or not callable(value):
                continue
            if isinstance(value, cls):  # enum members
                continue
            if not _prose(_own_doc(value)):
                missing.append(f"{name}.{attr}")
    assert not missing, "methods without a docstring: " + ", ".join(missing)


def test_help_shows_signature_returns_and_errors():
    text = pydoc.render_doc(govgraph.load_json, renderer=pydoc.plaintext)
    assert "load_json(path: os.PathLike, *, progress: object = None) -> govgraph._core.Register" in text
    assert "InvalidInputError" in text and ">>>" in text
    text = pydoc.render_doc(govgraph.import_csv, renderer=pydoc.plaintext)
    assert "import_csv(path" in text and ":raises NotFoundError:" in text and ":returns:" in text
