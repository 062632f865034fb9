"""Reading a stored case, wherever it is kept: decoding versions, checking the hash chain, numbering."""

import json
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from ecomap.casefile.versions_table import chain_hash
from ecomap.errors import InputError
from ecomap.model.canonical import version_from_dict
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.errors import ModelError


class CaseReading(ABC):
    """What a case file and a case in the team store read alike, on top of their own few queries."""

    path: str | os.PathLike[str]
    altered_where = "the file was altered outside Ecomap"

    @property
    @abstractmethod
    def details(self) -> CaseDetails: ...

    @property
    @abstractmethod
    def version_count(self) -> int: ...

    @abstractmethod
    def _stored(self, number: int | None) -> Iterable[tuple[int, object, object, object]]:
        """(number, body, prev_sha256, sha256) of version ``number``, or of every version (None), in order."""

    def version_body(self, number: int) -> bytes:
        """The stored canonical JSON of version ``number``, checked against its hash."""
        for found, *stored in self._stored(number):
            return self._checked_body(found, *stored)
        raise InputError(self.path, self._no_version(number))

    def _checked_body(self, number: int, body: object, prev_sha256: object, sha256: object) -> bytes:
        if not (isinstance(body, bytes) and isinstance(prev_sha256, str)) or chain_hash(prev_sha256, body) != sha256:
            raise InputError(
                self.path,
                f"version {number} does not match its recorded hash; {self.altered_where} "
                "(run 'ecomap check' for details)",
            )
        return body

    def people_seen(self) -> Iterator[tuple[int, str, str, str]]:
        """(version number, id, label, notes) of every node but the client in every version,
        oldest first: who was on the map before, without building each version's map."""
        for number, *stored in self._stored(None):
            body = self._checked_body(number, *stored)
            try:
                nodes = [n for n in json.loads(body)["map"]["nodes"] if n["kind"] != "client"]
                found = [(str(n["id"]), str(n["label"]), str(n.get("notes", ""))) for n in nodes]
            except (ValueError, KeyError, TypeError) as error:
                raise InputError(self.path, f"version {number} cannot be read ({error})") from None
            for node_id, label, notes in found:
                yield number, node_id, label, notes

    def version(self, number: int) -> Version:
        """Version ``number`` (1 is the first saved)."""
        body = self.version_body(number)
        try:
            return version_from_dict(json.loads(body))
        except (ValueError, KeyError, TypeError, ModelError) as error:
            raise InputError(self.path, f"version {number} cannot be read ({error})") from None

    def versions(self, numbers: Iterable[int] | None = None) -> list[Version]:
        wanted = range(1, self.version_count + 1) if numbers is None else numbers
        return [self.version(n) for n in wanted]

    def case(self, numbers: Iterable[int] | None = None) -> Case:
        """The whole case (or the chosen versions), decoded."""
        return Case(details=self.details, versions=self.versions(numbers))

    def resolve_number(self, number: int | None) -> int:
        """``number`` if that version exists, the latest if ``None``; else :class:`InputError`."""
        total = self.version_count
        if number is not None and 1 <= number <= total:
            return number
        if total == 0:
            raise InputError(self.path, "has no versions yet")
        if number is None:
            return total
        raise InputError(self.path, self._no_version(number))

    def _no_version(self, number: int) -> str:
        total = self.version_count
        if total == 0:
            return f"has no versions yet, so there is no version {number}"
        if total == 1:
            return f"has no version {number} (it has only version 1)"
        return f"has no version {number} (it has {total}: 1 to {total})"
