"""Entry point for ``python -m ecomap``."""

import sys

from ecomap.cli import main

sys.exit(main())
