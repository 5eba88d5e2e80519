"""The Python sources pass flake8 with the project's configuration (.flake8)."""

from __future__ import annotations

import subprocess
import sys

from conftest import SOURCE_DIR

PATHS = ["python", "tests/python", "scripts", "benchmarks", "evaluation", "examples", "docs"]


def test_flake8_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flake8", *[p for p in PATHS if (SOURCE_DIR / p).exists()]],
        cwd=SOURCE_DIR, capture_output=True, text=True, check=False,
    )
    assert "No module named flake8" not in result.stderr, "install flake8 (scripts/install-deps.sh --test)"
    assert result.returncode == 0, result.stdout + result.stderr
