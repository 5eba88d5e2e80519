"""The layers in docs/architecture.md, checked against every #include.

The table there places each public header and each library source in a layer;
a file may include only files of its own layer or of an earlier one. The test
reads the table itself, so the document and the code cannot drift apart.
"""

from __future__ import annotations

import fnmatch
import pathlib
import re

import pytest

from conftest import SOURCE_DIR

INCLUDE = SOURCE_DIR / "include" / "govgraph"
SRC = SOURCE_DIR / "src"


def _layers() -> list[tuple[str, list[str], list[str]]]:
    """(name, public header patterns, source patterns) in order, from the doc."""
    text = (SOURCE_DIR / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Layers", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("layer", "") or set(cells[0]) <= {"-"}:
            continue
        rows.append((cells[0], re.findall(r"`([^`]+)`", cells[1]), re.findall(r"`([^`]+)`", cells[2])))
    return rows


LAYERS = _layers()


def _layer_of(relative: str, public: bool) -> list[int]:
    found = []
    for index, (_, headers, sources) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(relative, p) for p in (headers if public else sources)):
            found.append(index)
    return found


def _files() -> list[tuple[pathlib.Path, str, bool]]:
    out = [(p, p.relative_to(INCLUDE).as_posix(), True) for p in sorted(INCLUDE.rglob("*.h"))]
    for p in sorted(SRC.rglob("*")):
        if p.suffix in (".h", ".cc", ".in"):
            out.append((p, p.relative_to(SRC).as_posix(), False))
    return out


def test_the_table_has_the_layers_in_order() -> None:
    assert [name for name, _, _ in LAYERS] == ["model", "io", "graph", "analysis", "api"]


@pytest.mark.parametrize("path,relative,public", _files(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_file_is_in_one_layer(path: pathlib.Path, relative: str, public: bool) -> None:
    layers = _layer_of(relative, public)
    assert len(layers) == 1, f"{path.relative_to(SOURCE_DIR)} is in {len(layers)} layers of docs/architecture.md"


def test_no_file_includes_a_later_layer() -> None:
    include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
    problems = []
    for path, relative, public in _files():
        (mine,) = _layer_of(relative, public) or [None]
        if mine is None:
            continue
        for target in include.findall(path.read_text(encoding="utf-8")):
            if target.startswith("govgraph/"):
                theirs = _layer_of(target.removeprefix("govgraph/"), True)
            elif (SRC / target).exists():
                theirs = _layer_of(target, False)
            else:
                continue  # a generated file or a third-party header
            if theirs and theirs[0] > mine:
                problems.append(
                    f"{path.relative_to(SOURCE_DIR)} ({LAYERS[mine][0]}) includes {target} ({LAYERS[theirs[0]][0]})"
                )
    assert problems == []


def test_a_back_edge_is_caught(tmp_path: pathlib.Path) -> None:
    # The check itself can fail: an analysis header is later than the model.
    assert _layer_of("analysis/burden.h", True) > _layer_of("model.h", True)
    assert _layer_of("internal/labels.h", False) < _layer_of("analysis/what_if.cc", False)


def test_the_umbrella_header_includes_every_public_header() -> None:
    umbrella = (INCLUDE / "govgraph.h").read_text(encoding="utf-8")
    included = set(re.findall(r'#include "govgraph/([^"]+)"', umbrella))
    public = {p.relative_to(INCLUDE).as_posix() for p in INCLUDE.rglob("*.h")} - {"govgraph.h"}
    assert sorted(public - included) == []
