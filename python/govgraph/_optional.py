"""Optional packages, imported when first needed, and optional programs.

pandas, networkx, matplotlib and openpyxl are needed only by the functions
that use them, and Chromium only to write a PDF. When one is missing, :func:`require` and :func:`require_program` raise
``MissingDependencyError`` (an ``ImportError``) naming what needed it and the Debian package that provides it (Debian's
system interpreter refuses ``pip install``)::

    pandas = require("pandas", "to_pandas()")
"""

from __future__ import annotations

import importlib
import shutil
from typing import Any, Sequence

from govgraph import _core

# The Debian 12 package for each optional module (scripts/install-deps.sh installs them).
DEBIAN_PACKAGES = {
    "pandas": "python3-pandas",
    "networkx": "python3-networkx",
    "matplotlib": "python3-matplotlib",
    "matplotlib.pyplot": "python3-matplotlib",
    "openpyxl": "python3-openpyxl",
    "docx": "python3-docx",
    "pygraphviz": "python3-pygraphviz graphviz",
}


class MissingDependencyError(_core.GovgraphError, ImportError):
    """A package govgraph needs for this call is not installed; the message names the Debian package."""


def require(module: str, purpose: str) -> Any:
    """The module, imported; or ``MissingDependencyError`` saying that ``purpose`` needs it and how to install it.

    Example::

        openpyxl = require("openpyxl", "--format xlsx")
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        package = DEBIAN_PACKAGES.get(module, "python3-" + module.split(".")[0])
        raise MissingDependencyError(f"{purpose} needs {module.split('.')[0]}: apt-get install {package}") from error


def require_program(names: Sequence[str], package: str, purpose: str) -> str:
    """The path of the first of ``names`` found on ``PATH``; or ``MissingDependencyError`` naming ``package``.

    Example::

        chromium = require_program(["chromium", "chromium-browser"], "chromium", "a PDF report")
    """
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise MissingDependencyError(f"{purpose} needs {names[0]}: apt-get install {package}")
