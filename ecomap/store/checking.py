"""``ecomap check store:REF``: prove a case in the team store is whole and unaltered, as for a file."""

import json

from ecomap.casefile.check import CHECKED_COLUMNS, CheckReport, check_version_rows, plan_problem
from ecomap.model.canonical import map_from_dict
from ecomap.model.errors import ModelError
from ecomap.store.team_case import StoreCase


def check_store_case(case: StoreCase) -> CheckReport:
    """Every version against the hash chain and the model's rules, the summary columns, the draft,
    and the case row's head against the last version (the server's own record of the chain)."""
    report = CheckReport(protection="")
    rows = case.query(f"SELECT {CHECKED_COLUMNS} FROM ecomap.versions WHERE case_id = %s ORDER BY number")
    check_version_rows(rows, report)
    head = case.query("SELECT versions, head_sha256 FROM ecomap.cases WHERE id = %s")
    if head and tuple(head[0]) != (report.versions, report.head_sha256):
        report.problems.append("the case's recorded head does not match its last version (hash chain broken)")
    draft = case.query("SELECT based_on, body FROM ecomap.drafts WHERE case_id = %s")
    if draft:
        report.has_draft = True
        based_on, body = draft[0]
        if based_on is not None and not 1 <= based_on <= report.versions:
            report.problems.append(f"draft: based on version {based_on}, which does not exist")
        try:
            data = json.loads(bytes(body))
            problem = plan_problem(data)
            if problem:
                report.problems.append(f"draft: its plan cannot be read ({problem})")
            else:
                map_from_dict(data)
        except (ValueError, KeyError, TypeError, ModelError) as error:
            report.problems.append(f"draft: cannot be read ({error})")
    return report
