"""A police and crime panel's skills audit: Python, workbooks, DataFrames and the command line."""

import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govgraph

SOURCE = Path(os.environ.get("GOVGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
AUDIT = SOURCE / "examples" / "panel" / "dorset-pcp-2018-skills.csv"
FRAMEWORK = SOURCE / "examples" / "panel" / "dorset-pcp-2018-skills-framework.json"
SHIPPED = SOURCE / "data" / "panel_skills.json"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def dorset() -> govgraph.SkillsAuditResult:
    return govgraph.skills_audit(AUDIT, FRAMEWORK, as_of="2018-02-01")


def test_the_compiled_framework_is_the_shipped_file():
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    framework = govgraph.skills_framework()
    assert [s.id for s in framework.skills] == [s["id"] for s in shipped["skills"]]
    assert [(s.required_level, s.url) for s in framework.skills] == [(s["required_level"], s["url"])
                                                                     for s in shipped["skills"]]
    assert [lv.name for lv in framework.levels] == ["none", "aware", "working", "expert"]


def test_the_dorset_example():
    r = dorset()
    assert len(r.members) == 11 and r.members[0] == "Mike Short"
    status = {c.skill: c.status for c in r.coverage}
    assert [s for s, v in status.items() if v == "gap"] == ["confirmation_hearings", "questioning_and_challenge"]
    assert [s for s, v in status.items() if v == "single_holder"] == ["precept_and_budget", "chairing"]
    assert [s for s, v in status.items() if v == "not_assessed"] == ["proactive_scrutiny"]
    assert (r.gaps, r.single_holders, r.not_assessed) == (2, 2, 1)
    holders = {c.skill: c.holders for c in r.coverage}
    assert holders["precept_and_budget"] == ["Cllr Ben Example (made up)"]
    assert holders["chairing"] == ["Mike Short"]
    training = [(t.member, t.skill, t.current_level, t.target_level, t.reason) for t in r.training]
    assert training == [
        ("Mike Short", "confirmation_hearings", 1, 2, "gap"),
        ("Cllr Ben Example (made up)", "confirmation_hearings", 1, 2, "gap"),
        ("Mike Short", "questioning_and_challenge", 2, 3, "gap"),
        ("Cllr Ann Example (made up)", "questioning_and_challenge", 2, 3, "gap"),
        ("Mike Short", "precept_and_budget", 2, 3, "single_holder"),
        ("Cllr Ann Example (made up)", "chairing", 1, 2, "single_holder"),
    ]
    assert {t.by for t in r.training} == {datetime.date(2018, 5, 1)} and r.train_by == datetime.date(2018, 5, 1)
    pillars = {p.pillar: (p.leads, p.missing) for p in r.pillars}
    assert pillars["Supporting victims, witnesses and reducing reoffending"] == (
        ["Cllr Eve Example (made up)"], ["partnership_working", "policing_landscape"])
    assert pillars["Working with our communities"] == (["Cllr Cara Example (made up)"], [])
    assert any("Confirmation hearings: a gap among the members assessed; 7 not assessed" in n for n in r.notes)


def test_blank_is_not_assessed_and_zero_is_a_level():
    r = dorset()
    row = r.matrix[r.members.index("Iain McVie")]
    levels = dict(zip(r.skills, row))
    assert levels["confirmation_hearings"] is None and levels["chairing"] == 0


def test_tables():
    r = dorset()
    matrix = r.to_pandas()
    assert list(matrix.columns) == ["member"] + list(r.skills)
    assert matrix.set_index("member").loc["Mike Short", "chairing"] == 3
    assert list(r.to_pandas("gaps")["skill"]) == ["confirmation_hearings", "questioning_and_challenge"]
    assert list(r.to_pandas("single_holders")["holder"]) == ["Cllr Ben Example (made up)", "Mike Short"]
    assert len(r.to_pandas("training")) == 6 and set(r.to_pandas("training")["by"]) == {"2018-05-01"}
    assert len(r.to_pandas("pillars")) == 4
    assert len(r.to_pandas("skills")) == len(r.skills)
    assert govgraph.analysis.table_names(r)[0] == "matrix"
    with pytest.raises(ValueError, match="unknown table"):
        r.to_pandas("nope")


def test_default_framework_and_bound_objects():
    table = govgraph.SkillsAuditTable([
        govgraph.MemberSkills("Ann", pillar="P", levels={"chairing": 3, "precept_and_budget": 3}),
        govgraph.MemberSkills("Ben", co_opted=True, levels={"chairing": 2, "precept_and_budget": 1}),
    ])
    r = govgraph.skills_audit(table, as_of=datetime.date(2018, 11, 30), holders_wanted=2)
    status = {c.skill: c.status for c in r.coverage}
    assert status["chairing"] == "covered" and status["precept_and_budget"] == "single_holder"
    assert [(t.member, t.skill) for t in r.training] == [("Ben", "precept_and_budget")]
    assert r.train_by == datetime.date(2019, 2, 28)
    assert r.pillars[0].pillar == "P" and not r.pillars[0].in_framework


def test_a_dataframe():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"Member": ["Ann", "Ben"], "Chairing and team building": [3.0, None],
                              "precept and budget": [1, 3]})
    r = govgraph.skills_audit(frame, as_of="2018-02-01")
    levels = dict(zip(r.skills, r.matrix[1]))
    assert levels["chairing"] is None and levels["precept_and_budget"] == 3
    bad = pandas.DataFrame({"Name": ["Ann"], "chairing": ["lots"]})
    with pytest.raises(govgraph.InvalidInputError, match=r"DataFrame, row 2, column 2 \(chairing\): \"lots\""):
        govgraph.skills_audit(bad)


def _workbook(path, rows, start_row=1, start_column=1):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Returns are on the next sheet"
    sheet = book.create_sheet("Audit")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.cell(row=start_row + r, column=start_column + c, value=value)
    book.save(path)
    return path


def test_an_xlsx_workbook(tmp_path):
    path = _workbook(tmp_path / "audit.xlsx",
                     [["Name", "Council", "chairing", "Precept and budget scrutiny"],
                      ["Ann", "Poole", 3, 2], ["Ben", "Co-opted", None, 3]], start_row=2, start_column=2)
    r = govgraph.skills_audit(path, as_of="2018-02-01")
    assert r.members == ["Ann", "Ben"]
    levels = dict(zip(r.skills, r.matrix[1]))
    assert levels["chairing"] is None and levels["precept_and_budget"] == 3
    table = govgraph.read_skills_audit(path)
    assert table.members[1].co_opted and table.members[0].row == 3


def test_xlsx_errors_name_the_sheet_and_cell(tmp_path):
    path = _workbook(tmp_path / "bad.xlsx", [["Name", "chairing"], ["Ann", "x"]], start_row=2, start_column=2)
    with pytest.raises(govgraph.InvalidInputError, match=r'bad.xlsx, sheet "Audit", cell C3 \(chairing\): "x"'):
        govgraph.skills_audit(path)


@pytest.mark.parametrize("text, needle", [
    ("name,chairing\nAnn,3\nBen,high\n", r"row 3, column 2 \(chairing\): \"high\" is not a level"),
    ("name,chairng\nAnn,3\n", r"row 1, column 2 \(chairng\): not a skill .* did you mean \"Chairing and team"),
    ("chairing\n3\n", r"row 1: no \"name\""),
    ("name,chairing\nAnn,3\nAnn,2\n", r"row 3, column 1 \(name\): \"Ann\" is already in the table"),
])
def test_csv_errors_name_file_row_and_column(tmp_path, text, needle):
    path = tmp_path / "audit.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(govgraph.InvalidInputError, match=re.escape(str(path)) + ", " + needle):
        govgraph.skills_audit(path)


def test_framework_errors_name_the_file_and_json_path(tmp_path):
    path = tmp_path / "framework.json"
    path.write_text('{"extends": "default", "pillars": [{"name": "P", "skills": ["nope"]}]}', encoding="utf-8")
    with pytest.raises(govgraph.InvalidInputError, match=r'framework.json: pillars\[0\].skills\[0\]: no skill "nope"'):
        govgraph.load_skills_framework(path)
    with pytest.raises(govgraph.NotFoundError):
        govgraph.skills_audit(AUDIT, tmp_path / "missing.json")
    with pytest.raises(govgraph.InvalidInputError, match="train_by"):
        govgraph.skills_audit(AUDIT, FRAMEWORK, as_of="2018-02-01", train_by="2018-01-01")
    with pytest.raises(govgraph.InvalidInputError, match="as_of"):
        govgraph.skills_audit(AUDIT, as_of="1 Feb 2018")


def test_plot_highlights_the_gaps():
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import govgraph.plot

    r = dorset()
    ax = govgraph.plot.skills_matrix(r)
    gids = sorted(p.get_gid() for p in ax.patches)
    assert gids == ["gap-confirmation_hearings", "gap-questioning_and_challenge", "single-chairing",
                    "single-precept_and_budget"]
    image = ax.images[0].get_array()
    assert image.shape == (11, len(r.skills))
    assert image.mask[1][r.skills.index("confirmation_hearings")]  # not assessed: no colour
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def test_cli_table_and_exit_status():
    done = run("skills", str(AUDIT), "--framework", str(FRAMEWORK), "--as-of", "2018-02-01")
    assert done.returncode == 1, done.stderr  # there are gaps
    assert "Gaps 2; held by one member only 2; not assessed 1" in done.stdout
    assert "Training, by 2018-05-01:" in done.stdout


def test_cli_json_and_no_gaps_exits_0(tmp_path):
    audit = tmp_path / "audit.csv"
    audit.write_text("name,chairing\nAnn,3\nBen,2\n", encoding="utf-8")
    done = run("skills", str(audit), "--as-of", "2018-02-01", "--format", "json", "--table", "skills")
    # Only the chairing column: the other skills are not assessed, which is not a gap.
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["skills"]
    assert {r["skill"]: r["status"] for r in rows}["chairing"] == "covered"


def test_cli_xlsx_output(tmp_path):
    pytest.importorskip("openpyxl")
    out = tmp_path / "skills.xlsx"
    done = run("skills", str(AUDIT), "--as-of", "2018-02-01", "--format", "xlsx", "-o", str(out))
    assert done.returncode == 1 and out.exists()
    import openpyxl

    assert openpyxl.load_workbook(out).sheetnames == ["matrix", "gaps", "single_holders", "pillars", "training",
                                                     "skills"]


@pytest.mark.parametrize("text, extra, needle", [
    ("name,chairing\nAnn,x\n", [], "row 2, column 2 (chairing)"),
    ("name,chairing\nAnn,3\n", ["--as-of", "tomorrow"], "as_of"),
    ("name,chairing\nAnn,3\n", ["--framework", "/nonexistent/f.json"], "/nonexistent/f.json"),
    ("name,chairing\nAnn,3\n", ["--holders", "0"], "holders_wanted"),
])
def test_cli_errors_are_one_line_without_traceback(tmp_path, text, extra, needle):
    audit = tmp_path / "audit.csv"
    audit.write_text(text, encoding="utf-8")
    done = run("skills", str(audit), *extra)
    assert done.returncode == 2, done.stdout
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
