"""The example notebook runs top to bottom and reproduces the paper's findings.

The notebook is stored without outputs; this test executes it with a kernel
running this interpreter (so it sees the same govgraph and pandas), fails on
the first cell that raises, checks what the key cells print, and saves the
executed copy to GOVGRAPH_TEST_ARTIFACTS (default: a temporary folder).
"""

from __future__ import annotations

import json
import os
import pathlib
import sys

import pytest

import govgraph

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = "examples/notebooks/avon-and-somerset-review.ipynb"
KERNEL_NAME = "govgraph-test-python"


def _text(output: dict) -> str:
    if output.get("output_type") == "stream":
        return str(output.get("text", ""))
    data = output.get("data", {})
    return str(data.get("text/plain", "")) + str(data.get("text/html", ""))


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory) -> pathlib.Path:
    """A kernel spec whose argv is this interpreter, not whatever python3 is on PATH."""
    root = tmp_path_factory.mktemp("jupyter")
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python (govgraph tests)", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def executed(source_dir, kernel_dir, tmp_path_factory, monkeypatch_module):
    path = source_dir / NOTEBOOK
    nb = nbformat.read(path, as_version=4)
    # The stored notebook is clean: outputs are made here, not committed.
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.get("outputs") and cell.get("execution_count") is None, "store the notebook without outputs"
    monkeypatch_module.setenv("JUPYTER_PATH", str(kernel_dir))
    monkeypatch_module.setenv("GOVGRAPH_SOURCE_DIR", str(source_dir))
    # The kernel imports the same govgraph as this test, wherever it was found.
    package_parent = str(pathlib.Path(govgraph.__file__).resolve().parents[1])
    monkeypatch_module.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (package_parent, os.environ.get("PYTHONPATH", "")) if p))
    client = nbclient.NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=60,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    out_dir = pathlib.Path(os.environ.get("GOVGRAPH_TEST_ARTIFACTS") or tmp_path_factory.mktemp("artifacts"))
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / pathlib.Path(NOTEBOOK).name)
    return nb


@pytest.fixture(scope="module")
def monkeypatch_module():
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def _cell_output(nb, source_fragment: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "code" and source_fragment in cell.source:
            return "".join(_text(o) for o in cell.outputs)
    raise AssertionError(f"no code cell contains {source_fragment!r}")


def test_every_cell_runs_without_error(executed):
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs
              if o.get("output_type") == "error"]
    assert not errors
    assert all(c.execution_count for c in executed.cells if c.cell_type == "code")


def test_import_against_the_base_leaves_only_notes(executed):
    out = _cell_output(executed, "imported = govgraph.import_csv(")
    assert "9 meetings imported; errors: False" in out
    assert "info" in out and "warning" not in out and "error " not in out


def test_import_alone_names_the_unknown_cells(executed):
    out = _cell_output(executed, "diagnostics.query(")
    assert "Head of Manage" in out


def test_consumed_meetings_are_the_two_the_paper_removes(executed):
    out = _cell_output(executed, "consumed = govgraph.find_consumed(")
    assert "Community Safety Meeting" in out and "Commissioning Meeting" in out
    assert out.count("Local Meetings") >= 2


def test_what_if_loses_nothing_and_the_saving_is_unknown(executed):
    out = _cell_output(executed, "outcome = govgraph.what_if(")
    assert "Nothing: every topic, area, link and statutory duty keeps a forum." in out
    assert "unknown" in out


def test_rationalisation_keeping_internal_boards_stops_recommendation_b(executed):
    out = _cell_output(executed, "keep=internal")
    assert "Community Safety Meeting" in out and "Commissioning Meeting" in out
    assert "Youth Offending Team management boards" in out
    assert "Force Executive" not in out


def test_each_analysis_draws_its_chart(executed):
    def pictures(fragment: str) -> int:
        (cell,) = [c for c in executed.cells if c.cell_type == "code" and fragment in c.source]
        return sum("image/png" in o.get("data", {}) for o in cell.outputs)

    assert pictures("gplot.burden_chart(burden)") == 1
    assert pictures("gplot.overlap_heatmap(overlaps)") == 1
    assert pictures("gplot.reporting_tree(lines)") == 1
    assert pictures("gplot.rationalisation_chart(proposal)") == 1
    assert pictures("gplot.network_map(reg)") == 3  # the network, brokerage and the what-if
