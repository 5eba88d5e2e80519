"""Every analysis a subcommand: `govgraph role-clarity`, `influence`, `reach`, `clusters`, `rationalise`,
`engagement-plan`, `portfolio`, `reporting-lines`, `burden` and `what-if`, in every format, on the bundled
registers; and the one-line errors for an unknown organisation and a missing or wrong-kind file."""

import csv
import io
import json
import os
import pathlib
import subprocess
import sys

import pytest

from govgraph import cli

SOURCE = pathlib.Path(os.environ.get("GOVGRAPH_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = SOURCE / "examples"
AVON = str(EXAMPLES / "registers" / "avon-and-somerset-2016.json")
DORSET = str(EXAMPLES / "registers" / "dorset-pcp-2018.json")
DORSET_PLAN = str(EXAMPLES / "cycle-plans" / "dorset-pcp-2018-cycle.json")
EAST_MIDLANDS = str(EXAMPLES / "registers" / "east-midlands-collaboration-2009.json")
RULES = str(EXAMPLES / "rules" / "avon-and-somerset-engagement.json")
RECOMMENDATION_B = str(EXAMPLES / "changes" / "avon-and-somerset-recommendation-b.json")
REORGANISATION = str(EXAMPLES / "organisation-changes" / "dorset-2019-reorganisation.json")

# command line, its tables (the default first), the default table's columns, and a name the default
# table must hold.
CASES = {
    "role-clarity": (["role-clarity", AVON, "--rules", RULES], ["issues", "violations"],
                     ["meeting_id", "meeting", "kind", "organisations", "detail"], "Community Safety Partnerships"),
    "influence": (["influence", AVON], ["actors"],
                  ["key", "label", "kind", "degree", "strength", "meetings", "betweenness",
                   "betweenness_normalised", "eigenvector", "broker", "groups_if_absent"],
                  "Avon and Somerset Constabulary"),
    "reach": (["reach", AVON, "OPCC"], ["meetings"],
              ["meeting_id", "meeting", "attends", "new_partners", "partners", "sittings_per_year"],
              "Avon and Somerset Local Criminal Justice Board"),
    "clusters": (["clusters", AVON], ["clusters"], ["cluster", "id", "name", "representative", "mean_score"],
                 "Safeguarding Consortium"),
    "rationalise": (["rationalise", AVON, "--cost", "meeting-hours"], ["meetings", "requirements"],
                    ["meeting_id", "meeting", "action", "forced", "cost", "assumed_cost", "covered_by", "reason"],
                    "Youth Offending Team management boards"),
    "engagement-plan": (["engagement-plan", AVON, RECOMMENDATION_B, "--cc", "yot"], ["actions", "meetings"],
                        ["channel", "key", "name", "recipient", "from", "meetings"], "Bristol City Council"),
    "portfolio": (["portfolio", EAST_MIDLANDS], ["initiatives", "priorities", "overlaps"],
                  ["initiative_id", "initiative", "status", "priorities", "no_lead", "no_start", "no_end", "gaps"],
                  "Shared data warehouse"),
    "reporting-lines": (["reporting-lines", AVON], ["meetings"],
                        ["meeting_id", "meeting", "level", "parent", "depth", "root", "escalation_path", "children",
                         "reaches_strategic", "orphan", "in_cycle"], "Senior Contact Meetings"),
    "burden": (["burden", AVON], ["meetings", "organisations", "roles", "levels", "leads"],
               ["meeting_id", "meeting", "sittings_per_year", "duration_hours", "default_duration", "seats",
                "meeting_hours", "seat_hours", "cost"], "Community Safety Partnerships"),
    "what-if": (["what-if", AVON, RECOMMENDATION_B], ["hours", "lost", "meetings"],
                ["organisation_id", "organisation", "before", "after", "saved", "unknown_removed"],
                "Office of the Police and Crime Commissioner for Avon and Somerset"),
}


def run(capsys, *args: str):
    """Runs the command line in this process: (exit status, standard output, standard error)."""
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def run_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def assert_one_line_error(status, out, err, *needles):
    assert status == 2, err
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("govgraph: error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err


@pytest.mark.parametrize("name", list(CASES))
def test_table_format_prints_the_report_or_the_table(capsys, name):
    args, _, columns, expected = CASES[name]
    status, out, err = run(capsys, *args)
    assert status == 0, err
    assert expected in out
    assert err == ""


@pytest.mark.parametrize("name", list(CASES))
def test_csv_is_the_default_table_with_its_columns(capsys, name):
    args, _, columns, expected = CASES[name]
    status, out, err = run(capsys, *args, "--format", "csv")
    assert status == 0, err
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == columns
    assert rows
    assert any(expected in row.values() for row in rows)


@pytest.mark.parametrize("name", list(CASES))
def test_json_holds_every_table_as_lists_of_rows(capsys, name):
    args, tables, columns, expected = CASES[name]
    status, out, err = run(capsys, *args, "--format", "json")
    assert status == 0, err
    data = json.loads(out)
    assert list(data) == tables
    assert all(isinstance(rows, list) for rows in data.values())
    default = data[tables[0]]
    assert default and all(list(row) == columns for row in default)
    assert any(expected in row.values() for row in default)


@pytest.mark.parametrize("name", list(CASES))
def test_xlsx_workbook_has_a_sheet_per_table_and_a_bold_header(capsys, tmp_path, name):
    openpyxl = pytest.importorskip("openpyxl")
    args, tables, columns, expected = CASES[name]
    path = tmp_path / f"{name}.xlsx"
    status, out, err = run(capsys, *args, "--format", "xlsx", "-o", str(path))
    assert status == 0, err
    assert out == ""
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == tables
    sheet = book[tables[0]]
    header = [c.value for c in sheet[1]]
    assert header == columns
    assert all(c.font.bold for c in sheet[1])
    assert sheet.column_dimensions["A"].width >= len(columns[0])
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    assert expected in values
    assert [f for f in os.listdir(tmp_path) if f.startswith(".")] == []  # no temporary left behind


def test_output_file_holds_what_standard_output_would(capsys, tmp_path):
    args = CASES["reach"][0]
    _, printed, _ = run(capsys, *args, "--format", "csv")
    path = tmp_path / "reach.csv"
    status, out, err = run(capsys, *args, "--format", "csv", "-o", str(path))
    assert status == 0, err
    assert out == ""
    assert path.read_text(encoding="utf-8") == printed


def test_table_option_picks_one_table(capsys):
    status, out, _ = run(capsys, "role-clarity", AVON, "--rules", RULES, "--table", "violations", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["rule"] for r in rows} == {"statutory-police-attendance"}
    assert "Police and Crime Panel" in {r["meeting"] for r in rows}
    status, out, _ = run(capsys, "burden", AVON, "--table", "organisations", "--format", "json")
    data = json.loads(out)
    assert list(data) == ["organisations"]
    assert data["organisations"][0]["organisation"] == (
        "Office of the Police and Crime Commissioner for Avon and Somerset")
    status, out, _ = run(capsys, "rationalise", AVON, "--table", "requirements")
    assert status == 0
    assert out.split()[:4] == ["kind", "a", "b", "label"]


def test_unknown_table_is_a_one_line_error(capsys):
    assert_one_line_error(*run(capsys, "burden", AVON, "--table", "nope"), "--table", "organisations")


def test_reports_keep_their_words(capsys):
    _, out, _ = run(capsys, "burden", AVON)
    assert "people-hours a year (known cadences)" in out and "National Probation Service: 58 h" in out
    _, out, _ = run(capsys, "what-if", AVON, RECOMMENDATION_B)
    assert "Removed: community-safety-meeting, commissioning-meeting" in out
    _, out, _ = run(capsys, "rationalise", AVON, "--cost", "meeting-hours")
    assert "keep 17 of 20 meetings" in out
    assert "Stop Community Safety Meeting" in out
    _, out, _ = run(capsys, "portfolio", EAST_MIDLANDS)
    assert "Improving confidence in the police: NO INITIATIVE" in out


def test_role_clarity_without_rules_has_no_violations(capsys):
    status, out, _ = run(capsys, "role-clarity", AVON, "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert data["violations"] == []
    assert {"no_lead", "joint_lead", "lead_absent", "duplicate_attendance"} <= {i["kind"] for i in data["issues"]}


def test_reach_takes_an_id_a_name_or_an_alias_alike(capsys):
    outputs = [run(capsys, "reach", AVON, org, "--format", "json")[1]
               for org in ("opcc", "Office of the Police and Crime Commissioner for Avon and Somerset", "OPCC")]
    assert outputs[0] == outputs[1] == outputs[2]
    meetings = [row["meeting"] for row in json.loads(outputs[0])["meetings"]]
    assert meetings[:2] == ["Community Safety Partnerships", "Avon and Somerset Local Criminal Justice Board"]


def test_reach_of_a_role_held_in_an_organisation_is_the_organisation_s(capsys):
    # The PCC is a role of the OPCC: the graph has one actor for both.
    by_role = run(capsys, "reach", AVON, "PCC", "--format", "json")
    assert by_role[0] == 0, by_role[2]
    assert by_role[1] == run(capsys, "reach", AVON, "opcc", "--format", "json")[1]


def test_reach_of_a_role_with_no_organisation(capsys):
    status, out, err = run(capsys, "reach", AVON, "role:council-leader", "--format", "json")
    assert status == 0, err
    assert json.loads(out)["meetings"]


def test_rationalise_keeps_a_meeting_given_by_name(capsys):
    _, out, _ = run(capsys, "rationalise", AVON, "--cost", "meeting-hours", "--format", "json")
    stopped = {r["meeting_id"] for r in json.loads(out)["meetings"] if r["action"] == "stop"}
    assert "community-safety-meeting" in stopped
    _, out, _ = run(capsys, "rationalise", AVON, "--cost", "meeting-hours", "--keep", "Community Safety Meeting",
                    "--format", "json")
    rows = {r["meeting_id"]: r for r in json.loads(out)["meetings"]}
    assert rows["community-safety-meeting"]["action"] == "keep"
    assert rows["community-safety-meeting"]["forced"] is True


def test_engagement_plan_copies_the_boards_named_with_cc(capsys):
    _, out, _ = run(capsys, "engagement-plan", AVON, RECOMMENDATION_B, "--cc", "Youth Offending Teams",
                    "--format", "json")
    data = json.loads(out)
    copies = {a["key"] for a in data["actions"] if a["channel"] == "copy"}
    assert "organisation:yot" in copies
    assert {m["meeting_id"] for m in data["meetings"]} >= {"community-safety-meeting", "commissioning-meeting",
                                                          "local-meetings"}


def test_portfolio_priorities_by_name(capsys):
    _, out, _ = run(capsys, "portfolio", EAST_MIDLANDS, "--format", "json")
    priorities = json.loads(out)["priorities"]
    assert len(priorities) == 4 and not any(p["covered"] for p in priorities)
    first = priorities[0]["topic"]
    _, out, _ = run(capsys, "portfolio", EAST_MIDLANDS, "--priority", first, "--format", "json")
    assert [p["topic"] for p in json.loads(out)["priorities"]] == [first]


def test_reporting_lines_finds_the_orphan(capsys):
    _, out, _ = run(capsys, "reporting-lines", AVON, "--format", "json")
    orphans = [row["meeting"] for row in json.loads(out)["meetings"] if row["orphan"]]
    assert orphans == ["Senior Contact Meetings"]


def test_clusters_min_score(capsys):
    _, out, _ = run(capsys, "clusters", AVON, "--format", "json")
    rows = json.loads(out)["clusters"]
    assert sum(1 for r in rows if r["representative"]) == len({r["cluster"] for r in rows})
    _, out, _ = run(capsys, "clusters", AVON, "--min-score", "0.99", "--format", "json")
    assert json.loads(out)["clusters"] == []


# --- errors ------------------------------------------------------------------------------------------------


def test_unknown_organisation_for_reach_is_one_line_without_traceback():
    out = run_process("reach", AVON, "Ministry of Magic")
    assert_one_line_error(out.returncode, out.stdout, out.stderr, "ORG", "Ministry of Magic", AVON)


@pytest.mark.parametrize("args,needle", [
    (["rationalise", AVON, "--keep", "no such meeting"], "--keep"),
    (["engagement-plan", AVON, RECOMMENDATION_B, "--cc", "no such body"], "--cc"),
    (["portfolio", EAST_MIDLANDS, "--priority", "no such topic"], "--priority"),
])
def test_unknown_names_in_options_are_one_line(capsys, args, needle):
    assert_one_line_error(*run(capsys, *args), needle)


def test_xlsx_needs_an_output_file(capsys):
    assert_one_line_error(*run(capsys, "influence", AVON, "--format", "xlsx"), "-o FILE.xlsx")
    assert_one_line_error(*run(capsys, "influence", AVON, "--format", "xlsx", "-o", "-"), "-o FILE.xlsx")


def test_output_that_is_an_input_is_refused(capsys, tmp_path):
    register = tmp_path / "register.json"
    register.write_bytes(pathlib.Path(AVON).read_bytes())
    assert_one_line_error(*run(capsys, "influence", str(register), "--format", "xlsx", "-o", str(register)),
                          "also an input")
    assert register.read_bytes() == pathlib.Path(AVON).read_bytes()


@pytest.mark.parametrize("args", [
    ["reach", "missing.json", "opcc"],
    ["role-clarity", AVON, "--rules", "missing.json"],
    ["engagement-plan", AVON, "missing.json"],
])
def test_missing_file_is_one_line(capsys, args):
    assert_one_line_error(*run(capsys, *args), "missing.json")


@pytest.mark.parametrize("args,what,where", [
    (["influence", DORSET_PLAN], "a cycle plan", "--plan PLAN.json"),
    (["summary", DORSET_PLAN], "a cycle plan", "check-cycle"),
    (["burden", REORGANISATION], "organisation changes", "apply-org-changes"),
    (["what-if", DORSET, REORGANISATION], "organisation changes", "apply-org-changes"),
    (["engagement-plan", DORSET, REORGANISATION], "organisation changes", "apply-org-changes"),
    (["what-if", DORSET, DORSET_PLAN], "a cycle plan", "--plan PLAN.json"),
    (["apply-org-changes", AVON, RECOMMENDATION_B, "-o", "out.json"], "a change set", "what-if or engagement-plan"),
    (["check-cycle", DORSET, "--plan", REORGANISATION], "organisation changes", "apply-org-changes"),
    (["role-clarity", AVON, "--rules", RECOMMENDATION_B], "a change set", "what-if"),
    (["role-clarity", RULES], "engagement rules", "--rules RULES.json"),
    (["check-cycle", DORSET, "--plan", DORSET], "a govgraph register", "REGISTER.json"),
    (["import", DORSET_PLAN, "-o", "out.json"], "a cycle plan", "--plan PLAN.json"),
    (["import", REORGANISATION, "-o", "out.json"], "organisation changes", "apply-org-changes"),
])
def test_a_file_of_the_wrong_kind_is_named_with_the_command_that_takes_it(capsys, tmp_path, monkeypatch, args,
                                                                         what, where):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, *args)
    assert_one_line_error(status, out, err, what, where)
    assert not (tmp_path / "out.json").exists()


def test_check_cycle_says_which_year_and_plan_it_checked(capsys):
    _, out, _ = run(capsys, "check-cycle", DORSET)
    first = out.splitlines()[0]
    assert "this year" in first and "no cycle plan" in first and "--plan" in first
    _, out, _ = run(capsys, "check-cycle", DORSET, "--plan", DORSET_PLAN)
    assert out.splitlines()[0] == f"Year 2018 (the plan's year); the plan {DORSET_PLAN}"
    _, out, _ = run(capsys, "check-cycle", DORSET, "--year", "2019")
    assert out.splitlines()[0].startswith("Year 2019; no cycle plan")


def test_missing_optional_package_names_the_debian_package(monkeypatch):
    from govgraph import _optional

    def refuse(name, *args, **kwargs):
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(_optional.importlib, "import_module", refuse)
    with pytest.raises(ImportError, match=r"to_pandas\(\) needs pandas: apt-get install python3-pandas"):
        _optional.require("pandas", "to_pandas()")


def test_missing_openpyxl_is_one_line_naming_the_package(capsys, tmp_path, monkeypatch):
    from govgraph import _optional

    real = _optional.importlib.import_module

    def without_openpyxl(name, *args, **kwargs):
        if name == "openpyxl":
            raise ImportError("No module named 'openpyxl'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(_optional.importlib, "import_module", without_openpyxl)
    status, out, err = run(capsys, "influence", AVON, "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert_one_line_error(status, out, err, "apt-get install python3-openpyxl")
    assert not (tmp_path / "x.xlsx").exists()


def test_pillar_leads_lists_each_pillar_and_fails_on_one_with_no_lead(capsys, tmp_path):
    dorset = DORSET
    status, out, err = run(capsys, "pillar-leads", dorset)
    assert status == 0, err
    assert out.splitlines() == ["Pillar leads of Dorset Police and Crime Panel",
                                "  Protecting people at risk of harm: Cllr Ann Example (made up)",
                                "  Working with our communities: Cllr Cara Example (made up)",
                                "  Supporting victims, witnesses and reducing reoffending: Cllr Eve Example (made up)",
                                "  Transforming for the future: Cllr Ben Example (made up)"]
    data = json.loads(open(dorset, encoding="utf-8").read())
    for seat in data["memberships"]:
        seat.pop("leads", None)
    unled = tmp_path / "unled.json"
    unled.write_text(json.dumps(data), encoding="utf-8")
    status, out, _ = run(capsys, "pillar-leads", str(unled), "--format", "json")
    assert status == 1
    assert {row["lead"] for row in json.loads(out)["pillars"]} == {""}
