"""The command line on hostile input: one line and a documented exit status,
never a traceback, a lost file or a silent overwrite."""

from __future__ import annotations

import os
import pathlib
import resource
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import SOURCE_DIR

EXAMPLES = SOURCE_DIR / "examples"
REGISTER = EXAMPLES / "registers" / "avon-and-somerset-2016.json"
DORSET = EXAMPLES / "registers" / "dorset-pcp-2018.json"
TABLE = EXAMPLES / "registers" / "avon-and-somerset-2016-appendix-a.csv"
ORG_CHANGES = EXAMPLES / "organisation-changes" / "dorset-2019-reorganisation.json"


def run(*args: str, cwd: pathlib.Path | None = None, file_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, resource.RLIM_INFINITY))

    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False, cwd=cwd, preexec_fn=limit, timeout=120)


def assert_one_line_error(out: subprocess.CompletedProcess, *needles: str, status: int = 2) -> None:
    assert out.returncode == status, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("govgraph: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]


# Each of the seven commands that write a file, with its arguments before -o.
WRITERS = {
    "calendar": ["calendar", str(REGISTER), "--year", "2018"],
    "import": ["import", str(TABLE)],
    "export": ["export", str(REGISTER), "--format", "popolo"],
    "graph": ["graph", str(REGISTER), "--format", "graphml"],
    "report": ["report", str(REGISTER), "--no-charts"],
    "merge": ["merge", str(REGISTER), str(DORSET)],
    "apply-org-changes": ["apply-org-changes", str(DORSET), str(ORG_CHANGES)],
}


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_failed_write_leaves_the_old_file_whole(tmp_path, command):
    out_path = tmp_path / "out"
    out_path.write_text("the analyst's file\n", encoding="utf-8")
    out = run(*WRITERS[command], "-o", str(out_path), file_limit=4096)
    assert_one_line_error(out, str(out_path), "File too large")
    assert out_path.read_text(encoding="utf-8") == "the analyst's file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "no temporary file left behind"


@pytest.mark.parametrize("command", ["import", "graph", "apply-org-changes", "merge", "export"])
def test_an_output_that_is_also_an_input_is_refused_before_anything_is_written(tmp_path, command):
    args = list(WRITERS[command])
    victim = tmp_path / pathlib.Path(args[1]).name
    shutil.copy(args[1], victim)
    args[1] = str(victim)
    before = victim.read_bytes()
    out = run(*args, "-o", str(victim))
    assert_one_line_error(out, "the output is also an input")
    assert victim.read_bytes() == before


def test_an_output_reached_through_another_path_is_still_the_input(tmp_path):
    victim = tmp_path / "r.json"
    shutil.copy(DORSET, victim)
    (tmp_path / "sub").mkdir()
    out = run("apply-org-changes", str(victim), str(ORG_CHANGES), "-o", str(tmp_path / "sub" / ".." / "r.json"))
    assert_one_line_error(out, "the output is also an input")


def test_writing_succeeds_and_keeps_the_files_permissions(tmp_path):
    out_path = tmp_path / "r.json"
    out_path.write_text("{}", encoding="utf-8")
    os.chmod(out_path, 0o640)
    out = run("export", str(REGISTER), "--format", "json", "-o", str(out_path))
    assert out.returncode == 0, out.stderr
    assert out_path.read_text(encoding="utf-8").startswith("{")
    assert (out_path.stat().st_mode & 0o777) == 0o640


@pytest.mark.parametrize("name,content,needle", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "a JSON array"),
    ("register.json", None, "already a govgraph register"),
    ("popolo.json", '{"organizations": [{"id": "a", "name": "A", "x": ' + '{"y": ' * 100_000 + "1" + "}" * 100_000
     + "}]}", "nested more than 64 levels deep"),
    ("dup.json", '{"organizations": [{"id": "a", "name": "A", "name": "B"}]}', 'organizations[0]: duplicate key "name"'),
    ("table.pdf", "%PDF-1.4\n", "a PDF"),
], ids=["deep-array", "native-register", "deep-popolo", "duplicate-key", "pdf"])
def test_import_says_what_it_found(tmp_path, name, content, needle):
    path = tmp_path / name
    if content is None:
        shutil.copy(REGISTER, path)
    else:
        path.write_text(content, encoding="utf-8")
    out = run("import", str(path), "-o", str(tmp_path / "out.json"))
    assert_one_line_error(out, str(path), needle)
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("member,needle", [("word/document.xml", "a damaged Word document"),
                                           ("xl/workbook.xml", "a damaged Excel workbook")])
def test_import_of_a_broken_office_file_says_which(tmp_path, member, needle):
    path = tmp_path / "appendix-a.bin"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "<x/>")
    out = run("import", str(path), "-o", str(tmp_path / "out.json"))
    assert_one_line_error(out, str(path), needle)


def test_import_of_a_device_is_refused_without_reading_it(tmp_path):
    out = run("import", "/dev/zero", "-o", str(tmp_path / "out.json"))
    assert_one_line_error(out, "/dev/zero: a device, not a file")


@pytest.mark.parametrize("document,needle", [
    ('{"schema_version": 1, "meetings": [], "meetings": []}', 'duplicate key "meetings"'),
    ('{"schema_version": 1, "info": {"title": "Caf\xe9"}}', "line 1, column"),
    ('{"schema_version": 1, "defaults": {"meeting_duration_hours": 1e400}}', "(defaults.meeting_duration_hours): number overflow"),
    ('{"schema_version": 1, "defaults": {"meeting_duration_hours": 1e308}}', "at most 168"),
], ids=["duplicate-key", "latin-1", "overflow", "huge-duration"])
def test_register_errors_are_one_readable_line(tmp_path, document, needle):
    path = tmp_path / "register.json"
    path.write_bytes(document.encode("latin-1"))
    out = run("summary", "--json", str(path))
    assert_one_line_error(out, str(path), needle)


def test_a_message_quoting_bytes_that_are_not_utf8_shows_them_escaped(tmp_path):
    path = tmp_path / "register.json"
    path.write_bytes(b'{"schema_version": 1, "info": {"title": "Caf\xe9"}}')
    out = run("summary", str(path))
    assert_one_line_error(out, "\\xE9")


@pytest.mark.parametrize("command,name", [("what-if", "changes.json"), ("apply-org-changes", "changes.json")])
def test_change_set_syntax_errors_name_the_file_line_and_column(tmp_path, command, name):
    path = tmp_path / name
    path.write_text('{"changes": [\n  {"action": "stop", "meeting": "x"},,\n]}', encoding="utf-8")
    args = [command, str(REGISTER), str(path)] + (["-o", str(tmp_path / "out.json")] if command != "what-if" else [])
    out = run(*args)
    assert_one_line_error(out, "line 2, column")
    assert "changes.json" in out.stderr


@pytest.mark.parametrize("command", ["what-if", "apply-org-changes"])
def test_change_sets_with_duplicate_keys_are_refused(tmp_path, command):
    path = tmp_path / "changes.json"
    path.write_text('{"changes": [], "changes": []}', encoding="utf-8")
    args = [command, str(REGISTER), str(path)] + (["-o", str(tmp_path / "out.json")] if command != "what-if" else [])
    assert_one_line_error(run(*args), 'duplicate key "changes"')


def test_a_plan_with_duplicate_keys_is_refused(tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text('{"cycle_plan_version": 1, "year": 2018, "year": 2019}', encoding="utf-8")
    assert_one_line_error(run("check-cycle", str(REGISTER), "--plan", str(plan)), 'duplicate key "year"')


def test_merge_refuses_a_confirmation_naming_nothing(tmp_path):
    out = run("merge", str(REGISTER), str(DORSET), "-o", str(tmp_path / "m.json"), "--confirm", "ghost=phantom")
    assert_one_line_error(out, 'confirmed[0]: a has nothing with id "ghost"')
    assert not (tmp_path / "m.json").exists()


@pytest.mark.parametrize("year", ["0", "10000", "-5", "99999999999"])
def test_check_cycle_refuses_a_year_outside_the_calendar(year):
    assert_one_line_error(run("check-cycle", str(REGISTER), "--year", year), "year: must be a year from 1900 to 2999")


def test_engagement_rules_with_duplicate_keys_or_bad_syntax_say_where():
    import govgraph

    with pytest.raises(govgraph.InvalidInputError, match='duplicate key "rules"'):
        govgraph.loads_engagement_rules('{"rules": [], "rules": []}')
    with pytest.raises(govgraph.InvalidInputError, match=r"rules: line 2, column \d+"):
        govgraph.loads_engagement_rules('{"rules": [\n,]}')


def test_four_thousand_nested_embedded_popolo_objects_are_refused_at_once(tmp_path):
    document = '{"id": "p0", "name": "P0", "memberships": ['
    closing = ""
    for i in range(4000):
        document += '{"organization": {"id": "o%d", "name": "O%d", "memberships": [' % (i, i)
        closing = "]}}" + closing
    path = tmp_path / "nested.json"
    path.write_text(document + closing + "]}", encoding="utf-8")
    out = run("import", str(path), "-o", str(tmp_path / "out.json"))
    assert_one_line_error(out, "nested more than 64 levels deep")


def test_names_differing_only_by_invisible_characters_are_not_silent_duplicates(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("Meeting,Purpose\nPartnership Board,a\nPartnership\u200b Board,b\n", encoding="utf-8")
    out = run("import", str(table), "-o", str(tmp_path / "r.json"))
    assert out.returncode == 0, out.stderr
    assert "is also row 2" in out.stdout
