"""Ecomap: draw, version and compare a client's social network (ecomap)."""

__version__ = "0.1.0"
