"""The frozen program's entry point: ``Ecomap ARGS`` runs ``ecomap ARGS`` (packaging/ecomap.spec builds it)."""

import sys

from ecomap.cli import main

if __name__ == "__main__":
    sys.exit(main())
