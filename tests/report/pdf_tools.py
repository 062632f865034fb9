"""Reading a produced PDF the way a checker would: poppler's pdftotext and pdffonts, qpdf, and pypdf."""

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

TOOLS = ("pdftotext", "pdffonts", "qpdf")
needs_tools = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils and qpdf (.ci/run installs them)",
)


def run(*command: str | Path) -> str:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pages_text(path: Path, mode: str = "layout") -> list[str]:
    """The text of each page by pdftotext: "layout" keeps columns apart, "raw" is the order it was drawn in
    (a table row by row, each cell whole), "reading" is poppler's guess at reading order."""
    options = {"layout": ["-layout"], "raw": ["-raw"], "reading": []}[mode]
    text = run("pdftotext", *options, "-enc", "UTF-8", path, "-")
    return text.split("\f")[: page_count(path)]


def flat(text: str) -> str:
    """Runs of white space (line breaks too) as one space: text wrapped in a cell reads as typed."""
    return " ".join(text.split())


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def metadata(path: Path) -> dict[str, str]:
    info = PdfReader(path).metadata or {}
    return {str(key): str(value) for key, value in info.items()}


def decompressed(path: Path) -> bytes:
    """The whole file with every stream uncompressed (qpdf --qdf), for searching raw bytes."""
    result = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True, check=False, timeout=60
    )
    assert result.returncode in (0, 3), result.stderr
    return result.stdout


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb, sub, uni of every font."""
    lines = run("pdffonts", path).splitlines()[2:]
    table = []
    for line in lines:
        parts = line.split()
        # name type [type...] encoding emb sub uni object-id generation
        table.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return table


def page_objects(path: Path) -> list[Any]:
    return list(PdfReader(path).pages)


def annotations_and_images(path: Path) -> tuple[list[str], list[str]]:
    """Subtypes of every annotation and every image XObject on any page, however deeply nested in forms."""
    annotations: list[str] = []
    images: list[str] = []

    def walk_resources(resources: Any, seen: set[int]) -> None:
        if not resources or "/XObject" not in resources:
            return
        for xobject in resources["/XObject"].values():
            target = xobject.get_object()
            if id(target) in seen:
                continue
            seen.add(id(target))
            if target.get("/Subtype") == "/Image":
                images.append(str(target.get("/Subtype")))
            elif target.get("/Subtype") == "/Form":
                walk_resources(target.get("/Resources"), seen)

    for page in page_objects(path):
        for annotation in page.get("/Annots") or []:
            annotations.append(str(annotation.get_object().get("/Subtype")))
        walk_resources(page.get("/Resources"), set())
    return annotations, images


@dataclass(frozen=True, slots=True)
class Word:
    """A word as poppler finds it on a page, with its box in points (y down from the page's top)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: "Word", tolerance: float = 0.2) -> bool:
        """Whether the two boxes share more than a hair (``tolerance`` points) each way."""
        across = min(self.right, other.right) - max(self.left, other.left)
        down = min(self.bottom, other.bottom) - max(self.top, other.top)
        return across > tolerance and down > tolerance


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def page_words(path: Path, page: int) -> list[Word]:
    """Every word on page ``page`` (from 1) with its box, by ``pdftotext -bbox-layout``."""
    xhtml = run("pdftotext", "-bbox-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), path, "-")
    return [
        Word(html.unescape(text), float(left), float(top), float(right), float(bottom))
        for left, top, right, bottom, text in WORD.findall(xhtml)
    ]


def overlapping_words(words: list[Word]) -> list[tuple[Word, Word]]:
    """Every pair of words whose boxes overlap."""
    ordered = sorted(words, key=lambda word: word.left)
    pairs = []
    for index, word in enumerate(ordered):
        for other in ordered[index + 1 :]:
            if other.left >= word.right:
                break
            if word.overlaps(other):
                pairs.append((word, other))
    return pairs


@dataclass(frozen=True, slots=True)
class Page:
    """A page as poppler lays it out: its size in points and every word on it with its box."""

    width: float
    height: float
    words: list[Word]

    def rows(self) -> list[list[Word]]:
        """The words in rows, top to bottom, each row left to right: words whose boxes share
        their vertical middle are on one row, however poppler ordered them (right-to-left
        runs and two columns alike)."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (w.top, w.left)):
            middle = (word.top + word.bottom) / 2
            row = next((r for r in rows if r[0].top <= middle <= r[0].bottom), None)
            if row is None:
                rows.append([word])
            else:
                row.append(word)
        return [sorted(row, key=lambda w: w.left) for row in rows]


PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)


def page_layouts(path: Path) -> list[Page]:
    """Every page with its words and their boxes, by one ``pdftotext -bbox-layout`` over the whole file."""
    xhtml = run("pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-")
    return [
        Page(
            float(width),
            float(height),
            [
                Word(html.unescape(text), float(left), float(top), float(right), float(bottom))
                for left, top, right, bottom, text in WORD.findall(body)
            ],
        )
        for width, height, body in PAGE.findall(xhtml)
    ]
