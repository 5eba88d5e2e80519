"""`govgraph calendar` and `govgraph check-cycle`, run as a user would."""

import os
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


@pytest.fixture()
def paths(source_dir):
    registers = source_dir / "examples" / "registers"
    return {"register": str(registers / "dorset-pcp-2018.json"),
            "plan": str(registers.parent / "cycle-plans" / "dorset-pcp-2018-cycle.json"),
            "misplaced": str(source_dir / "tests" / "data" / "dorset-pcp-2018-cycle-misplaced.json")}


def test_check_cycle_passes_on_the_example(paths):
    out = run("check-cycle", paths["register"], "--plan", paths["plan"])
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no problems found" in out.stdout
    assert "precept:review      2018-02-08  2018-02-01  ok" in out.stdout


def test_check_cycle_exits_1_on_problems(paths):
    out = run("check-cycle", paths["register"], "--plan", paths["misplaced"], "--year", "2018")
    assert out.returncode == 1
    assert "Meeting cycle: 3 problems" in out.stdout
    assert "statutory_window   2018-02-15" in out.stdout
    assert "misaligned         2018-05-10" in out.stdout
    assert "unscrutinised      2018-05-14  the Quarterly performance report published on Monday 14 May 2018" in out.stdout


def test_calendar_writes_ics(paths, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    target = tmp_path / "cycle.ics"
    out = run("calendar", paths["register"], "--year", "2018", "--plan", paths["plan"], "--region", "scotland",
              "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert "9 sittings" in out.stdout
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == 9


def test_calendar_without_a_plan_uses_cadences(paths):
    out = run("calendar", paths["register"], "--year", "2019", "-o", "-")
    assert out.returncode == 0, out.stderr
    # The panel meets five times a year; the other meetings' cadences are unknown.
    assert out.stdout.count("BEGIN:VEVENT") == 5
    assert "DTSTART;VALUE=DATE:2019" in out.stdout


@pytest.mark.parametrize("plan,needle", [
    (None, "cannot open"),
    ('{"cycle_plan_version": 1, "meetings": [{"meeting": "dorset-pcp", "rule": "every blue moon"}]}',
     'meetings[0].rule: cannot read "every blue moon"'),
    ('{"cycle_plan_version": 1, "year": 2018, "meetings": [{"meeting": "nope"}]}',
     'plan meetings[0].meeting: unknown meeting "nope"'),
])
def test_bad_plan_gives_one_line_and_exit_2(paths, tmp_path, plan, needle):
    path = tmp_path / "plan.json"
    if plan is not None:
        path.write_text(plan, encoding="utf-8")
    for command in (["check-cycle"], ["calendar", "-o", str(tmp_path / "x.ics")]):
        out = run(*command, paths["register"], "--plan", str(path))
        assert out.returncode == 2
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("govgraph: error: ")
        assert needle in lines[0]
        assert "Traceback" not in out.stderr
