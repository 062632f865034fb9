"""The team case store: cases on a PostgreSQL server behind the same case API as the file (design §15)."""
