# Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
"""Sphinx configuration for govgraph's Python guide and API reference.

The source folder is the repository root, so the Markdown pages in docs/ and
the notebook in examples/notebooks/ are rendered where they live, with their
relative links intact; include_patterns keeps everything else out. Build with

    PYTHONPATH=build/default/python sphinx-build -W --keep-going -n -b html \
        -c docs/sphinx . build/default/docs/html

(the `sphinx_docs` test and the `docs` target do this). The govgraph package
must be importable: the API pages are generated from its docstrings.
"""

from __future__ import annotations

import json
import os
import pathlib
import sys
import tempfile

import govgraph

ROOT = pathlib.Path(__file__).resolve().parents[2]

project = "govgraph"
author = "The govgraph Authors"
copyright = "2026, The govgraph Authors"
release = version = govgraph.__version__

root_doc = "docs/sphinx/index"
include_patterns = ["docs/*.md", "docs/sphinx/*.md", "examples/notebooks/*.ipynb"]
exclude_patterns = ["**/.ipynb_checkpoints", "docs/cpp-reference.md"]  # the Doxygen main page

extensions = [
    "sphinx.ext.autodoc",
    "myst_parser",
    "nbsphinx",
]

# --- Markdown ----------------------------------------------------------------
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

# --- API reference -------------------------------------------------------------
autodoc_member_order = "alphabetical"
autodoc_typehints = "signature"
add_module_names = False

# --- The notebook --------------------------------------------------------------
# Executed during the build so the pages show real output; the kernel is this
# interpreter (the python3 on PATH may lack govgraph or pandas).
nbsphinx_execute = "always"
nbsphinx_allow_errors = False
nbsphinx_timeout = 120
_kernels = pathlib.Path(tempfile.mkdtemp(prefix="govgraph-sphinx-jupyter-"))
(_kernels / "kernels" / "govgraph-docs").mkdir(parents=True)
(_kernels / "kernels" / "govgraph-docs" / "kernel.json").write_text(json.dumps({
    "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
    "display_name": "Python (govgraph docs)", "language": "python"}), encoding="utf-8")
os.environ["JUPYTER_PATH"] = str(_kernels)
os.environ.setdefault("GOVGRAPH_SOURCE_DIR", str(ROOT))
_package_parent = str(pathlib.Path(govgraph.__file__).resolve().parents[1])
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_package_parent, os.environ.get("PYTHONPATH")) if p)
nbsphinx_kernel_name = "govgraph-docs"

# --- Output --------------------------------------------------------------------
try:
    import furo  # noqa: F401

    html_theme = "furo"
except ImportError:  # the guide builds with the default theme too
    html_theme = "alabaster"
html_title = f"govgraph {release}"
html_static_path: list[str] = []

# --- Cross-references ------------------------------------------------------------
nitpicky = True
# The build runs offline, so there is no intersphinx inventory for the standard
# library; these standard types in signatures are left as plain text.
# No offline inventories for the standard library or networkx.
nitpick_ignore = [("py:class", name) for name in ("os.PathLike", "pathlib.Path", "datetime.date", "networkx.Graph")]


def _resolve_core_names(app, env, node, contnode):
    """pybind11 writes types as govgraph._core.X; they are documented as govgraph.X."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("govgraph._core."):
        return None
    public = "govgraph." + target[len("govgraph._core."):]
    return env.get_domain("py").resolve_xref(env, node["refdoc"], app.builder, node["reftype"], public, node,
                                             contnode)


def _public_signature(app, what, name, obj, options, signature, return_annotation):
    """Show govgraph._core.X in signatures as govgraph.X, the name users import."""
    def public(text):
        return text.replace("govgraph._core.", "govgraph.") if text else text
    return public(signature), public(return_annotation)


def setup(app):
    app.connect("missing-reference", _resolve_core_names)
    app.connect("autodoc-process-signature", _public_signature)
