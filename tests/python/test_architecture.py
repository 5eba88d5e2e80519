"""The layers in docs/architecture.md, checked against every #include.

The table there places each public header and each library source in a layer;
a file may include only files of its own layer or of an earlier one, apart
from the known back-edges the document lists with their reasons. The test
reads both tables from the document, so the document and the code cannot
drift apart.
"""

from __future__ import annotations

import fnmatch
import pathlib
import re

import pytest

from conftest import SOURCE_DIR

INCLUDE = SOURCE_DIR / "include" / "govgraph"
SRC = SOURCE_DIR / "src"
DOC = SOURCE_DIR / "docs" / "architecture.md"
INCLUDE_LINE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def _rows(title: str, width: int) -> list[list[str]]:
    """The cells of the rows of the table in a section, header and rule left out."""
    rows = []
    for line in _section(title).splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != width or set(cells[0]) <= {"-", " "} or cells[0] in ("layer", "file"):
            continue
        rows.append(cells)
    return rows


def _layers() -> list[tuple[str, list[str], list[str]]]:
    """(name, public header patterns, source patterns) in order, from the doc."""
    return [(c[0], re.findall(r"`([^`]+)`", c[1]), re.findall(r"`([^`]+)`", c[2])) for c in _rows("Layers", 3)]


def _known_back_edges() -> set[tuple[str, str]]:
    """(file relative to the repository, include as written) pairs the doc allows."""
    out = set()
    for cells in _rows("Known back-edges", 3):
        (file,), (target,) = re.findall(r"`([^`]+)`", cells[0]), re.findall(r"`([^`]+)`", cells[1])
        assert cells[2], f"the known back-edge {file} -> {target} needs a reason"
        out.add((file, target))
    return out


LAYERS = _layers()


def _layer_of(relative: str, public: bool) -> list[int]:
    found = []
    for index, (_, headers, sources) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(relative, p) for p in (headers if public else sources)):
            found.append(index)
    return found


def _files() -> list[tuple[pathlib.Path, str, bool]]:
    """Every public header (a generated one by its template) and every library source."""
    out = []
    for p in sorted(INCLUDE.rglob("*")):
        if p.name.endswith((".h", ".h.in")):
            out.append((p, p.relative_to(INCLUDE).as_posix().removesuffix(".in"), True))
    for p in sorted(SRC.rglob("*")):
        if p.suffix in (".h", ".cc", ".in"):
            out.append((p, p.relative_to(SRC).as_posix(), False))
    return out


def _target_layer(path: pathlib.Path, target: str) -> tuple[list[int], bool]:
    """The layers of an included file, and whether it is govgraph's at all.

    Resolved as the compiler does for a quoted include: beside the including
    file, then src/ (the library's private include folder), then include/.
    A govgraph/ header need not exist in the source tree (version.h is
    generated).
    """
    for folder in (path.parent, SRC, SOURCE_DIR / "include"):
        found = folder / target
        if found.is_file():
            found = found.resolve()
            if found.is_relative_to(INCLUDE.resolve()):
                return _layer_of(found.relative_to(INCLUDE.resolve()).as_posix(), True), True
            if found.is_relative_to(SRC.resolve()):
                return _layer_of(found.relative_to(SRC.resolve()).as_posix(), False), True
            return [], False
    if target.startswith("govgraph/"):
        return _layer_of(target.removeprefix("govgraph/"), True), True
    return [], False  # a third-party header


def _back_edges(files: list[tuple[pathlib.Path, str, bool]]) -> list[tuple[str, str, str]]:
    """(file, include, explanation) for each include of a later layer, or of a
    govgraph file in no layer."""
    out = []
    for path, relative, public in files:
        mine = _layer_of(relative, public)
        if not mine:
            continue
        shown = path.relative_to(SOURCE_DIR).as_posix() if path.is_relative_to(SOURCE_DIR) else relative
        for target in INCLUDE_LINE.findall(path.read_text(encoding="utf-8")):
            theirs, ours = _target_layer(path, target)
            if not ours:
                continue
            if not theirs:
                out.append((shown, target, f"{shown} includes {target}, which is in no layer of docs/architecture.md"))
            elif theirs[0] > mine[0]:
                out.append((shown, target, f"{shown} ({LAYERS[mine[0]][0]}) includes {target} "
                                           f"({LAYERS[theirs[0]][0]}), a later layer"))
    return out


def test_the_table_has_the_layers_in_order() -> None:
    assert [name for name, _, _ in LAYERS] == ["model", "io", "graph", "analysis", "api"]


@pytest.mark.parametrize("path,relative,public", _files(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_file_is_in_one_layer(path: pathlib.Path, relative: str, public: bool) -> None:
    layers = _layer_of(relative, public)
    assert len(layers) == 1, f"{path.relative_to(SOURCE_DIR)} is in {len(layers)} layers of docs/architecture.md"


def test_no_file_includes_a_later_layer() -> None:
    known = _known_back_edges()
    problems = [why for file, target, why in _back_edges(_files()) if (file, target) not in known]
    assert problems == []


def test_every_known_back_edge_is_still_there() -> None:
    found = {(file, target) for file, target, _ in _back_edges(_files())}
    assert sorted(_known_back_edges() - found) == []


def test_a_back_edge_is_caught(tmp_path: pathlib.Path) -> None:
    # The layers are in the right order ...
    assert _layer_of("analysis/burden.h", True) > _layer_of("model.h", True)
    assert _layer_of("internal/labels.h", False) < _layer_of("analysis/what_if.cc", False)
    # ... and a model file including an analysis header, by its public path or
    # as a private source beside it, is reported with both names.
    model = tmp_path / "model.cc"
    model.write_text('#include "govgraph/model.h"\n#include "govgraph/analysis/burden.h"\n', encoding="utf-8")
    (tmp_path / "labels.h").write_text("", encoding="utf-8")
    internal = tmp_path / "text.cc"
    internal.write_text('#include "labels.h"\n#include "analysis/what_if.cc"\n', encoding="utf-8")
    found = _back_edges([(model, "model.cc", False), (internal, "internal/text.cc", False)])
    assert [why for _, _, why in found] == [
        "model.cc (model) includes govgraph/analysis/burden.h (analysis), a later layer",
        "internal/text.cc (model) includes analysis/what_if.cc (analysis), a later layer",
    ]


def test_the_umbrella_header_includes_every_public_header() -> None:
    umbrella = (INCLUDE / "govgraph.h").read_text(encoding="utf-8")
    included = set(re.findall(r'#include "govgraph/([^"]+)"', umbrella))
    public = {relative for _, relative, is_public in _files() if is_public} - {"govgraph.h"}
    assert sorted(public - included) == []
    assert sorted(included - public) == [], "govgraph.h includes a header that is not there"
