"""The statutory composition of a police and crime panel: Python and the command line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govgraph

SOURCE = Path(os.environ.get("GOVGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
DORSET = SOURCE / "examples" / "registers" / "dorset-pcp-2018.json"
REORGANISATION = SOURCE / "examples" / "organisation-changes" / "dorset-2019-reorganisation.json"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def test_rules_are_data_with_their_legal_source():
    rules = govgraph.panel_composition_rules()
    assert rules.act == "Police Reform and Social Responsibility Act 2011"
    assert (rules.appointed_members, rules.co_opted_members, rules.maximum_members) == (10, 2, 20)
    sources = {r.id: r.source for r in rules.rules}
    assert sources["appointed_members"] == "Schedule 6, paragraph 4(1)(a) and 4(2)"
    assert sources["co_opted_councillors"] == "Schedule 6, paragraph 23"
    assert sources["balanced_appointment"] == "Schedule 6, paragraph 31"
    assert all(r.url.startswith("https://www.legislation.gov.uk/ukpga/2011/13/schedule/6") for r in rules.rules)


def test_dorset_2018_as_recorded():
    r = govgraph.panel_composition(govgraph.load_json(DORSET))
    assert r.verdict == "unlawful" and not r.lawful
    assert (r.relevant_authorities, r.relevant_number, r.appointed_members, r.independent_members) == (9, 10, 9, 1)
    status = r.to_pandas().set_index("rule")["status"].to_dict()
    assert status == {"appointed_members": "not_met", "each_authority_represented": "met",
                      "co_opted_members": "not_met", "co_opted_councillors": "met", "maximum_members": "met",
                      "commissioner_not_member": "met", "balanced_appointment": "advisory"}
    remedies = r.to_pandas("remedies")
    assert list(remedies["remedy"]) == ["appoint_councillors", "secretary_of_state_appoints", "co_opt_independents"]


def test_dorset_after_2019_seats_move_with_their_members():
    reg = govgraph.load_json(DORSET)
    after = govgraph.apply_organisation_changes(reg, str(REORGANISATION)).register
    panel = after.meeting(after.find_meeting("dorset-pcp"))
    seats = {p.organisation: p.seats for p in panel.participants if p.organisation}
    assert seats["dorset-council"] == 6 and seats["bcp-council"] == 3
    r = govgraph.panel_composition(after)
    councils = r.to_pandas("councils").set_index("organisation_id")["appointed"].to_dict()
    assert councils == {"dorset-council": 6, "bcp-council": 3}
    assert r.verdict == "unlawful"
    assert "1 more member from Dorset Council or Bournemouth, Christchurch and Poole Council" in r.remedies[0].action


def test_co_opted_round_trips_through_json_and_popolo():
    reg = govgraph.load_json(DORSET)
    chair = reg.meeting(reg.find_meeting("dorset-pcp")).participants[0]
    assert chair.co_opted
    again = govgraph.loads_json(govgraph.dumps_json(reg))
    assert again.meeting(again.find_meeting("dorset-pcp")).participants[0].co_opted
    popolo = govgraph.loads_popolo(govgraph.dumps_popolo(reg)).register
    assert popolo.meeting(popolo.find_meeting("dorset-pcp")).participants[0].co_opted
    assert govgraph.Participant(role="x", co_opted=True).co_opted


def test_unknown_panel_is_a_lookup_error():
    with pytest.raises(govgraph.NotFoundError, match='unknown meeting "nope"'):
        govgraph.panel_composition(govgraph.load_json(DORSET), panel="nope")


def test_cli_table_and_exit_status():
    out = run("composition", str(DORSET))
    assert out.returncode == 1, out.stderr
    assert "Dorset Police and Crime Panel: unlawful" in out.stdout
    assert "Schedule 6, paragraph 4(1)(a) and 4(2)" in out.stdout
    assert "Remedies:" in out.stdout


def test_cli_json_after_changes():
    out = run("composition", str(DORSET), "--changes", str(REORGANISATION), "--format", "json")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert report["summary"][0]["panel_id"] == "dorset-pcp"
    assert report["summary"][0]["verdict"] == "unlawful"
    assert [(c["organisation_id"], c["appointed"]) for c in report["councils"]] == [
        ("dorset-council", 6), ("bcp-council", 3)]
    assert report["rules"][0]["url"] == "https://www.legislation.gov.uk/ukpga/2011/13/schedule/6/paragraph/4"
    assert report["remedies"][0]["source"] == "Schedule 6, paragraphs 8 and 9"


def test_cli_lawful_panel_exits_0(tmp_path):
    councils = [{"id": f"c{i}", "name": f"Council {i}", "kind": "local_authority", "areas": ["pfa"]}
                for i in range(10)]
    register = {
        "schema_version": 1,
        "areas": [{"id": "pfa", "name": "Police area", "kind": "force_area"}],
        "organisations": councils,
        "roles": [{"id": "independent", "name": "Independent member"}],
        "people": [{"id": "a", "name": "A", "roles": ["independent"]}, {"id": "b", "name": "B", "roles": ["independent"]}],
        "meetings": [{"id": "panel", "name": "Police and Crime Panel", "kind": "panel", "areas": ["pfa"],
                      "participants": [{"organisation": c["id"]} for c in councils]
                      + [{"person": "a", "co_opted": True}, {"person": "b", "co_opted": True}]}],
    }
    path = tmp_path / "panel.json"
    path.write_text(json.dumps(register), encoding="utf-8")
    out = run("composition", str(path))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Police and Crime Panel: lawful" in out.stdout


@pytest.mark.parametrize("extra,needle", [
    (["--panel", "nope"], 'unknown meeting "nope"'),
    (["--council", "zz"], 'unknown organisation "zz"'),
    (["--co-opted", "1"], "at least 2 co-opted members"),
])
def test_cli_errors_are_one_line_without_traceback(extra, needle):
    out = run("composition", str(DORSET), *extra)
    assert out.returncode == 2
    assert needle in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
