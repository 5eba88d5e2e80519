"""The input limits every reader applies (govgraph/io/input_limits.h), from
Python and from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import govgraph
from conftest import SOURCE_DIR

REGISTER = SOURCE_DIR / "examples" / "registers" / "avon-and-somerset-2016.json"
TABLE = SOURCE_DIR / "examples" / "registers" / "avon-and-somerset-2016-appendix-a.csv"


@pytest.fixture(autouse=True)
def default_limits():
    previous = govgraph.set_input_limits(govgraph.InputLimits())
    yield
    govgraph.set_input_limits(previous)


def test_defaults_and_the_previous_limits_are_returned():
    assert govgraph.get_input_limits() == govgraph.InputLimits(max_bytes=2 << 30, max_rows=10_000_000, max_depth=64)
    previous = govgraph.set_input_limits(max_rows=5)
    assert previous.max_rows == 10_000_000
    assert govgraph.get_input_limits().max_rows == 5
    assert govgraph.get_input_limits().max_bytes == 2 << 30  # the others unchanged


@pytest.mark.parametrize("change,needle", [
    ({"max_bytes": 0}, "max_bytes must be at least 1"),
    ({"max_rows": -3}, "max_rows must be at least 1"),
    ({"max_depth": 1001}, "max_depth must be 1 to 1000"),
])
def test_invalid_limits_are_refused_and_change_nothing(change, needle):
    with pytest.raises(govgraph.InvalidInputError, match=needle):
        govgraph.set_input_limits(**change)
    assert govgraph.get_input_limits() == govgraph.InputLimits()


def test_a_limit_must_be_a_whole_number():
    with pytest.raises(TypeError, match="max_rows must be an int"):
        govgraph.set_input_limits(max_rows=2.5)


def test_each_reader_names_the_limit_it_met():
    text = REGISTER.read_text(encoding="utf-8")
    govgraph.set_input_limits(max_rows=3)
    with pytest.raises(govgraph.GovgraphError, match=r"more than 3 entries in one list \(limit max_rows\)"):
        govgraph.loads_json(text)
    with pytest.raises(govgraph.GovgraphError, match=r"more than 3 records \(limit max_rows\)"):
        govgraph.import_csv(TABLE)
    govgraph.set_input_limits(govgraph.InputLimits(max_depth=2))
    with pytest.raises(govgraph.InvalidInputError, match=r"nested more than 2 levels deep \(limit max_depth"):
        govgraph.loads_json(text)
    govgraph.set_input_limits(govgraph.InputLimits(max_bytes=1000))
    with pytest.raises(govgraph.GovgraphError, match=r"avon-and-somerset-2016.json: larger than the 1000 bytes"):
        govgraph.load_json(REGISTER)
    govgraph.set_input_limits(govgraph.InputLimits())
    assert len(govgraph.load_json(REGISTER).meetings) > 3


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False, timeout=120)


def test_the_command_line_takes_the_limits_before_the_command(tmp_path):
    out = run("--max-rows", "3", "summary", str(REGISTER))
    assert out.returncode == 2, out.stderr
    # The register's first list longer than three is its areas.
    assert out.stderr.strip().splitlines() == [
        f"govgraph: error: {REGISTER}: areas: more than 3 entries in one list (limit max_rows)"]
    out = run("--max-bytes", "1K", "import", str(TABLE), "-o", str(tmp_path / "r.json"))
    assert out.returncode == 2
    assert "larger than the 1024 bytes an input may be (limit max_bytes)" in out.stderr
    assert not (tmp_path / "r.json").exists()
    out = run("--max-rows", "20M", "--max-bytes", "4G", "summary", "--json", str(REGISTER))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)


@pytest.mark.parametrize("value", ["0", "-1", "lots", "1.5G"])
def test_the_command_line_refuses_a_limit_that_is_not_a_positive_count(value):
    out = run("--max-rows", value, "summary", str(REGISTER))
    assert out.returncode == 2
    assert "--max-rows" in out.stderr
    assert "Traceback" not in out.stderr
