"""Merging registers and organisation changes, as tables (docs/merging.md).

``merge_registers`` and ``apply_organisation_changes`` (compiled) return
results whose lists (``matches``, ``near_misses``, ``conflicts``, ``renamed``,
``cross_overlaps``, ``moves``) are :class:`RecordTable` objects: lists with
``.to_pandas()``::

    r = govgraph.merge_registers(a, b, labels=("dorset", "dc"))
    r.near_misses.to_pandas()
    r.cross_overlaps.to_pandas()
"""

from __future__ import annotations

from typing import Any, Dict, List

from govgraph import _core
from govgraph._optional import require

COLUMNS: Dict[str, List[str]] = {
    "matches": ["type", "a_id", "a_name", "b_id", "b_name", "rule", "evidence", "merged_id"],
    "near_misses": ["type", "a_id", "a_name", "b_id", "b_name", "similarity", "reason"],
    "conflicts": ["type", "merged_id", "a_id", "b_id", "field", "a_value", "b_value", "kept"],
    "renamed": ["type", "side", "original_id", "merged_id"],
    "moves": ["change", "from_organisation", "to_organisation", "holder_type", "holder", "holder_name", "field",
              "outcome"],
}


class RecordTable(List[Any]):
    """A list of report rows (``kind``: matches, near_misses, conflicts,
    renamed, cross_overlaps or moves) with the register they refer to."""

    def __init__(self, items: List[Any], kind: str, register: Any) -> None:
        super().__init__(items)
        self.kind = kind
        self.register = register

    def rows(self) -> List[Dict[str, Any]]:
        """The rows as dicts (no pandas needed)."""
        if self.kind == "cross_overlaps":
            from govgraph import overlap

            rows = overlap.rows_from_columns(_core._overlap_columns(self.register, list(self)))
            for row, pair in zip(rows, self):
                reg = self.register
                row["a_from"] = _merged_from(reg, pair.a)
                row["b_from"] = _merged_from(reg, pair.b)
            return rows
        columns = COLUMNS[self.kind]
        return [{c: getattr(item, c) for c in columns} for item in self]

    def columns(self) -> List[str]:
        """The column names of ``to_pandas()``."""
        if self.kind == "cross_overlaps":
            from govgraph import overlap

            return overlap.OVERLAP_COLUMNS + ["a_from", "b_from"]
        return COLUMNS[self.kind]

    def to_pandas(self) -> Any:
        """One row per item.

        Example::

            govgraph.merge_registers(a, b).matches.to_pandas()
        """
        return require("pandas", "to_pandas()").DataFrame(self.rows(), columns=self.columns())


def _merged_from(reg: Any, item: Any) -> str:
    entity = reg.meeting(item.index) if item.kind == "meeting" else reg.initiative(item.index)
    return str(entity.attributes.get("merged_from", ""))
