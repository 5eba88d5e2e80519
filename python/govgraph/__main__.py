"""``python3 -m govgraph``: the govgraph command line."""
import sys

from govgraph.cli import main

sys.exit(main())
