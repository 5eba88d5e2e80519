"""The type stubs match the compiled module, and the package type-checks."""

import os
import pathlib
import re
import subprocess
import sys

import pytest

import govgraph

PACKAGE_DIR = pathlib.Path(govgraph.__file__).parent

pytest.importorskip("mypy")


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, MYPY_CACHE_DIR=os.devnull)
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, env=env,
                          cwd=PACKAGE_DIR.parent, check=False)


def test_stub_and_typed_marker_ship_with_the_package():
    assert (PACKAGE_DIR / "_core.pyi").is_file()
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_stubs_agree_with_the_module():
    out = _run("mypy.stubtest", "govgraph._core")
    # Every pybind11 class reports "metaclass differs" (its metaclass is
    # pybind11's own); anything else is a real difference between stub and module.
    errors = [block for block in re.split(r"\n(?=error: )", out.stdout) if block.startswith("error: ")]
    real = [e.splitlines()[0] for e in errors if "metaclass differs" not in e.splitlines()[0]]
    assert not real, "\n".join(real) + "\nregenerate with scripts/make_stubs.py"
    assert "not checking stubs" not in out.stdout, out.stdout


def test_package_type_checks():
    out = _run("mypy", "--no-incremental", "--disallow-untyped-defs", "--cache-dir", os.devnull, "-p", "govgraph")
    assert out.returncode == 0, out.stdout + out.stderr


def test_example_notebook_type_checks(tmp_path):
    """The notebook's code, as a user would run it, type-checks against the stubs."""
    nbformat = pytest.importorskip("nbformat")
    source = pathlib.Path(os.environ.get("GOVGRAPH_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
    notebook = nbformat.read(source / "examples" / "notebooks" / "avon-and-somerset-review.ipynb", as_version=4)
    cells = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    # IPython display lines (a bare expression at the end of a cell) are valid Python.
    script = tmp_path / "avon_and_somerset_review.py"
    script.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    out = _run("mypy", "--no-incremental", "--ignore-missing-imports", "--cache-dir", os.devnull, str(script))
    assert out.returncode == 0, out.stdout + out.stderr
