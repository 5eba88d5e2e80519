"""Importing register tables from Python: CSV files, DataFrames, alias tables."""

from __future__ import annotations

import pytest

import govgraph

APPENDIX_A = "examples/registers/avon-and-somerset-2016-appendix-a.csv"


@pytest.fixture()
def base(example) -> govgraph.Register:
    """The bundled example's areas, organisations, roles and people, without meetings."""
    b = example.to_builder()
    b.meetings = []
    return b.build()


@pytest.fixture()
def appendix_a(source_dir):
    return source_dir / APPENDIX_A


def test_import_csv_against_a_base_matches_the_curated_ids(appendix_a, base, example):
    result = govgraph.import_csv(appendix_a, base=base, default_level="strategic", source="Appendix A")
    reg = result.register
    assert len(reg.meetings) == 9
    assert not result.has_errors
    assert len(reg.organisations) == len(base.organisations)
    lcjb = reg.meeting(reg.lookup_meeting("Avon and Somerset Local Criminal Justice Board"))
    assert lcjb.lead.organisations == ["opcc", "constabulary"]
    assert lcjb.chair.organisation == "constabulary"
    curated = example.meeting(example.lookup_meeting("Avon and Somerset Local Criminal Justice Board"))
    assert [(p.organisation, p.role, p.person, p.type, p.note) for p in lcjb.participants] == \
        [(p.organisation, p.role, p.person, p.type, p.note) for p in curated.participants]
    rrb = reg.meeting(reg.lookup_meeting("Reducing Reoffending Board"))
    assert str(rrb.status).lower().endswith("new")
    local = reg.meeting(reg.lookup_meeting("Local Meetings"))
    assert local.per_area and len(local.areas) == 5


def test_diagnostics_have_places_and_a_frame(appendix_a):
    pandas = pytest.importorskip("pandas")
    result = govgraph.import_csv(appendix_a)
    assert result.diagnostics
    d = result.diagnostics[0]
    assert d.severity in ("info", "warning", "error")
    assert d.row >= 2 and str(d).startswith("row ")
    frame = result.diagnostics_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns[:3]) == ["severity", "row", "column"]
    assert len(frame) == len(result.diagnostics)
    assert result.to_pandas().equals(frame)
    register, diagnostics = result  # unpacks
    assert register == result.register and diagnostics == result.diagnostics


def test_import_table_from_a_dataframe(base):
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({
        "Meeting": ["Mental Health Concordat", "Test NEW", None],
        "Lead (OPCC, Constabulary or Joint)": ["OPCC with Constabulary support", "Joint", None],
        "Key participants": ["NHS, Constabulary, Ambulance, PCC, OPCC", float("nan"), None],
        "Frequency": ["Sixth monthly", 4, None],
        "Seats": [3.0, 2.0, None],
    })
    result = govgraph.import_table(frame, base=base)
    reg = result.register
    assert [m.name for m in reg.meetings] == ["Mental Health Concordat", "Test"]
    mhc = reg.meetings[0]
    assert mhc.lead.supporting == ["constabulary"]
    assert mhc.attributes["seats"] == "3"
    assert reg.meetings[1].lead.organisations == ["opcc", "constabulary"]
    # "4" is not a frequency: kept as unknown, with an error naming the cell.
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert errors and errors[0].row == 3 and errors[0].column_name == "Frequency"


def test_import_table_from_rows():
    result = govgraph.import_table([["Meeting", "Key participants"], ["Board", "PCC, CPS"]])
    assert result.register.meetings[0].participants[1].organisation == "cps"


def test_strict_raises_naming_the_cell(tmp_path, base):
    path = tmp_path / "t.csv"
    path.write_text("Meeting,Key participants\nBoard,\"PCC, Wizards of the Coast\"\n", encoding="utf-8")
    with pytest.raises(govgraph.InvalidInputError, match=r"row 2, column 2 \(Key participants\)"):
        govgraph.import_csv(path, base=base, strict=True)
    assert govgraph.import_csv(path, base=base).has_errors


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\xff\xfeM\x00", "UTF-16"),
    (b"Meeting\nB\xe9th\n", "invalid UTF-8"),
    (b"Meeting\n\"open\n", "unterminated quote"),
    (b"Purpose\nx\n", "no column for the meeting name"),
    (bytes(range(256)) * 64, "line"),
])
def test_bad_files_raise_invalid_input(tmp_path, content, needle):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(govgraph.InvalidInputError, match=needle):
        govgraph.import_csv(path)


def test_missing_file(tmp_path):
    with pytest.raises(govgraph.NotFoundError):
        govgraph.import_csv(tmp_path / "nope.csv")


def test_alias_tables(tmp_path):
    table = govgraph.AliasTable.builtin()
    assert len(table) > 50
    assert [e.id for e in table.find("LASBs")] == ["lsabs"]
    table.add(govgraph.AliasEntry(["Wizards"], "organisation", id="wizards", name="Wizards", kind="voluntary"))
    result = govgraph.import_table([["Meeting", "Members"], ["Board", "Wizards, PCC"]], aliases=table)
    assert not result.has_errors
    assert result.register.meetings[0].participants[0].organisation == "wizards"
    # A user file overrides the shipped patterns.
    mine = tmp_path / "mine.csv"
    mine.write_text("patterns,target,id,name,kind\nPCC,organisation,pcc-office,PCC office,police_and_crime_commissioner\n",
                    encoding="utf-8")
    result = govgraph.import_table([["Meeting", "Members"], ["Board", "PCC"]], aliases=mine)
    assert result.register.meetings[0].participants[0].organisation == "pcc-office"
    with pytest.raises(ValueError):
        govgraph.AliasEntry(["x"], "person", id="x")


def test_shipped_alias_file_is_found():
    path = govgraph.aliases_path()
    assert path.name == "aliases.csv"
    assert govgraph.AliasTable.load(path).entries == govgraph.AliasTable.builtin().entries


def test_exports():
    for name in ("import_csv", "import_table", "ImportResult", "AliasTable", "AliasEntry", "Diagnostic",
                 "aliases_path"):
        assert name in govgraph.__all__
