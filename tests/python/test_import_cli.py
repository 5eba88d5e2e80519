"""``govgraph import``, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

APPENDIX_A = "examples/registers/avon-and-somerset-2016-appendix-a.csv"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def base_file(example, tmp_path):
    b = example.to_builder()
    b.meetings = []
    path = tmp_path / "base.json"
    import govgraph
    govgraph.save_json(b.build(), path)
    return path


def test_import_writes_a_register_and_prints_diagnostics(source_dir, tmp_path, example):
    out = tmp_path / "register.json"
    done = run("import", str(source_dir / APPENDIX_A), "-o", str(out), "--base", str(base_file(example, tmp_path)),
               "--strict")
    assert done.returncode == 0, done.stderr
    assert "row  col  column" in done.stdout
    assert "Joint" in done.stdout
    assert "9 meetings; 0 not understood" in done.stdout
    written = json.loads(out.read_text(encoding="utf-8"))
    assert len(written["meetings"]) == 9


def test_strict_exits_1_and_writes_nothing(source_dir, tmp_path):
    out = tmp_path / "register.json"
    done = run("import", str(source_dir / APPENDIX_A), "-o", str(out), "--strict")
    assert done.returncode == 1
    assert "error" in done.stdout
    assert "not understood; nothing written" in done.stderr
    assert not out.exists()
    done = run("import", str(source_dir / APPENDIX_A), "-o", str(out))
    assert done.returncode == 0
    assert out.exists()


def test_bad_input_exits_2_with_one_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xff\xfeM\x00e\x00")
    done = run("import", str(path), "-o", str(tmp_path / "r.json"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govgraph: error: ") and "UTF-16" in lines[0]
    done = run("import", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "r.json"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
