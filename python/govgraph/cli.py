"""The ``govgraph`` command line.

Subcommands:

``govgraph summary REGISTER.json``
    Print the register at a glance: meetings, organisations, roles, areas,
    leads, and the hours a year it implies. ``--json`` prints the figures as
    JSON instead.

Bad input exits with status 2 and one line on standard error naming the place.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

import govgraph


def _summary(args: argparse.Namespace) -> int:
    reg = govgraph.load_json(args.register)
    summary = govgraph.summarise(reg)
    if args.json:
        figures = {
            "title": summary.title,
            "meetings": summary.meetings,
            "organisations": summary.organisations,
            "roles": summary.roles,
            "people": summary.people,
            "areas": summary.areas,
            "topics": summary.topics,
            "initiatives": summary.initiatives,
            "components": summary.components,
            "meetings_by_status": {c.name: c.count for c in summary.meetings_by_status},
            "meetings_by_level": {c.name: c.count for c in summary.meetings_by_level},
            "leads": {t.label: t.meetings for t in summary.leads},
            "sittings_per_year": summary.sittings_per_year,
            "meeting_hours_per_year": summary.meeting_hours_per_year,
            "seat_hours_per_year": summary.seat_hours_per_year,
            "unknown_cadence": [reg.meeting(h).id for h in summary.unknown_cadence],
            "default_duration": [reg.meeting(h).id for h in summary.default_duration],
        }
        json.dump(figures, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(govgraph.format_summary(reg, summary))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govgraph",
        description="Map public-sector partnership governance as a graph.",
    )
    parser.add_argument("--version", action="version", version=f"govgraph {govgraph.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    summary = commands.add_parser(
        "summary",
        help="summarise a register",
        description="Print meetings, organisations, roles, areas, leads and the hours a year a register implies.",
    )
    summary.add_argument("register", metavar="REGISTER.json", help="a register in govgraph's JSON format")
    summary.add_argument("--json", action="store_true", help="print the figures as JSON")
    summary.set_defaults(run=_summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except govgraph.GovgraphError as error:
        # One line: the library's message already names the file and place.
        message = str(error).replace("\n", " ")
        print(f"govgraph: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0
    except OSError as error:
        print(f"govgraph: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
