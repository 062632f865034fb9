"""The error the model raises when an edit or a map would break a rule."""


class ModelError(ValueError):
    """A map or case breaks a domain rule.

    ``path`` locates the offending element (``nodes[3].kind``) when known, so
    an importer can name it for the user.
    """

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
