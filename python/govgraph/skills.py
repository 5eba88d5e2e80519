"""A police and crime panel's skills audit (docs/panel.md, "Skills audit").

The members fill in a table, one row a member and a column a skill (as CSV,
an Excel sheet or a pandas DataFrame); ``skills_audit`` reads it against a
skills framework (the one shipped with govgraph unless another is given) and
finds the gaps, the skills one member alone holds, how well each pillar
lead's skills cover their pillar, and who should train in what::

    r = govgraph.skills_audit("examples/panel/dorset-pcp-2018-skills.csv", as_of="2018-02-01")
    r.to_pandas("gaps")
    r.to_pandas("training")
    print(govgraph.format_skills_audit(r))

A blank cell is "not assessed", never zero. Errors name the file and the row
and column (for a workbook, the sheet and cell).
"""

from __future__ import annotations

import os
from typing import Any, Callable, Dict, List, Optional

from govgraph import _core
from govgraph.analysis import _TABLES, Table, _frame, _pick
from govgraph.importing import _cell  # a DataFrame cell as the text a spreadsheet shows

__all__ = ["load_skills_framework", "read_skills_audit", "skills_audit"]


def _read(path: str) -> bytes:
    """The file's bytes; NotFoundError or InvalidInputError naming it."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise _core.NotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _core.InvalidInputError(f"{path}: a folder, not a file") from None


def _path_text(value: Any) -> Optional[str]:
    return os.fspath(value) if isinstance(value, (str, os.PathLike)) else None


def load_skills_framework(framework: Any = None) -> _core.SkillsFramework:
    """A skills framework: the one shipped with govgraph (``None``), a JSON file's (a path), or a
    ``SkillsFramework`` as it is. Errors name the file and the JSON path.

    >>> f = govgraph.load_skills_framework("examples/panel/dorset-pcp-2018-skills-framework.json")
    >>> [p.name for p in f.pillars][:1]
    ['Protecting people at risk of harm']
    """
    if framework is None:
        return _core.skills_framework()
    if isinstance(framework, _core.SkillsFramework):
        return framework
    path = _path_text(framework)
    if path is None:
        raise TypeError(f"framework: expected a path or a SkillsFramework, not {type(framework).__name__}")
    text = _read(path)
    try:
        return _core.parse_skills_framework(text.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise _core.InvalidInputError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except _core.GovgraphError as error:
        raise type(error)(f"{path}: {error}") from None


def _from_frame(frame: Any, framework: _core.SkillsFramework) -> _core.SkillsAuditTable:
    rows = [[_cell(c) for c in frame.columns]]
    rows += [[_cell(v) for v in record] for record in frame.itertuples(index=False, name=None)]
    return _core.read_skills_audit_rows(rows, list(range(1, len(rows) + 1)), framework, file="DataFrame")


def _from_workbook(path: str, framework: _core.SkillsFramework) -> _core.SkillsAuditTable:
    from govgraph import office

    grids, _ = office._xlsx_grids(path)
    wanted = {"name", "member", "membername", "panelmember"}

    def has_names(grid: Any) -> bool:
        return any("".join(ch for ch in cell.lower() if ch.isalnum()) in wanted
                   for row in grid.rows[: office.HEADER_SEARCH_ROWS] for cell in row)

    grid = next((g for g in grids if has_names(g)), None)
    if grid is None:
        raise _core.InvalidInputError(f"{path}: no sheet has a \"name\" (or \"member\") column among its headings")
    # Cells keep their sheet columns, so messages name the cell as Excel does.
    pad = [""] * (grid.column_numbers[0] - 1)
    return _core.read_skills_audit_rows([pad + row for row in grid.rows], grid.row_numbers, framework,
                                        file=f'{path}, sheet "{grid.sheet}"', cell_names=True)


def read_skills_audit(audit: Any, framework: Any = None) -> _core.SkillsAuditTable:
    """The members' returns: from a CSV file or an Excel workbook (a path, judged by content), a pandas
    DataFrame (a column a heading), or a ``SkillsAuditTable`` as it is. Headings are a "name" (or
    "member") column, optional "council", "pillar lead" and "evidence" columns, and the framework's
    skills by id or name. Errors name the file, row and column (a workbook's sheet and cell).

    >>> t = govgraph.read_skills_audit("examples/panel/dorset-pcp-2018-skills.csv")
    >>> t.members[0].name, t.members[0].co_opted
    ('Mike Short', True)
    """
    framework = load_skills_framework(framework)
    if isinstance(audit, _core.SkillsAuditTable):
        return audit
    if hasattr(audit, "columns") and hasattr(audit, "itertuples"):
        return _from_frame(audit, framework)
    path = _path_text(audit)
    if path is None:
        raise TypeError(f"audit: expected a path, a DataFrame or a SkillsAuditTable, not {type(audit).__name__}")
    text = _read(path)
    if text.startswith(b"PK\x03\x04") or text.startswith(b"\xd0\xcf\x11\xe0"):
        return _from_workbook(path, framework)
    return _core.parse_skills_audit_csv(text, framework, file=path)


def skills_audit(audit: Any, framework: Any = None, *, as_of: Any = None, train_by: Any = None,
                 holders_wanted: int = 2) -> _core.SkillsAuditResult:
    """Audit a panel's skills against a framework: the skills matrix, the gaps (no member at the
    required level), skills one member alone holds, each pillar lead's cover of their pillar, and a
    training plan that closes each gap with the members nearest the required level first, until
    ``holders_wanted`` members hold each skill, by ``train_by`` (default: three months after
    ``as_of``, itself default today). ``audit`` is what ``read_skills_audit`` takes; ``framework``
    what ``load_skills_framework`` takes. ``to_pandas(table)`` gives "matrix", "gaps",
    "single_holders", "pillars", "training" or "skills".

    >>> r = govgraph.skills_audit("examples/panel/dorset-pcp-2018-skills.csv",
    ...                           "examples/panel/dorset-pcp-2018-skills-framework.json", as_of="2018-02-01")
    >>> [c.skill for c in r.coverage if c.status == "gap"]
    ['confirmation_hearings', 'questioning_and_challenge']
    >>> r.to_pandas("training").head()
    """
    framework = load_skills_framework(framework)
    table = read_skills_audit(audit, framework)
    return _core.run_skills_audit(framework, table, as_of=as_of, train_by=train_by, holders_wanted=holders_wanted)


# --- tables -----------------------------------------------------------------------


def _skills_audit_tables(self: Any) -> Dict[str, Callable[[], Table]]:
    def matrix() -> Table:
        rows = [dict({"member": name}, **dict(zip(self.skills, levels)))
                for name, levels in zip(self.members, self.matrix)]
        return (rows, ["member"] + list(self.skills))

    def coverage_rows(status: Optional[str]) -> List[Dict[str, Any]]:
        return [{"skill": c.skill, "name": c.name, "group": c.group, "required_level": c.required_level,
                 "status": c.status, "best_level": c.best_level, "holders": list(c.holders),
                 "assessed": c.assessed, "not_assessed": c.not_assessed, "coverage": c.coverage,
                 "source": c.source, "url": c.url}
                for c in self.coverage if status is None or c.status == status]

    def skills() -> Table:
        return (coverage_rows(None), ["skill", "name", "group", "required_level", "status", "best_level", "holders",
                                      "assessed", "not_assessed", "coverage", "source", "url"])

    def gaps() -> Table:
        return (coverage_rows("gap"), ["skill", "name", "group", "required_level", "best_level", "assessed",
                                       "not_assessed", "source", "url"])

    def single_holders() -> Table:
        rows = coverage_rows("single_holder")
        for row in rows:
            row["holder"] = row["holders"][0]
        return (rows, ["skill", "name", "group", "required_level", "holder", "assessed", "not_assessed", "source",
                       "url"])

    def pillars() -> Table:
        rows = [{"pillar": p.pillar, "leads": list(p.leads), "skills": list(p.skills), "covered": list(p.covered),
                 "missing": list(p.missing), "not_assessed": list(p.not_assessed), "in_framework": p.in_framework}
                for p in self.pillars]
        return (rows, ["pillar", "leads", "skills", "covered", "missing", "not_assessed", "in_framework"])

    def training() -> Table:
        rows = [{"member": t.member, "skill": t.skill, "skill_name": t.skill_name, "current_level": t.current_level,
                 "target_level": t.target_level, "reason": t.reason, "by": t.by.isoformat()} for t in self.training]
        return (rows, ["member", "skill", "skill_name", "current_level", "target_level", "reason", "by"])

    return {"matrix": matrix, "gaps": gaps, "single_holders": single_holders, "pillars": pillars,
            "training": training, "skills": skills}


def _skills_audit_to_pandas(self: Any, table: str = "matrix") -> Any:
    """The audit as a DataFrame: "matrix" (default: a row a member, a column a skill, None where not
    assessed), "gaps", "single_holders", "pillars", "training" or "skills" (every skill's coverage).

    >>> govgraph.skills_audit("examples/panel/dorset-pcp-2018-skills.csv").to_pandas("gaps")
    """
    return _frame(_pick(self, table, _skills_audit_tables(self)))


_core.SkillsAuditResult.to_pandas = _skills_audit_to_pandas  # type: ignore[assignment]
_TABLES[_core.SkillsAuditResult] = _skills_audit_tables
