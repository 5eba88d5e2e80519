"""Merging registers and organisation changes, from Python and the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import govgraph
from govgraph import cli


@pytest.fixture(scope="module")
def panels(source_dir):
    folder = source_dir / "examples" / "registers" / "merge"
    return govgraph.load_json(folder / "dorset-panel.json"), govgraph.load_json(folder / "devon-cornwall-panel.json")


@pytest.fixture(scope="module")
def merged(panels):
    return govgraph.merge_registers(*panels, labels=("dorset", "dc"))


def test_matches_carry_rule_and_evidence(merged):
    frame = merged.matches.to_pandas()
    rules = {(r.type, r.a_id): r.rule for r in frame.itertuples()}
    assert rules[("area", "dorset")] == "shared_identifier"
    assert rules[("organisation", "dorset-pcp")] == "same_id"
    assert rules[("organisation", "dorset-police")] == "alias"
    assert rules[("organisation", "dorset-opcc")] == "normalised_name"
    police = frame[frame.a_id == "dorset-police"].iloc[0]
    assert police.b_id == "dorset-constabulary"
    assert "Dorset Police" in police.evidence


def test_near_miss_is_reported_not_merged_until_confirmed(panels, merged):
    near = merged.near_misses.to_pandas()
    row = near[(near.a_id == "dorset-county-council") & (near.b_id == "dorset-council")]
    assert len(row) == 1
    assert row.similarity.iloc[0] == pytest.approx(2 / 3)
    assert merged.register.find_organisation("dorset-council") is not None

    confirmed = govgraph.merge_registers(*panels, labels=("dorset", "dc"),
                                         confirm=["dorset-county-council=dorset-council"])
    assert confirmed.register.find_organisation("dorset-council") is None
    rules = {m.a_id: m.rule for m in confirmed.matches}
    assert rules["dorset-county-council"] == "confirmed"
    assert len(confirmed.register.organisations) == len(merged.register.organisations) - 1


def test_conflicts_and_prefixed_ids(merged):
    conflicts = merged.conflicts.to_pandas()
    kind = conflicts[(conflicts.merged_id == "home-office") & (conflicts.field == "kind")].iloc[0]
    assert (kind.a_value, kind.b_value, kind.kept) == ("government", "other", "a")
    renamed = {(r.type, r.original_id, r.side): r.merged_id for r in merged.renamed}
    assert renamed[("meeting", "police-and-crime-panel", "a")] == "dorset:police-and-crime-panel"
    assert renamed[("role", "pcc", "b")] == "dc:pcc"
    panel = merged.register.meeting(merged.register.find_meeting("dc:police-and-crime-panel"))
    assert panel.attributes["merged_from"] == "dc"


def test_cross_register_overlaps(merged):
    frame = merged.cross_overlaps.to_pandas()
    assert list(frame.a_from.unique()) == ["dorset"]
    assert list(frame.b_from.unique()) == ["dc"]
    top = frame.iloc[0]
    assert (top.a_id, top.b_id) == ("alliance-scrutiny", "strategic-alliance-scrutiny")
    assert top.score > 0.5


def test_prefer_b_and_bad_options(panels):
    r = govgraph.merge_registers(*panels, prefer="b")
    home = r.register.organisation(r.register.find_organisation("home-office"))
    assert home.kind == govgraph.OrganisationKind.OTHER
    with pytest.raises(govgraph.InvalidInputError, match="confirm\\[0\\]"):
        govgraph.merge_registers(*panels, confirm=["no-equals-sign"])
    with pytest.raises(govgraph.InvalidInputError, match="prefer"):
        govgraph.merge_registers(*panels, prefer="c")


def test_dorset_reorganisation(source_dir):
    reg = govgraph.load_json(source_dir / "examples" / "registers" / "dorset-pcp-2018.json")
    changes = govgraph.load_organisation_changes(source_dir / "examples" / "organisation-changes" / "dorset-2019-reorganisation.json")
    assert [c.date for c in changes.changes] == ["2019-04-01", "2019-04-01"]
    result = govgraph.apply_organisation_changes(reg, changes)
    after = result.register
    panel = after.meeting(after.find_meeting("dorset-pcp"))
    councils = [p.organisation for p in panel.participants if p.organisation]
    assert councils == ["dorset-council", "bcp-council"]
    dcc = after.organisation(after.find_organisation("dorset-county-council"))
    assert dcc.attributes["status"] == "dissolved"
    # The dates travel as Popolo's own organisation fields.
    popolo = {o["id"]: o for o in json.loads(govgraph.dumps_popolo(after))["organizations"]}
    assert popolo["dorset-county-council"]["dissolution_date"] == "2019-04-01"
    assert popolo["dorset-council"]["founding_date"] == "2019-04-01"
    moves = result.moves.to_pandas()
    # The panel's participants, the supporting lead and the clerk's role, and the councils of the members' seats
    # (six and a substitute to Dorset Council, three to BCP).
    assert moves.groupby("to_organisation").size().to_dict() == {"bcp-council": 6, "dorset-council": 15}
    # Before the reorganisation took effect nothing moves.
    early = govgraph.apply_organisation_changes(reg, changes, as_of="2019-03-31")
    assert list(early.not_yet) == [0, 1] and len(early.moves) == 0


def test_bad_change_json_names_the_path():
    with pytest.raises(govgraph.InvalidInputError, match=r"changes\[0\]\.into: a merger results in exactly one"):
        govgraph.loads_organisation_changes('{"changes": [{"kind": "merger", "organisations": ["a"]}]}')
    with pytest.raises(govgraph.InvalidInputError, match=r"changes\[0\]\.organisation: unknown organisation \"nobody\""):
        govgraph.apply_organisation_changes(govgraph.Register(), {"changes": [
            {"kind": "dissolution", "organisations": ["nobody"]}]})


def test_cli_merge_and_apply_org_changes(source_dir, tmp_path, capsys):
    folder = source_dir / "examples" / "registers" / "merge"
    out = tmp_path / "merged.json"
    code = cli.main(["merge", str(folder / "dorset-panel.json"), str(folder / "devon-cornwall-panel.json"),
                     "-o", str(out), "--confirm", "dorset-county-council=dorset-council", "--format", "json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert {m["rule"] for m in report["matches"]} >= {"confirmed", "alias", "same_id"}
    assert report["cross_overlaps"][0]["a_id"] == "alliance-scrutiny"
    assert govgraph.load_json(out).find_organisation("dorset-county-council") is not None

    changed = tmp_path / "after.json"
    code = cli.main(["apply-org-changes", str(source_dir / "examples" / "registers" / "dorset-pcp-2018.json"),
                     str(source_dir / "examples" / "organisation-changes" / "dorset-2019-reorganisation.json"), "-o", str(changed)])
    assert code == 0
    assert "merged with an existing participant" in capsys.readouterr().out
    assert govgraph.load_json(changed).find_organisation("bcp-council") is not None


def test_cli_bad_input_exits_2(source_dir, tmp_path):
    bad = tmp_path / "changes.json"
    bad.write_text('{"changes": [{"kind": "merger", "organisations": ["x"], "into": "y", "date": "April"}]}')
    proc = subprocess.run([sys.executable, "-m", "govgraph", "apply-org-changes",
                           str(source_dir / "examples" / "registers" / "dorset-pcp-2018.json"), str(bad),
                           "-o", str(tmp_path / "out.json")], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "changes[0].date" in proc.stderr
    assert proc.stderr.count("\n") == 1
