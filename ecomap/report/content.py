"""What a summary says, worked out before anything is drawn: versions chosen, measures, changes, highlights.

Plain Python over the model (networkx for the measures, no reportlab), so
what the PDF states can be tested without reading a PDF.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ecomap.language import translate
from ecomap.model import change_words as words
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.case import today as today_local
from ecomap.model.changes import Change, ChangeKind, describe_changes
from ecomap.model.dates import written_date
from ecomap.model.enums import Capital
from ecomap.model.metrics import MapMetrics, measure
from ecomap.model.network import EcoMap
from ecomap.report.options import ReportError, ReportOptions
from ecomap.report.plan_content import PlanReview, plan_review, plan_texts
from ecomap.report.redact import pseudonymised_for_report

HIGHLIGHTS = 5
"""How many changes page 1 names."""

_HIGHLIGHT_ORDER: tuple[tuple[ChangeKind, ...], ...] = (
    (ChangeKind.NEW_TIE, ChangeKind.NEW_PERSON),
    (ChangeKind.ENDED_TIE, ChangeKind.GONE_PERSON),
    (ChangeKind.STRONGER,),
    (ChangeKind.WEAKER,),
    (ChangeKind.STRESS_BEGAN, ChangeKind.STRESS_ENDED),
    (ChangeKind.RETYPED,),
)
"""Page 1 takes changes from these headings in turn (new, ended, stronger, weaker, stress, re-typed),
so one kind does not crowd out the rest. By kind, not by the heading's words, which are translated."""
_REACHING_OUT = (Capital.BRIDGING, Capital.LINKING)
"""New bridging and linking ties come first among new ties: the client reaching beyond the family."""


@dataclass(frozen=True, slots=True)
class IncludedVersion:
    """One version in the summary, with its number in the case file and its measures."""

    number: int
    version: Version
    metrics: MapMetrics

    @property
    def title(self) -> str:
        """``"Version 2: 3-month review"`` (or just ``"Version 2"`` without a label)."""
        if self.version.label:
            return translate("PdfContent", "Version {number}: {label}").format(
                number=self.number, label=self.version.label
            )
        return translate("PdfContent", "Version {number}").format(number=self.number)


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything the pages show; the case is already pseudonymised if that was asked for."""

    details: CaseDetails
    included: tuple[IncludedVersion, ...]
    since_previous: tuple[Change, ...]
    since_first: tuple[Change, ...]
    highlights: tuple[Change, ...]
    pseudonymised: bool
    notes_left_out: bool
    generated_on: str
    plan: PlanReview
    """The "Plan and review" section: the latest plan, what became of earlier actions, the prompts."""

    @property
    def first(self) -> IncludedVersion:
        return self.included[0]

    @property
    def latest(self) -> IncludedVersion:
        return self.included[-1]

    @property
    def previous(self) -> IncludedVersion:
        return self.included[-2] if len(self.included) > 1 else self.included[0]

    @property
    def period(self) -> str:
        """``"12 Jan 2026 to 13 Jul 2026"``, or the one date."""
        first, last = written_date(self.first.version.date), written_date(self.latest.version.date)
        return first if first == last else translate("PdfContent", "{first} to {last}").format(first=first, last=last)


def choose_numbers(total: int, wanted: Sequence[int] | None) -> list[int]:
    """The version numbers to include, in order: all, or ``wanted`` checked against ``total``."""
    if total == 0:
        raise ReportError(None, translate("PdfContent", "the case has no saved versions to summarise"))
    if wanted is None:
        return list(range(1, total + 1))
    numbers = sorted(set(wanted))
    if not numbers:
        raise ReportError(None, translate("PdfContent", "no versions were chosen"))
    missing = [n for n in numbers if not 1 <= n <= total]
    if missing:
        if total == 1:
            said = translate("PdfContent", "the case has no version {number} (it has only version 1)")
        else:
            said = translate("PdfContent", "the case has no version {number} (it has {total}: 1 to {total})")
        raise ReportError(None, said.format(number=missing[0], total=total))
    return numbers


def prepare(
    case: Case, options: ReportOptions, *, today: str | None = None, step: Callable[[], None] | None = None
) -> ReportContent:
    """The content of the summary of ``case`` as ``options`` ask; ``step`` is called as each version is measured."""
    numbers = choose_numbers(len(case.versions), options.versions)
    chosen = Case(details=case.details, versions=[case.versions[n - 1] for n in numbers])
    if options.pseudonymise:
        chosen = pseudonymised_for_report(chosen, keep_notes=options.keep_notes, keep_reference=options.keep_reference)
    measured = []
    for number, version in zip(numbers, chosen.versions, strict=True):
        measured.append(IncludedVersion(number, version, measure(version.map)))
        if step:
            step()
    included = tuple(measured)
    first, latest = included[0].version.map, included[-1].version.map
    previous = included[-2].version.map if len(included) > 1 else first
    since_first = tuple(describe_changes(first, latest))
    generated = options.generated_on or (included[-1].version.date if options.invariant else None)
    return ReportContent(
        details=chosen.details,
        included=included,
        since_previous=tuple(describe_changes(previous, latest)),
        since_first=since_first,
        highlights=tuple(pick_highlights(since_first, later=latest)),
        pseudonymised=options.pseudonymise,
        notes_left_out=options.pseudonymise and not options.keep_notes,
        generated_on=generated or today or today_local(),
        plan=plan_review([(v.number, v.version) for v in included]),
    )


def pick_highlights(changes: Sequence[Change], count: int = HIGHLIGHTS, *, later: EcoMap | None = None) -> list[Change]:
    """The changes page 1 names: one from each heading in turn (new, ended, stronger, ...).

    Within a heading, ties come before people (a new person usually arrives
    with a new tie that already names them), bridging and linking before
    bonding, and otherwise the order the model lists them in. A new tie's capital is read off
    ``later`` (the map the changes lead to) where given, else off its sentence.
    """
    queues: list[list[Change]] = [[] for _kinds in _HIGHLIGHT_ORDER]
    heading_of = {kind: index for index, kinds in enumerate(_HIGHLIGHT_ORDER) for kind in kinds}
    openings = tuple(words.new_tie_opening(capital) for capital in _REACHING_OUT)
    for change in sorted(changes, key=lambda change: _weight(change, openings, later)):
        if change.kind in heading_of:
            queues[heading_of[change.kind]].append(change)
    named: set[str] = set()
    picked: list[Change] = []
    while len(picked) < count and any(queues):
        for queue in queues:
            while queue:
                change = queue.pop(0)
                person_only = change.kind in (ChangeKind.NEW_PERSON, ChangeKind.GONE_PERSON)
                if person_only and named.issuperset(change.node_ids):
                    continue
                picked.append(change)
                named.update(change.node_ids)
                break
            if len(picked) == count:
                break
    return picked


def _weight(change: Change, openings: tuple[str, ...], later: EcoMap | None) -> tuple[int, int]:
    """People after ties; new bridging and linking ties before the rest (the tie's capital read off
    ``later``, or else its sentence begins with one of ``openings``, in the sentences' language)."""
    person = change.kind in (ChangeKind.NEW_PERSON, ChangeKind.GONE_PERSON)
    reaching_out = False
    if change.kind is ChangeKind.NEW_TIE:
        tie = later.tie_between(*change.pair) if later is not None and change.pair and len(change.pair) == 2 else None
        reaching_out = tie.capital in _REACHING_OUT if tie is not None else change.sentence.startswith(openings)
    return (int(person), 0 if reaching_out else 1)


def printed_texts(content: ReportContent) -> Iterator[str]:
    """Every user string the summary prints: case details, version labels, names, and the notes it keeps."""
    details = content.details
    yield from (details.reference, details.client, details.worker)
    notes = not content.notes_left_out
    if notes:
        yield details.notes
    for included in content.included:
        version = included.version
        yield version.label
        for node in version.map.nodes:
            yield node.label
            if notes:
                yield node.notes
        if notes:
            yield version.note
            yield from (tie.notes for tie in version.map.ties)
    yield from plan_texts([included.version for included in content.included])
