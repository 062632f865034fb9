"""The map canvas: scene, items, view and the mouse gestures that edit it."""
