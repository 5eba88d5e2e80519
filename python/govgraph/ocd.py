"""Open Civic Data ids of police force areas, as a table.

``govgraph.police_force_areas()`` lists the police force areas of England and
Wales with their OCD ids and GSS codes (compiled into the library from
data/ocd/police_force_areas.csv, from the Open Civic Data division-id
registry, CC0)::

    >>> areas = govgraph.police_force_areas()
    >>> areas[0].name
    'Cumbria'
    >>> areas.to_pandas().set_index("gss_code").loc["E23000039", "id"]
    'ocd-division/country:gb/part:eng/pfa:dorset'
"""

from __future__ import annotations

from typing import Any, Dict, List

from govgraph import _core
from govgraph.analysis import _frame

COLUMNS = ["id", "name", "gss_code"]


class PoliceForceAreas(List[_core.OcdDivision]):
    """A list of OcdDivision with ``.rows()`` and ``.to_pandas()``."""

    def rows(self) -> List[Dict[str, Any]]:
        """One dict per force area: id, name, gss_code."""
        return [{"id": d.id, "name": d.name, "gss_code": d.gss_code} for d in self]

    def to_pandas(self) -> Any:
        """A DataFrame with columns id, name, gss_code (needs pandas)."""
        return _frame((self.rows(), COLUMNS))


def police_force_areas() -> PoliceForceAreas:
    """The police force areas of England and Wales with OCD ids and GSS codes.

    Shipped with govgraph (data/ocd, from the Open Civic Data division-id
    registry). London's two forces are not in it.

    >>> areas = govgraph.police_force_areas()
    >>> areas.to_pandas().set_index("name").loc["Dorset", "gss_code"]
    'E23000039'
    """
    return PoliceForceAreas(_core._police_force_areas())
