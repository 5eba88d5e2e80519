"""A panel's forward plan: reading, the check on the Dorset example and on failing variants, DataFrames and
the command line."""

import csv
import datetime
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govgraph

SOURCE = Path(os.environ.get("GOVGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
DORSET = SOURCE / "examples" / "registers" / "dorset-pcp-2018.json"
CYCLE = SOURCE / "examples" / "cycle-plans" / "dorset-pcp-2018-cycle.json"
FORWARD = SOURCE / "examples" / "panel" / "dorset-pcp-2018-forward-plan.json"
FRAMEWORK = SOURCE / "examples" / "panel" / "dorset-pcp-2018-skills-framework.json"
SKILLS = SOURCE / "examples" / "panel" / "dorset-pcp-2018-skills.csv"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def example() -> dict:
    return json.loads(FORWARD.read_text(encoding="utf-8"))


def items(data: dict, date: str) -> list:
    (sitting,) = [s for s in data["sittings"] if s["date"] == date]
    return sitting["items"]


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "forward-plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def failing_variant(tmp_path: Path) -> Path:
    """The example with no item on the victims pillar and no agenda item on the report published 13 August."""
    data = example()
    september = items(data, "2018-09-06")
    del september[0]
    september[0]["pillars"] = []
    return write(tmp_path, data)


def test_the_example_reads():
    fp = govgraph.load_forward_plan(FORWARD)
    assert fp.year == 2018
    assert [p.id for p in fp.pillars] == ["protecting-people", "working-with-communities", "supporting-victims",
                                          "transforming-for-the-future"]
    assert [s.date for s in fp.sittings] == [datetime.date(2018, 2, 1), datetime.date(2018, 3, 8),
                                            datetime.date(2018, 6, 7), datetime.date(2018, 9, 6),
                                            datetime.date(2018, 11, 29)]
    item = fp.sittings[1].items[1]
    assert (item.kind, item.pillars, item.lead) == ("thematic", ["protecting-people"], "Cllr Ann Example (made up)")
    assert len(item.kloes) == 2 and item.pre_meeting.date == datetime.date(2018, 3, 1)
    # Only the Panel's own agenda item of 1 February 2018 is not an illustration.
    assert [i.title for s in fp.sittings for i in s.items if not i.illustrative] == ["PCP Improvement Action Plan"]
    assert "4 pillars, 5 sittings" in repr(fp)


def test_the_pillars_and_leads_are_those_of_the_skills_examples():
    framework = json.loads(FRAMEWORK.read_text(encoding="utf-8"))
    fp = govgraph.load_forward_plan(FORWARD)
    assert [p.name for p in fp.pillars] == [p["name"] for p in framework["pillars"]]
    # The same citation of the Police and Crime Plan 2017-21.
    assert "https://www.readkong.com/page/police-crime-plan-2017-2021-dorset-police-4450135" in fp.pillars_source
    assert "https://www.readkong.com/page/police-crime-plan-2017-2021-dorset-police-4450135" in framework["scope"]
    lines = [line for line in SKILLS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    leads = {row["Pillar lead"]: row["Name"] for row in csv.DictReader(io.StringIO("\n".join(lines)))
             if row["Pillar lead"]}
    assert {p.name: p.lead for p in fp.pillars} == leads


def test_the_dorset_example_is_as_recorded_in_it():
    # The example's note records, before the check was first run: no problems; a note on the communities item's
    # missing pre-meeting and one on the victims item led by the Vice-Chairman; each 2018 report once.
    assert "no problems; 2 notes" in govgraph.load_forward_plan(FORWARD).note
    reg = govgraph.load_json(DORSET)
    c = govgraph.check_forward_plan(reg, CYCLE, FORWARD)
    assert c.ok and (c.problems, c.notes) == (0, 2)
    assert [(f.severity, f.kind, f.path) for f in c.findings] == [
        ("note", "no_pre_meeting", "sittings[2].items[2]"),
        ("note", "lead_not_pillar_lead", "sittings[3].items[1].lead"),
    ]
    assert "Working with our communities" in c.findings[0].message
    assert "Cllr Hal Example (made up)" in c.findings[1].message
    assert [(x.published, x.sittings, x.ok) for x in c.coverage] == [
        (datetime.date(2018, 2, 12), [datetime.date(2018, 3, 8)], True),
        (datetime.date(2018, 5, 14), [datetime.date(2018, 6, 7)], True),
        (datetime.date(2018, 8, 13), [datetime.date(2018, 9, 6)], True),
        (datetime.date(2018, 11, 12), [datetime.date(2018, 11, 29)], True),
    ]
    assert [(p.pillar, p.thematic_items, p.first_half, p.second_half) for p in c.pillars] == [
        ("protecting-people", 1, 1, 0), ("working-with-communities", 1, 1, 0), ("supporting-victims", 1, 0, 1),
        ("transforming-for-the-future", 2, 1, 1)]
    assert all(s.in_cycle for s in c.sittings) and c.sittings[0].label == "Precept and budget"
    assert c.second_half == datetime.date(2018, 7, 1)
    text = govgraph.format_forward_plan_check(c)
    assert "No problems found, 2 notes" in text
    assert "2018-11-29  Dorset Police and Crime Panel: Quarterly performance" in text


def test_a_pillar_never_scrutinised_and_a_report_unscrutinised_fail(tmp_path):
    c = govgraph.check_forward_plan(govgraph.load_json(DORSET), CYCLE, failing_variant(tmp_path))
    assert not c.ok
    problems = [(f.kind, f.path, f.date) for f in c.findings if f.severity == "problem"]
    assert problems == [("pillar_not_scrutinised", "pillars[2]", None),
                        ("report_unscrutinised", "cycle plan publications[0]", datetime.date(2018, 8, 13))]
    assert [x.ok for x in c.coverage] == [True, True, False, True]
    assert c.pillars[2].sittings == []


def test_options_are_validated_and_relax_the_spread_rules(tmp_path):
    reg = govgraph.load_json(DORSET)
    with pytest.raises(govgraph.InvalidInputError, match="max_thematic_per_sitting: must be at least 1, got 0"):
        govgraph.check_forward_plan(reg, CYCLE, FORWARD, max_thematic_per_sitting=0)
    c = govgraph.check_forward_plan(reg, CYCLE, FORWARD, max_thematic_per_sitting=1)
    assert [(f.kind, f.path) for f in c.findings if f.severity == "problem"] == [("too_many_thematic", "sittings[1]")]
    data = example()
    november = items(data, "2018-11-29")
    moved = november.pop(1)
    moved["pre_meeting"] = {"date": "2018-05-31"}
    items(data, "2018-06-07").append(moved)  # both items on transforming for the future before July
    path = write(tmp_path, data)
    assert [f.kind for f in govgraph.check_forward_plan(reg, CYCLE, path).findings if f.severity == "problem"] == [
        "pillar_in_one_half"]
    assert govgraph.check_forward_plan(reg, CYCLE, path, spread_over_halves=False).ok


def test_reader_errors_name_the_json_path(tmp_path):
    data = example()
    data["sittings"][1]["items"][1]["pillars"] = ["protecting"]
    data["sittings"][0]["items"][0]["colour"] = "red"
    with pytest.raises(govgraph.InvalidInputError) as error:
        govgraph.load_forward_plan(write(tmp_path, data))
    message = str(error.value)
    assert "forward-plan.json" in message
    assert 'sittings[1].items[1].pillars[0]: no pillar "protecting" in the plan; did you mean "protecting-people"?' \
        in message
    assert "sittings[0].items[0].colour: unknown field" in message
    with pytest.raises(govgraph.InvalidInputError, match='duplicate key "title"'):
        govgraph.loads_forward_plan('{"forward_plan_version": 1, "title": "a", "title": "b", "sittings": []}')
    data = example()
    data["sittings"][0]["meeting"] = "dorset-pc"
    with pytest.raises(govgraph.InvalidInputError, match='did you mean "dorset-pcp"'):
        govgraph.check_forward_plan(govgraph.load_json(DORSET), CYCLE, write(tmp_path, data))


def test_to_pandas():
    pytest.importorskip("pandas")
    c = govgraph.check_forward_plan(govgraph.load_json(DORSET), govgraph.load_cycle_plan(CYCLE),
                                    govgraph.load_forward_plan(FORWARD))
    agenda = c.to_pandas("agenda")
    assert len(agenda) == 13
    assert sorted(agenda[agenda.kind == "thematic"].lead.unique()) == [
        "Cllr Ann Example (made up)", "Cllr Ben Example (made up)", "Cllr Cara Example (made up)",
        "Cllr Hal Example (made up)"]
    assert list(c.to_pandas().kind) == ["no_pre_meeting", "lead_not_pillar_lead"]
    assert list(c.to_pandas("coverage").ok) == [True] * 4
    with pytest.raises(ValueError, match="unknown table"):
        c.to_pandas("nothing")


def test_the_command_on_the_example():
    r = run("forward-plan", str(DORSET), str(CYCLE), str(FORWARD))
    assert r.returncode == 0, r.stderr
    assert "No problems found, 2 notes" in r.stdout
    assert "lead_not_pillar_lead" in r.stdout and "sittings[3].items[1].lead" in r.stdout
    assert "Transforming for the future" in r.stdout
    r = run("forward-plan", str(DORSET), str(CYCLE), str(FORWARD), "--format", "json")
    assert r.returncode == 0, r.stderr
    tables = json.loads(r.stdout)
    assert list(tables) == ["findings", "pillars", "agenda", "coverage"]
    assert [row["kind"] for row in tables["findings"]] == ["no_pre_meeting", "lead_not_pillar_lead"]
    assert [row["sittings"] for row in tables["coverage"]] == [["2018-03-08"], ["2018-06-07"], ["2018-09-06"],
                                                               ["2018-11-29"]]
    r = run("forward-plan", str(DORSET), str(CYCLE), str(FORWARD), "--format", "csv", "--table", "pillars")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(row["pillar"], row["lead"], row["sittings"]) for row in rows][3] == (
        "transforming-for-the-future", "Cllr Ben Example (made up)", "2018-03-08; 2018-11-29")


def test_the_command_fails_on_the_variant_and_writes_a_file(tmp_path):
    out = tmp_path / "findings.csv"
    r = run("forward-plan", str(DORSET), str(CYCLE), str(failing_variant(tmp_path)), "--format", "csv", "-o", str(out))
    assert r.returncode == 1, r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(row["severity"], row["kind"]) for row in rows if row["severity"] == "problem"] == [
        ("problem", "pillar_not_scrutinised"), ("problem", "report_unscrutinised")]
    assert "published on Monday 13 August 2018 is scrutinised by no sitting" in rows[-1]["message"]
    r = run("forward-plan", str(DORSET), str(CYCLE), str(FORWARD), "--max-thematic", "1")
    assert r.returncode == 1 and "too_many_thematic" in r.stdout
    r = run("forward-plan", str(DORSET), str(CYCLE), str(FORWARD), "--max-thematic", "0")
    assert r.returncode == 2 and "max_thematic_per_sitting: must be at least 1" in r.stderr


def test_the_command_refuses_the_wrong_files(tmp_path):
    r = run("forward-plan", str(DORSET), str(CYCLE), str(CYCLE))
    assert r.returncode == 2 and "a cycle plan" in r.stderr and "not a forward plan" in r.stderr
    r = run("forward-plan", str(DORSET), str(FORWARD), str(FORWARD))
    assert r.returncode == 2 and "unknown field" in r.stderr
    copy = write(tmp_path, example())
    r = run("forward-plan", str(DORSET), str(CYCLE), str(copy), "-o", str(copy))
    assert r.returncode == 2 and "the output is also an input" in r.stderr
    assert json.loads(copy.read_text(encoding="utf-8"))["forward_plan_version"] == 1
