"""The command line, run as a user would."""

import json
import os
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def test_summary_prints_the_headline_figures(example_path):
    out = run("summary", str(example_path))
    assert out.returncode == 0, out.stderr
    for word in ("Meetings", "Organisations", "Roles", "Areas", "Leads", "Meeting hours", "People-hours"):
        assert word in out.stdout


def test_summary_json(example_path):
    out = run("summary", "--json", str(example_path))
    figures = json.loads(out.stdout)
    assert figures["meetings"] == 20
    assert figures["sittings_per_year"] == 43


@pytest.mark.parametrize("content,needle", [
    (None, "cannot open"),
    ('{"schema_version": 1, "meetings": [{"id": "m"}]}', 'meetings[0]: missing "name"'),
    ("not json", "syntax error"),
])
def test_bad_input_gives_one_line_and_non_zero_exit(tmp_path, content, needle):
    path = tmp_path / "register.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    out = run("summary", str(path))
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("govgraph: error: ")
    assert needle in lines[0]
    assert "Traceback" not in out.stderr


def test_usage_error():
    out = run()
    assert out.returncode == 2
    assert "usage: govgraph" in out.stderr
