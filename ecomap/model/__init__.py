"""The domain model: maps, cases and versions as plain Python, free of Qt."""
