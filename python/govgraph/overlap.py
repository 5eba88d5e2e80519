"""Overlap and duplication between meetings, as tables (docs/overlap.md).

``find_overlaps`` (compiled) returns an ``OverlapResult`` that carries its
register; this module gives it ``.to_pandas()``, and wraps containment and
clustering so that their results do too::

    result = govgraph.find_overlaps(reg, min_score=0.4)
    result.to_pandas()                       # one row per pair
    govgraph.find_consumed(reg).to_pandas()  # one row per consumed meeting
    govgraph.cluster_overlaps(result).to_pandas()
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List

from govgraph import _core, analysis
from govgraph._optional import require


def _pandas() -> Any:
    return require("pandas", "to_pandas()")


def _name(reg: Any, item: Any) -> str:
    return str(_core.item_name(reg, item))


def _id(reg: Any, item: Any) -> str:
    return str(_core.item_id(reg, item))


OVERLAP_COLUMNS = ["a_id", "a_name", "b_id", "b_name", "score", "participants", "topics", "areas", "level",
                   "cadence", "shared_participants", "shared_terms", "shared_areas"]
CLUSTER_COLUMNS = ["cluster", "id", "name", "representative", "mean_score"]
CONSUMED_COLUMNS = ["id", "name", "covered_by", "covered_by_ids", "participant_coverage", "topic_coverage",
                    "uncovered_participants", "uncovered_terms"]


def overlap_rows(result: Any) -> List[Dict[str, Any]]:
    """The rows of ``OverlapResult.to_pandas()``, as dicts (no pandas needed)."""
    return rows_from_columns(result.columns())


def rows_from_columns(columns: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Rows of ``OVERLAP_COLUMNS`` from ``OverlapResult.columns()``, numbers as Python floats."""
    plain = {name: values.tolist() if hasattr(values, "tolist") else values for name, values in columns.items()}
    return [dict(zip(OVERLAP_COLUMNS, values)) for values in zip(*(plain[c] for c in OVERLAP_COLUMNS))]


def consumed_rows(consumed: Any) -> List[Dict[str, Any]]:
    """The rows of ``ConsumedMeetings.to_pandas()``, as dicts (no pandas needed)."""
    reg = consumed.register
    return [{
        "id": _id(reg, c.consumed), "name": _name(reg, c.consumed),
        "covered_by": "; ".join(_name(reg, i) for i in c.covering),
        "covered_by_ids": "; ".join(_id(reg, i) for i in c.covering),
        "participant_coverage": c.participant_coverage, "topic_coverage": c.topic_coverage,
        "uncovered_participants": "; ".join(c.uncovered_participants),
        "uncovered_terms": "; ".join(c.uncovered_terms),
    } for c in consumed]


def _overlaps_to_pandas(self: Any) -> Any:
    """One row per overlapping pair: both meetings' ids and names, the score,
    each signal, and the shared participants, terms and areas.

    Example::

        govgraph.find_overlaps(reg).to_pandas().head()
    """
    return _pandas().DataFrame(self.columns(), columns=OVERLAP_COLUMNS)


_core.OverlapResult.to_pandas = _overlaps_to_pandas  # type: ignore[assignment]


def iter_overlaps(result: Any, chunk_size: int = 100_000) -> Iterator[Any]:
    """The pairs of a ``find_overlaps`` result as DataFrames of at most ``chunk_size`` rows, strongest first,
    each made only when it is asked for: a result of millions of pairs is read, filtered or written out
    without ever holding every row in Python at once.

    Example::

        result = govgraph.find_overlaps(reg)
        for i, chunk in enumerate(govgraph.iter_overlaps(result, chunk_size=50_000)):
            chunk.to_csv("overlaps.csv", mode="a" if i else "w", header=not i, index=False)
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise _core.InvalidInputError(f"chunk_size: must be a whole number of at least 1, not {chunk_size!r}")
    pandas = _pandas()
    for start in range(0, len(result), chunk_size):
        yield pandas.DataFrame(result.columns(start, start + chunk_size), columns=OVERLAP_COLUMNS)
analysis._TABLES[_core.OverlapResult] = lambda result: {"pairs": lambda: (overlap_rows(result), OVERLAP_COLUMNS)}


class ConsumedMeetings(List[Any]):
    """Meetings consumed by others (a list of ``Containment``), with the register."""

    def __init__(self, items: List[Any], register: Any) -> None:
        super().__init__(items)
        self.register = register

    def to_pandas(self) -> Any:
        """One row per consumed meeting with its covering meetings and what is left uncovered."""
        return _pandas().DataFrame(consumed_rows(self), columns=CONSUMED_COLUMNS)


def find_consumed(register: Any, **options: Any) -> ConsumedMeetings:
    """Meetings whose participants and topics are (mostly) covered by a few others
    at a compatible level and area: "their purpose is consumed".

    Options: ``min_participant_coverage`` (0.8), ``min_topic_coverage`` (0.6),
    ``max_covering`` (3), ``covering_must_be_retained`` (True),
    ``include_statutory`` (False), ``weights``, ``include_initiatives``.

    Example::

        for c in govgraph.find_consumed(reg):
            print(govgraph.item_name(reg, c.consumed), [govgraph.item_name(reg, i) for i in c.covering])
    """
    return ConsumedMeetings(list(_core._find_consumed(register, **options)), register)


class OverlapClusters(List[Any]):
    """Families of overlapping meetings (a list of ``OverlapCluster``), with the register."""

    def __init__(self, items: List[Any], register: Any) -> None:
        super().__init__(items)
        self.register = register

    def to_pandas(self) -> Any:
        """One row per member: its family, whether it is the representative, the family's mean score."""
        return _pandas().DataFrame(cluster_rows(self), columns=CLUSTER_COLUMNS)


def cluster_rows(clusters: OverlapClusters) -> List[Dict[str, Any]]:
    """The rows of ``OverlapClusters.to_pandas()``, as dicts (no pandas needed)."""
    reg = clusters.register
    rows = []
    for number, c in enumerate(clusters, start=1):
        for m in c.members:
            rows.append({"cluster": number, "id": _id(reg, m), "name": _name(reg, m),
                         "representative": m == c.representative, "mean_score": c.mean_score})
    return rows


# govgraph.analysis.records() reads the clusters as one table, like the other analyses' results.
analysis._TABLES[OverlapClusters] = lambda result: {"clusters": lambda: (cluster_rows(result), CLUSTER_COLUMNS)}


def cluster_overlaps(result: Any, min_score: float = 0.0) -> OverlapClusters:
    """Families of mutually overlapping meetings from ``find_overlaps``, largest first.

    Example::

        clusters = govgraph.cluster_overlaps(govgraph.find_overlaps(reg))
        clusters.to_pandas()
    """
    return OverlapClusters(list(_core._cluster_overlaps(result, min_score)), result.register)
