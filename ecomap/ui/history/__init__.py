"""The History panel: the saved versions as a timeline, comparing two of them, and a chart of change."""
