"""What-if: change sets applied to a copy of the register."""

import json

import pytest

import govgraph


def test_remove_sub_group_saves_its_hours(small):
    r = govgraph.what_if(small, {"changes": [{"action": "remove", "meeting": "sub"}]})
    # The sub-group: 12 sittings x 2 h x 2 seats = 48 people-hours; police and the chair lose their only link.
    assert r.seat_hours_saved == 48
    assert r.meeting_hours_saved == 24
    assert [(link.a, link.b) for link in r.lost_links] == [("organisation:police", "role:chair")]
    assert not r.loses_nothing
    assert small.find_meeting("sub") is not None  # the original is unchanged
    assert r.after.find_meeting("sub") is None


def test_paper_recommendation_b(example, source_dir):
    path = source_dir / "examples" / "changes" / "avon-and-somerset-recommendation-b.json"
    r = govgraph.what_if(example, path)
    assert r.removed == ["community-safety-meeting", "commissioning-meeting"]
    assert r.loses_nothing
    assert r.unknown_cadence_removed == r.removed  # hours saved unknown, not zero
    assert "unknown number of hours" in r.format()
    pd = pytest.importorskip("pandas")
    hours = r.to_pandas()
    assert isinstance(hours, pd.DataFrame)
    assert list(hours["organisation_id"]) == ["opcc"]
    assert r.to_pandas("lost").empty
    assert len(r.to_pandas("meetings")) == 2


def test_errors_name_the_change(small, tmp_path):
    with pytest.raises(govgraph.InvalidInputError, match=r'changes\[1\]\.meeting: unknown meeting "xyz"'):
        govgraph.what_if(small, {"changes": [{"action": "remove", "meeting": "sub"},
                                             {"action": "remove", "meeting": "xyz"}]})
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"changes": [{"action": "set_lead", "meeting": "sub", "lead": "nobody"}]}))
    with pytest.raises(govgraph.InvalidInputError, match=r'changes\[0\]\.lead\[0\]: unknown organisation "nobody"'):
        govgraph.what_if(small, bad)


def test_cli_what_if_and_burden(example_path, source_dir, capsys):
    from govgraph import cli

    changes = source_dir / "examples" / "changes" / "avon-and-somerset-recommendation-b.json"
    assert cli.main(["what-if", str(example_path), str(changes)]) == 0
    out = capsys.readouterr().out
    assert "Nothing: every topic" in out and "unknown number of hours" in out
    assert cli.main(["burden", str(example_path)]) == 0
    assert "822 people-hours" in capsys.readouterr().out
    assert cli.main(["what-if", str(example_path), str(source_dir / "no-such-changes.json")]) == 2
