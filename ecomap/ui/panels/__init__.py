"""The panels around the canvas: palette, inspector and legend."""
