"""A register reviewed: typed findings, meetings that cannot be judged, and one
consistent proposal of meetings to stop (docs/overlap.md, "Findings")::

    r = govgraph.review(reg)
    r.to_pandas()                   # one row per finding: kind, meetings, confidence, evidence, caveat
    r.cannot_judge_frame()          # meetings with too little recorded, and what is missing
    r.proposal_frame()              # meetings proposed to stop, each covered only by kept meetings
"""

from __future__ import annotations

from typing import Any, Dict, List

from govgraph import _core, analysis
from govgraph._optional import require

FINDING_COLUMNS = ["kind", "meetings", "meeting_ids", "covered_by", "covered_by_ids", "confidence", "score",
                   "summary", "evidence", "caveat"]
CANNOT_JUDGE_COLUMNS = ["id", "name", "missing"]
PROPOSAL_COLUMNS = ["id", "name", "covered_by", "already_to_be_removed", "reason"]


def _pandas() -> Any:
    return require("pandas", "to_pandas()")


def _names(reg: Any, items: Any) -> List[str]:
    return [str(_core.item_name(reg, i)) for i in items]


def _ids(reg: Any, items: Any) -> List[str]:
    return [str(_core.item_id(reg, i)) for i in items]


class RegisterReview:
    """The review of one register (``govgraph.review``), with the register.

    ``findings``, ``cannot_judge`` and ``proposal`` are the compiled results;
    ``*_rows()`` give them as dicts and ``to_pandas()``/``*_frame()`` as
    DataFrames.
    """

    def __init__(self, review: Any, register: Any) -> None:
        self._review = review
        self.register = register

    @property
    def findings(self) -> List[Any]:
        return list(self._review.findings)

    @property
    def cannot_judge(self) -> List[Any]:
        return list(self._review.cannot_judge)

    @property
    def proposal(self) -> List[Any]:
        return list(self._review.proposal)

    @property
    def record(self) -> List[float]:
        """Record completeness of each meeting (0 to 1), by meeting index."""
        return list(self._review.record)

    def finding_rows(self) -> List[Dict[str, Any]]:
        """The rows of ``to_pandas()`` as dicts (no pandas needed): kind, meetings, covering
        meetings, confidence, score, summary, evidence and caveat."""
        reg = self.register
        return [{
            "kind": f.kind.label,
            "meetings": "; ".join(_names(reg, f.meetings)),
            "meeting_ids": "; ".join(_ids(reg, f.meetings)),
            "covered_by": "; ".join(_names(reg, f.covered_by)),
            "covered_by_ids": "; ".join(_ids(reg, f.covered_by)),
            "confidence": round(f.confidence, 3),
            "score": round(f.score, 3),
            "summary": f.summary,
            "evidence": "; ".join(f.evidence),
            "caveat": f.caveat,
        } for f in self._review.findings]

    def cannot_judge_rows(self) -> List[Dict[str, Any]]:
        """One dict per meeting with too little recorded to judge: its id, name and what is missing."""
        reg = self.register
        return [{"id": _core.item_id(reg, c.meeting), "name": _core.item_name(reg, c.meeting),
                 "missing": ", ".join(c.missing)} for c in self._review.cannot_judge]

    def proposal_rows(self) -> List[Dict[str, Any]]:
        """One dict per meeting proposed to stop: the kept meetings covering it, whether the
        register already removes it, and the reason."""
        reg = self.register
        return [{"id": _core.item_id(reg, s.meeting), "name": _core.item_name(reg, s.meeting),
                 "covered_by": "; ".join(_names(reg, s.covered_by)),
                 "already_to_be_removed": s.already_to_be_removed, "reason": s.reason}
                for s in self._review.proposal]

    def to_pandas(self) -> Any:
        """One row per finding, strongest kind first."""
        return _pandas().DataFrame(self.finding_rows(), columns=FINDING_COLUMNS)

    def cannot_judge_frame(self) -> Any:
        """``cannot_judge_rows()`` as a DataFrame (columns id, name, missing)."""
        return _pandas().DataFrame(self.cannot_judge_rows(), columns=CANNOT_JUDGE_COLUMNS)

    def proposal_frame(self) -> Any:
        """``proposal_rows()`` as a DataFrame (columns id, name, covered_by, already_to_be_removed, reason)."""
        return _pandas().DataFrame(self.proposal_rows(), columns=PROPOSAL_COLUMNS)

    def rationalise(self, **options: Any) -> Any:
        """One proposal: the meetings this review proposes to stop, then the smallest
        (or cheapest) set of the rest that keeps every topic in every area and every
        partner link covered (``govgraph.rationalise`` with ``consumed`` set to this
        review's proposal). Each stopped meeting is covered only by meetings that
        are kept; statutory meetings and those too little recorded are kept.

        Example::

            plan = govgraph.review(reg).rationalise(cost=govgraph.RationalisationCost.MEETING_HOURS)
            plan.to_pandas().query("action == 'stop'")
        """
        reg = self.register
        consumed = [str(_core.item_id(reg, s.meeting)) for s in self._review.proposal]
        # What covers a consumed meeting is kept, or it would not be covered.
        keep = list(options.pop("keep", []))
        for s in self._review.proposal:
            for item in s.covered_by:
                covering = str(_core.item_id(reg, item))
                if covering not in keep:
                    keep.append(covering)
        return _core.rationalise(reg, consumed=consumed, keep=keep, **options)

    def __repr__(self) -> str:
        return (f"RegisterReview({len(self._review.findings)} findings, {len(self._review.cannot_judge)} "
                f"cannot be judged, {len(self._review.proposal)} proposed to stop)")


analysis._TABLES[RegisterReview] = lambda r: {
    "findings": lambda: (r.finding_rows(), FINDING_COLUMNS),
    "cannot_judge": lambda: (r.cannot_judge_rows(), CANNOT_JUDGE_COLUMNS),
    "proposal": lambda: (r.proposal_rows(), PROPOSAL_COLUMNS),
}


def review(register: Any, **options: Any) -> RegisterReview:
    """Review a register: typed findings (duplicate, consumed, same_function,
    parent_subgroup), each with evidence in the register's own words, a
    confidence and a caveat; the meetings that cannot be judged; and one
    consistent proposal of meetings to stop.

    Options: ``min_score`` (where a pair becomes a candidate: 0.3, or 0.5 on a
    register of more than 1,000 meetings),
    ``duplicate_min_score`` (0.5), ``same_function_min_topics`` (0.5),
    ``min_record`` (0.3), ``min_participant_coverage`` (0.8),
    ``min_topic_coverage`` (0.6), ``max_covering`` (3), ``max_evidence`` (6),
    ``progress`` (a bar on standard error during the overlap search; None:
    when it is a terminal).

    :raises InvalidInputError: for bad options, naming the field.

    Example::

        r = govgraph.review(reg)
        for f in r.findings:
            print(f.kind.label, f.summary, f.confidence)
    """
    if not isinstance(register, _core.Register):
        raise TypeError(f"register must be a govgraph.Register, not {type(register).__name__}")
    return RegisterReview(_core._review_register(register, **options), register)
