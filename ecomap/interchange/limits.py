"""Documented limits on input files: anything larger or deeper is refused whole."""

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest file any importer reads (64 MiB; a 500-version, 60-node case is ~10 MiB)."""

MAX_DEPTH = 16
"""Deepest nesting of JSON arrays and objects (Ecomap JSON needs 6, easyNWK 5)."""

MAX_VERSIONS = 5000
MAX_NODES = 10000
MAX_TIES = 50000
"""Largest number of versions per document, and of nodes and ties per map."""

MAX_ACTIONS = 1000
"""Largest number of actions in one version's plan (format 2)."""
