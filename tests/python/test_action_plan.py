"""Action plans: reading, progress at a date, plans from change sets, DataFrames and the command line."""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govgraph

SOURCE = Path(os.environ.get("GOVGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
DORSET_PLAN = SOURCE / "examples" / "actions" / "dorset-pcp-improvement-plan-2018.json"
AVON_PLAN = SOURCE / "examples" / "actions" / "avon-and-somerset-2016-recommendations.json"
DORSET = SOURCE / "examples" / "registers" / "dorset-pcp-2018.json"
AVON = SOURCE / "examples" / "registers" / "avon-and-somerset-2016.json"
RECOMMENDATION_B = SOURCE / "examples" / "changes" / "avon-and-somerset-recommendation-b.json"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def plan_file(tmp_path: Path, actions: list, **top) -> Path:
    data = {"action_plan_version": 1, "title": "T", "source": "S", **top, "actions": actions}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


MIXED = [
    {"id": "a", "text": "Done", "status": "done", "due": "2018-01-01", "done_on": "2018-01-02"},
    {"id": "b", "text": "Late", "status": "in_progress", "due": "2018-05-22", "owner": "Clerk"},
    {"id": "c", "text": "Soon", "status": "open", "due": "2018-06-15"},
    {"id": "d", "text": "Undated", "status": "open"},
]


def test_the_dorset_example():
    plan = govgraph.load_action_plan(DORSET_PLAN)
    assert [a.id for a in plan.actions] == ["i", "ii", "iii", "iv", "v"]
    assert plan.as_of == datetime.date(2018, 2, 1)
    assert {a.owner for a in plan.actions} == {"Dorset Police and Crime Panel"}
    assert all(a.due is None and a.status == "open" for a in plan.actions)
    r = govgraph.action_progress(plan, govgraph.load_json(DORSET), as_of="2018-02-01")
    assert (r.done, r.dropped, r.overdue, r.due_soon, r.no_due_date, r.open) == (0, 0, 0, 0, 5, 0)
    assert r.checked_against_register and not r.any_overdue
    assert r.actions[3].meetings == ["Dorset Police and Crime Panel", "PCC's Audit Committee",
                                     "Community Safety and Criminal Justice Board"]
    assert "Dorset Police" in r.actions[2].organisations


def test_the_avon_and_somerset_example():
    reg = govgraph.load_json(AVON)
    r = govgraph.action_progress(AVON_PLAN, reg, as_of=datetime.date(2016, 11, 10))
    assert [a.id for a in r.actions] == ["a", "b", "c"]
    assert [a.state for a in r.actions] == ["no_due_date"] * 3
    assert r.actions[0].owner == "Police and Crime Board" and r.actions[1].owner == ""
    assert r.actions[1].meetings == ["Community Safety Meeting", "Commissioning Meeting"]
    assert r.actions[0].topics == ["Police and Crime Plan"]
    # Recommendation (b)'s meetings are those its change set removes.
    assert set(govgraph.what_if(reg, RECOMMENDATION_B).removed) == {"community-safety-meeting",
                                                                   "commissioning-meeting"}


def test_states_and_to_pandas(tmp_path):
    r = govgraph.action_progress(plan_file(tmp_path, MIXED), as_of="2018-06-01")
    assert [a.state for a in r.actions] == ["done", "overdue", "due_soon", "no_due_date"]
    assert r.actions[1].days_overdue == 10 and r.actions[2].days_left == 14
    assert r.actions[0].done_on == datetime.date(2018, 1, 2)
    assert r.as_of == datetime.date(2018, 6, 1) and r.any_overdue
    frame = r.to_pandas()
    assert list(frame["state"]) == ["done", "overdue", "due_soon", "no_due_date"]
    assert list(frame["due"])[:2] == ["2018-01-01", "2018-05-22"]
    counts = r.to_pandas("counts")
    assert dict(zip(counts["state"], counts["actions"])) == {
        "done": 1, "dropped": 0, "overdue": 1, "due_soon": 1, "no_due_date": 1, "open": 0}
    assert govgraph.analysis.table_names(r) == ["actions", "counts"]
    assert "OVERDUE by 10 days" in govgraph.format_action_progress(r)
    later = govgraph.action_progress(plan_file(tmp_path, MIXED), as_of="2018-06-01", due_soon_days=7)
    assert [a.state for a in later.actions][2] == "open"


def test_reader_errors_name_the_place(tmp_path):
    bad = [{"id": "a", "text": "x", "status": "open"}, {"id": "b", "text": "x", "status": "open"},
           {"id": "c", "text": "x", "status": "open", "due": "31/02/2018"}]
    with pytest.raises(govgraph.InvalidInputError, match=r'actions\[2\]\.due: "31/02/2018" is not a date'):
        govgraph.load_action_plan(plan_file(tmp_path, bad))
    with pytest.raises(govgraph.InvalidInputError, match=r"actions\[0\]\.owners: unknown field"):
        govgraph.load_action_plan(plan_file(tmp_path, [{"id": "a", "text": "x", "status": "open", "owners": "y"}]))
    with pytest.raises(govgraph.InvalidInputError, match=r'actions\[1\]\.id: "a" is the id of an earlier action'):
        govgraph.load_action_plan(plan_file(tmp_path, [{"id": "a", "text": "x", "status": "open"}] * 2))
    with pytest.raises(govgraph.InvalidInputError, match='duplicate key "title"'):
        govgraph.loads_action_plan('{"action_plan_version": 1, "title": "a", "title": "b", "source": "s", '
                                   '"actions": []}')
    with pytest.raises(govgraph.NotFoundError):
        govgraph.load_action_plan(tmp_path / "missing.json")


def test_unknown_ids_suggest_the_nearest(tmp_path):
    path = plan_file(tmp_path, [{"id": "a", "text": "x", "status": "open",
                                 "answers": {"meetings": ["comissioning-meeting"]}}])
    with pytest.raises(govgraph.InvalidInputError,
                       match=r'actions\[0\]\.answers\.meetings\[0\]: no meeting "comissioning-meeting" in the '
                             r'register; did you mean "commissioning-meeting"\?'):
        govgraph.action_progress(path, govgraph.load_json(AVON))
    # Without a register, nothing is checked.
    assert govgraph.action_progress(path).actions[0].meetings == ["comissioning-meeting"]


def test_a_change_set_becomes_a_plan(tmp_path):
    reg = govgraph.load_json(AVON)
    plan = govgraph.action_plan_from_changes(reg, RECOMMENDATION_B, owner="Police and Crime Board",
                                             due="2017-04-01")
    assert [a.text for a in plan.actions] == ["Remove the Community Safety Meeting",
                                              "Remove the Commissioning Meeting"]
    assert [a.answers.meetings for a in plan.actions] == [["community-safety-meeting"], ["commissioning-meeting"]]
    assert {a.due for a in plan.actions} == {datetime.date(2017, 4, 1)}
    saved = tmp_path / "b.json"
    govgraph.save_action_plan(plan, saved)
    again = govgraph.load_action_plan(saved)
    assert again.to_json() == plan.to_json()
    r = govgraph.action_progress(again, reg, as_of="2017-04-02")
    assert r.overdue == 2 and r.actions[0].days_overdue == 1
    with pytest.raises(govgraph.InvalidInputError, match="due"):
        govgraph.action_plan_from_changes(reg, RECOMMENDATION_B, due="April")


def test_cli_table_csv_json(tmp_path):
    out = run("actions", str(DORSET_PLAN), "--register", str(DORSET))
    assert out.returncode == 0, out.stderr
    assert "progress at 2018-02-01" in out.stdout and "5 open with no due date" in out.stdout
    out = run("actions", str(AVON_PLAN), "--register", str(AVON), "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].startswith("id,text,owner,status,state,due")
    assert len(out.stdout.strip().splitlines()) == 4
    out = run("actions", str(AVON_PLAN), "--format", "json", "--as-of", "2016-11-10")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [row["state"] for row in data["actions"]] == ["no_due_date"] * 3
    assert {row["state"]: row["actions"] for row in data["counts"]}["no_due_date"] == 3


def test_cli_exit_codes(tmp_path):
    plan = plan_file(tmp_path, MIXED)
    assert run("actions", str(plan), "--as-of", "2018-05-01").returncode == 0
    late = run("actions", str(plan), "--as-of", "2018-06-01")
    assert late.returncode == 1 and "1 action is overdue." in late.stdout
    bad = run("actions", str(plan), "--as-of", "June")
    assert bad.returncode == 2 and bad.stderr.strip() == "govgraph: error: --as-of: 'June' is not a date (YYYY-MM-DD)"
    broken = plan_file(tmp_path, [{"id": "a", "text": "x", "status": "later"}])
    out = run("actions", str(broken))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and 'actions[0].status: "later" is not a status' in out.stderr
    unknown = plan_file(tmp_path, [{"id": "a", "text": "x", "status": "open", "answers": {"meetings": ["lcj"]}}])
    out = run("actions", str(unknown), "--register", str(AVON))
    assert out.returncode == 2 and 'answers.meetings[0]: no meeting "lcj"' in out.stderr


def test_cli_says_what_a_file_is():
    out = run("actions", str(AVON))
    assert out.returncode == 2 and "a govgraph register" in out.stderr and "not an action plan" in out.stderr
    out = run("summary", str(AVON_PLAN))
    assert out.returncode == 2 and "an action plan" in out.stderr and "give it to actions" in out.stderr


def test_older_parse_names_still_read_and_warn():
    text = '{"action_plan_version": 1, "title": "T", "source": "S", "actions": []}'
    with pytest.warns(DeprecationWarning, match="govgraph.parse_action_plan is now govgraph.loads_action_plan"):
        assert govgraph.parse_action_plan(text).title == "T"
    for old, new in [("parse_change_set", "loads_change_set"), ("parse_engagement_rules", "loads_engagement_rules"),
                     ("parse_organisation_changes", "loads_organisation_changes")]:
        assert getattr(govgraph, old).__name__ == old and getattr(govgraph, old).__doc__ == getattr(govgraph, new).__doc__
