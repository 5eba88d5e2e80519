"""Overlap, containment and clusters from Python, and their command lines."""

import json
import subprocess
import sys

import pytest

import govgraph


def test_safeguarding_meetings_overlap_with_explanation(example):
    result = govgraph.find_overlaps(example)
    frame = result.to_pandas()
    row = frame[(frame.a_id == "safeguarding-chairs-meeting") & (frame.b_id == "safeguarding-consortium")]
    assert len(row) == 1
    assert "Independent Safeguarding Board Chair" in row.iloc[0].shared_participants
    assert "#safeguarding" in row.iloc[0].shared_terms
    assert 0.35 <= row.iloc[0].score <= 1
    assert len(result) == len(govgraph.find_overlaps_naive(example))


def test_removed_meetings_are_consumed(example):
    consumed = govgraph.find_consumed(example)
    frame = consumed.to_pandas()
    assert {"community-safety-meeting", "commissioning-meeting"} <= set(frame.id)
    for c in consumed:
        for item in c.covering:
            assert example.meeting(item.index).status != govgraph.MeetingStatus.TO_BE_REMOVED


def test_clusters_have_a_representative_member(example):
    clusters = govgraph.cluster_overlaps(govgraph.find_overlaps(example))
    assert len(clusters) >= 1
    for c in clusters:
        assert c.representative in c.members
    frame = clusters.to_pandas()
    assert frame.groupby("cluster").representative.sum().eq(1).all()


def test_bad_options_raise_with_the_field(example):
    with pytest.raises(govgraph.InvalidInputError, match="weights: must sum to 1"):
        govgraph.find_overlaps(example, weights={"participants": 0.9})
    with pytest.raises(govgraph.InvalidInputError, match='unknown signal "people"'):
        govgraph.find_overlaps(example, weights={"people": 0.9})
    with pytest.raises(govgraph.InvalidInputError, match="min_score"):
        govgraph.find_overlaps(example, min_score=0)


def run(*args):
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True, check=False)


def test_overlaps_command(example_path):
    out = run("overlaps", str(example_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["pairs"]
    names = {(r["a_name"], r["b_name"]) for r in rows}
    assert ("Safeguarding chairs meeting", "Safeguarding Consortium") in names
    table = run("overlaps", str(example_path), "--min-score", "0.6")
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].split()[:3] == ["score", "a_name", "b_name"]
    csv_out = run("overlaps", str(example_path), "--format", "csv")
    assert csv_out.stdout.startswith("a_id,a_name,b_id,b_name,score")



def test_overlaps_findings_and_consumed_take_the_analyses_output_options(example_path, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    for command, sheets in (("overlaps", ["pairs"]), ("consumed", ["consumed"]),
                            ("findings", ["findings", "cannot_judge", "proposal"])):
        book = tmp_path / f"{command}.xlsx"
        out = run(command, str(example_path), "--format", "xlsx", "-o", str(book))
        assert out.returncode == 0, out.stderr
        workbook = openpyxl.load_workbook(book)
        assert workbook.sheetnames == sheets
        assert workbook[sheets[0]].max_row > 1  # a header and at least one row
    table = tmp_path / "findings.txt"
    assert run("findings", str(example_path), "-o", str(table)).returncode == 0
    assert table.read_text(encoding="utf-8").startswith("Avon and Somerset")
    one = run("findings", str(example_path), "--format", "csv", "--table", "proposal")
    assert one.stdout.startswith("id,name,covered_by,already_to_be_removed,reason")


def test_consumed_command(example_path):
    out = run("consumed", str(example_path), "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert "Community Safety Meeting" in out.stdout and "Commissioning Meeting" in out.stdout
    bad = run("overlaps", str(example_path), "--min-score", "2")
    assert bad.returncode == 2
    assert bad.stderr.startswith("govgraph: error: min_score")


def test_arrays_without_explanations_match_the_pairs(example):
    full = govgraph.find_overlaps(example, min_score=0.3)
    bare = govgraph.find_overlaps(example, min_score=0.3, explain=False, threads=1)
    assert len(bare) == len(full) > 0
    assert all(not o.shared_participants and not o.shared_terms for o in bare.pairs)
    arrays = bare.arrays()
    assert list(arrays["a"]) == [o.a.index for o in full.pairs]
    assert list(arrays["b"]) == [o.b.index for o in full.pairs]
    assert list(arrays["score"]) == [o.score for o in full.pairs]
    assert list(arrays["participants"]) == [o.signals.participants for o in full.pairs]
    assert not arrays["a_is_initiative"].any()
    assert bare.stats.pairs_scored <= bare.stats.candidates


def _same_meetings(n: int) -> govgraph.Register:
    """``n`` meetings of the same four bodies: every pair overlaps."""
    return govgraph.loads_json(json.dumps({
        "schema_version": 1,
        "organisations": [{"id": f"o{k}", "name": f"Body {k}"} for k in range(4)],
        "meetings": [{"id": f"m{k}", "name": f"Meeting {k}",
                      "participants": [{"organisation": f"o{j}"} for j in range(4)]} for k in range(n)]}))


# Every body is in every meeting: specificity would make them no evidence at all.
_EVERY_PAIR = {"explain": False, "participant_specificity": False, "min_shared_specificity": 0}


def test_large_registers_report_each_meetings_best_pairs_and_say_so(recwarn):
    reg = _same_meetings(1500)
    result = govgraph.find_overlaps(reg, **_EVERY_PAIR)
    assert result.rule.automatic and result.rule.top_k == 10
    # Near-duplicates only: at national size the pairs at 0.3 are in the hundreds of millions.
    assert result.rule.automatic_min_score and result.rule.min_score == 0.5
    assert str(result.rule) == ("pairs scoring at least 0.5, each item's 10 highest-scoring (chosen for a register "
                                "of more than 1000 items; give min_score, or top_k 0 for every pair)")
    assert all(o.score >= 0.5 for o in result.pairs)
    given = govgraph.find_overlaps(reg, min_score=0.3, **_EVERY_PAIR)
    assert given.rule.min_score == 0.3 and not given.rule.automatic_min_score and given.rule.automatic
    assert 0 < len(given) <= 10 * 1500
    assert not recwarn.list
    small = govgraph.find_overlaps(_same_meetings(40), **_EVERY_PAIR)
    assert not small.rule.automatic and small.rule.top_k == 0 and len(small) == 40 * 39 // 2
    assert small.rule.min_score == 0.3 and not small.rule.automatic_min_score


def test_more_than_a_million_pairs_warn_with_the_rule_and_what_to_do():
    with pytest.warns(UserWarning, match=r"1124250 pairs among 1500 items \(every pair scoring at least 0.3\); "
                                         r"give a higher min_score, or a smaller top_k, or use .arrays\(\)"):
        result = govgraph.find_overlaps(_same_meetings(1500), min_score=0.3, top_k=0, **_EVERY_PAIR)
    assert len(result) == 1500 * 1499 // 2


def test_overlaps_table_shows_the_strongest_pairs_and_says_how_to_have_all(example_path, tmp_path):
    def overlaps(*extra):
        return subprocess.run([sys.executable, "-m", "govgraph", "overlaps", str(example_path), *extra],
                              capture_output=True, text=True, check=True).stdout.splitlines()

    limited = overlaps("--limit", "2")
    assert len(limited) == 1 + 2 + 2  # header, two pairs, the note, the rule
    assert limited[-2] == ("The 2 highest-scoring of 15 pairs; --limit 0 shows every one, --format csv -o FILE "
                           "writes them all.")
    assert len(overlaps("--limit", "0")) == 1 + 15 + 1
    # Every pair in a file, whatever the limit.
    out = tmp_path / "pairs.csv"
    overlaps("--limit", "2", "--format", "csv", "-o", str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + 15
    bad = subprocess.run([sys.executable, "-m", "govgraph", "overlaps", str(example_path), "--limit", "-1"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--limit: must be 0 or more: '-1'" in bad.stderr


def test_columns_are_the_rows_of_to_pandas(example):
    result = govgraph.find_overlaps(example, min_score=0.2)
    columns = result.columns()
    rows = govgraph.overlap.overlap_rows(result)
    assert len(rows) == len(result) == len(columns["a_id"]) == len(columns["score"]) > 0
    first = result.pairs[0]
    assert rows[0]["a_name"] == govgraph.item_name(example, first.a)
    assert rows[0]["score"] == first.score and isinstance(rows[0]["score"], float)
    assert rows[0]["shared_terms"] == "; ".join(f"{t.term} ({t.contribution:.3f})" for t in first.shared_terms)
    assert rows[0]["shared_participants"] == "; ".join(p.label for p in first.shared_participants)


def test_overlaps_command_states_its_rule(example_path):
    run = subprocess.run([sys.executable, "-m", "govgraph", "overlaps", str(example_path)], capture_output=True,
                         text=True, check=True)
    assert run.stdout.splitlines()[-1] == "15 pairs: every pair scoring at least 0.3"
    run = subprocess.run([sys.executable, "-m", "govgraph", "overlaps", str(example_path), "--top-k", "1"],
                         capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[-1].endswith("pairs: pairs scoring at least 0.3, each item's 1 highest-scoring")


def test_progress_bar_on_standard_error_when_asked(example, monkeypatch, capsys):
    import govgraph._progress

    monkeypatch.setattr(govgraph._progress, "DELAY_SECONDS", 0)
    result = govgraph.find_overlaps(example, progress=True)
    drawn = capsys.readouterr().err.replace("\r", "\n").splitlines()
    assert any(line.startswith("search ") and "100%" in line for line in drawn)
    assert any(line.startswith("explanations ") and f"{len(result)}/{len(result)}" in line for line in drawn)
    # Not a terminal, not asked: nothing; asked not to: nothing.
    govgraph.find_overlaps(example)
    govgraph.find_overlaps(example, progress=False)
    govgraph.review(example, progress=False)
    assert capsys.readouterr().err == ""
    with pytest.raises(govgraph.InvalidInputError, match="progress: must be True, False or None, not 'yes'"):
        govgraph.find_overlaps(example, progress="yes")


def test_overlaps_command_draws_no_bar_when_told_or_piped(example_path):
    run = subprocess.run([sys.executable, "-m", "govgraph", "--no-progress", "overlaps", str(example_path)],
                         capture_output=True, text=True, check=True)
    assert run.stderr == "" and run.stdout.splitlines()[-1] == "15 pairs: every pair scoring at least 0.3"


def test_columns_slice_as_python_does(example):
    result = govgraph.find_overlaps(example, min_score=0.2)
    whole = result.columns()
    n = len(result)
    for start, stop in [(0, 3), (2, 5), (n - 2, None), (-3, None), (0, n + 10), (5, 2)]:
        part = result.columns(start, stop)
        assert part["a_id"] == whole["a_id"][start:stop], (start, stop)
        assert list(part["score"]) == list(whole["score"][start:stop]), (start, stop)


def test_iter_overlaps_reads_the_result_a_chunk_at_a_time(example):
    pd = pytest.importorskip("pandas")
    result = govgraph.find_overlaps(example, min_score=0.2)
    chunks = list(govgraph.iter_overlaps(result, chunk_size=4))
    assert [len(c) for c in chunks[:-1]] == [4] * (len(chunks) - 1) and 0 < len(chunks[-1]) <= 4
    joined = pd.concat(chunks, ignore_index=True)
    pd.testing.assert_frame_equal(joined, result.to_pandas())
    for bad in (0, -1, 2.5, True):
        with pytest.raises(govgraph.InvalidInputError, match="chunk_size: must be a whole number of at least 1"):
            next(govgraph.iter_overlaps(result, chunk_size=bad))


def test_overlaps_csv_is_written_a_chunk_at_a_time(example, example_path, tmp_path, monkeypatch, capsys):
    # The CLI's CSV of pairs is written chunk by chunk; the file is the DataFrame's CSV, whatever the chunk.
    pd = pytest.importorskip("pandas")
    from govgraph import cli
    monkeypatch.setattr(cli, "_CSV_CHUNK_PAIRS", 3)
    out = tmp_path / "pairs.csv"
    assert cli.main(["--no-progress", "overlaps", str(example_path), "--min-score", "0.2", "--format", "csv",
                     "-o", str(out)]) == 0
    expected = govgraph.find_overlaps(example, min_score=0.2).to_pandas()
    written = pd.read_csv(out, keep_default_na=False, float_precision="round_trip")
    assert len(written) == len(expected) > 3
    assert list(written.columns) == list(expected.columns)
    assert list(written["a_id"]) == list(expected["a_id"]) and list(written["score"]) == list(expected["score"])
    assert cli.main(["--no-progress", "overlaps", str(example_path), "--min-score", "0.2", "--format", "csv"]) == 0
    assert capsys.readouterr().out == out.read_text()
