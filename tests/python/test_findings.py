"""Typed findings on the paper's own table as printed (govgraph.review, `govgraph findings`)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import govgraph

from conftest import SOURCE_DIR

AS_PRINTED = SOURCE_DIR / "evaluation" / "seeds" / "avon-and-somerset-2016-appendix-a-as-printed.csv"
EAST_MIDLANDS = SOURCE_DIR / "examples" / "registers" / "east-midlands-collaboration-2009.json"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The table imported through the command line, with no base register and no alias file."""
    out = tmp_path_factory.mktemp("findings") / "a.json"
    r = run("import", str(AS_PRINTED), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "section heading" in r.stdout + r.stderr
    return out


def test_the_constabulary_is_one_organisation(imported: pathlib.Path) -> None:
    reg = govgraph.load_json(imported)
    forces = [o.name for o in reg.organisations if o.kind == govgraph.OrganisationKind.POLICE]
    assert forces == ["Avon and Somerset Constabulary"]


def test_both_removed_meetings_are_consumed_by_kept_meetings_through_the_cli(imported: pathlib.Path) -> None:
    r = run("consumed", str(imported), "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["consumed"]
    assert [row["meetings"] for row in rows] == ["Community Safety Meeting", "Commissioning Meeting"]
    reg = govgraph.load_json(imported)
    removed = {m.name for m in reg.meetings if m.status == govgraph.MeetingStatus.TO_BE_REMOVED}
    for row in rows:
        covering = row["covered_by"].split("; ")
        assert "Local Meetings" in covering
        assert not set(covering) & removed


def test_findings_command_reads_as_a_list(imported: pathlib.Path) -> None:
    r = run("findings", str(imported))
    assert r.returncode == 0, r.stderr
    assert "1. consumed: Community Safety Meeting" in r.stdout
    assert "Proposal (each covered only by meetings that are kept):" in r.stdout
    assert "confirm removing Commissioning Meeting: covered by Local Meetings" in r.stdout
    data = json.loads(run("findings", str(imported), "--format", "json").stdout)
    assert {"findings", "cannot_judge", "proposal"} <= set(data)


def test_the_two_safeguarding_meetings_overlap_through_the_cli(imported: pathlib.Path) -> None:
    rows = json.loads(run("overlaps", str(imported), "--format", "json").stdout)["pairs"]
    assert {"Safeguarding chairs meeting", "Safeguarding Consortium"} in [{r["a_name"], r["b_name"]} for r in rows]


def test_force_executive_and_chief_officer_group_are_not_paired_on_the_force_alone(example_path: pathlib.Path) -> None:
    rows = json.loads(run("overlaps", str(example_path), "--format", "json").stdout)["pairs"]
    assert {"Force Executive", "Chief Officer Group"} not in [{r["a_name"], r["b_name"]} for r in rows]


def test_review_from_python() -> None:
    reg = govgraph.import_csv(AS_PRINTED).register
    review = govgraph.review(reg)
    kinds = [f.kind.label for f in review.findings]
    assert kinds.count("consumed") == 2
    frame = review.to_pandas()
    assert list(frame.columns) == govgraph.findings.FINDING_COLUMNS
    assert set(frame["kind"]) == {"consumed"}
    assert review.proposal_frame()["already_to_be_removed"].all()
    assert review.record[0] > 0.5  # the LCJB records a lead, purpose, participants and frequency


def test_east_midlands_ventures_do_not_all_overlap_because_all_five_forces_take_part() -> None:
    import pandas

    frames = govgraph.load_json(EAST_MIDLANDS).to_frames()
    forces = frames["organisations"][frames["organisations"]["kind"] == "police"]["id"].tolist()
    assert len(forces) == 5
    participation = frames["initiative_participation"]
    rows = [{c: None for c in participation.columns} | {"initiative_id": i, "organisation_id": force, "type": "member", "seats": 1}
            for i in frames["initiatives"]["id"] for force in forces]
    frames["initiative_participation"] = pandas.concat([participation, pandas.DataFrame(rows)], ignore_index=True)
    reg = govgraph.register_from_frames(frames)
    pairs = govgraph.find_overlaps(reg, include_initiatives=True).pairs
    assert [{govgraph.item_name(reg, o.a), govgraph.item_name(reg, o.b)} for o in pairs] == [
        {"Shared provision of ICT services", "Shared data warehouse"}]


def test_bad_options_raise_named_errors() -> None:
    reg = govgraph.import_csv(AS_PRINTED).register
    with pytest.raises(govgraph.InvalidInputError, match="duplicate_min_score"):
        govgraph.review(reg, duplicate_min_score=3)
    with pytest.raises(TypeError, match="govgraph.Register"):
        govgraph.review("not a register")


def test_a_merge_of_mentions_can_be_overridden(tmp_path: pathlib.Path) -> None:
    merged = govgraph.import_csv(AS_PRINTED)
    assert any("read as one organisation" in d.message for d in merged.diagnostics)
    apart = govgraph.import_csv(AS_PRINTED, keep_apart=["Constabulary"])
    forces = [o.name for o in apart.register.organisations if o.kind == govgraph.OrganisationKind.POLICE]
    assert sorted(forces) == ["Avon and Somerset Constabulary", "Constabulary"]
    out = tmp_path / "apart.json"
    r = run("import", str(AS_PRINTED), "-o", str(out), "--keep-apart", "Constabulary")
    assert r.returncode == 0, r.stderr
    assert len([o for o in govgraph.load_json(out).organisations if o.kind == govgraph.OrganisationKind.POLICE]) == 2


def test_review_and_rationalisation_make_one_proposal(example: govgraph.Register) -> None:
    review = govgraph.review(example)
    plan = review.rationalise()
    stopped = {example.meeting(s.meeting).id: s for s in plan.stopped}
    kept = {example.meeting(h).id for h in plan.kept}
    # The review's proposal is stopped as consumed, and what consumes it is kept.
    for p in review.proposal:
        pid = govgraph.item_id(example, p.meeting)
        assert "consumed" in stopped[pid].reason
        assert {govgraph.item_id(example, i) for i in p.covered_by} <= kept
    # Every other stop is covered only by kept meetings; statutory and unrecorded meetings stay.
    for mid, s in stopped.items():
        assert {example.meeting(h).id for h in s.covered_by} <= kept
        m = example.meeting(example.lookup_meeting(mid))
        assert not m.statutory
        assert m.participants or m.topics
    with pytest.raises(govgraph.InvalidInputError, match=r"consumed\[0\]"):
        govgraph.rationalise(example, consumed=["no-such-meeting"])
