"""A three-version case with a plan at each version, for the plan commands' tests (a format-2 document).

Lee's plan has actions about ties (one drawn later, one never), people, a
kind of capital, an area of life and nothing; between the versions ties
appear, strengthen, weaken, stay the same and end, so that the review of
§14 meets every movement.
"""

from typing import Any

LEE = {"id": "lee", "label": "Lee", "kind": "client"}
MUM = {"id": "mum", "label": "Mum", "kind": "person", "domain": "family", "x": 0.0, "y": -150.0}
GARY = {"id": "gary", "label": "Gary (peer mentor)", "kind": "person", "domain": "friends", "x": 150.0, "y": -50.0}
CAFE = {"id": "cafe", "label": "Recovery café", "kind": "group", "domain": "community", "x": -200.0, "y": 100.0}
TUTOR = {"id": "tutor", "label": "College tutor", "kind": "person", "domain": "work_education", "x": -100.0, "y": 250.0}
GP = {"id": "gp", "label": "GP", "kind": "organisation", "domain": "services", "x": 250.0, "y": 200.0}

CAFE_WITH_GARY = "Go to the recovery café on Thursday with Gary"


def tie(source: str, target: str, capital: str, strength: str, stressful: bool = False) -> dict[str, Any]:
    return {"source": source, "target": target, "capital": capital, "strength": strength, "stressful": stressful}


def action(action_id: str, text: str, about: dict[str, Any] | None, **fields: Any) -> dict[str, Any]:
    return {"id": action_id, "text": text, "about": about, **fields}


def story() -> dict[str, Any]:
    """The document: start of order, 3-month review, 6-month review."""
    first_plan = [
        action("a1", CAFE_WITH_GARY, {"tie": ["lee", "cafe"]}, owner="Lee", due="2026-02-01"),
        action("a2", "Ring Mum on Sundays", {"node": "mum"}, owner="Lee"),
        action("a3", "Meet the college tutor", {"node": "tutor"}, owner="Sam", due="2026-03-01"),
        action("a4", "Look for a club or a course", {"capital": "bridging"}),
        action("a5", "Ask about work experience", {"domain": "work_education"}),
        action("a6", "Talk over how the week went", None, status="doing"),
        action("a7", "See the GP about sleep", {"node": "gp"}),
        action("a8", "Keep seeing Gary", {"node": "gary"}, owner="Gary"),
        action("a9", "Introduce Mum to Gary", {"tie": ["mum", "gary"]}),
    ]
    second_plan = [
        {**first_plan[0], "status": "done", "outcome": "Goes every week", "due": None},
        {**first_plan[1], "status": "doing"},
        {**first_plan[2], "status": "done"},
        {**first_plan[3], "status": "done"},
        {**first_plan[4], "status": "dropped"},
        first_plan[5],
        {**first_plan[6], "status": "done"},
        {**first_plan[7], "status": "doing"},
        first_plan[8],
        action("a10", "=Join the boxing club", {"domain": "community"}, owner="Lee", due="2026-05-01"),
    ]
    third_plan = [
        {**second_plan[7], "status": "dropped"},
        {**second_plan[8], "status": "done"},
        {**second_plan[9], "status": "doing"},
        action("a11", "Café with Mum", {"tie": ["lee", "cafe"]}),
    ]
    return {
        "format": "ecomap",
        "format_version": 2,
        "case": {"reference": "P-14", "client": "Lee", "worker": "Sam"},
        "versions": [
            {
                "label": "Start of order",
                "date": "2026-01-12",
                "map": {
                    "nodes": [LEE, MUM, GARY, CAFE, TUTOR, GP],
                    "ties": [
                        tie("lee", "mum", "bonding", "strong"),
                        tie("lee", "gary", "bridging", "moderate"),
                        tie("lee", "tutor", "linking", "tenuous"),
                        tie("lee", "gp", "linking", "tenuous"),
                        tie("mum", "gp", "linking", "moderate"),
                    ],
                },
                "plan": first_plan,
            },
            {
                "label": "3-month review",
                "date": "2026-04-12",
                "map": {
                    "nodes": [LEE, MUM, GARY, CAFE, TUTOR, GP],
                    "ties": [
                        tie("lee", "mum", "bonding", "moderate"),
                        tie("lee", "gary", "bridging", "moderate"),
                        tie("lee", "cafe", "bridging", "strong"),
                        tie("lee", "tutor", "linking", "moderate"),
                    ],
                },
                "plan": second_plan,
            },
            {
                "label": "6-month review",
                "date": "2026-07-01",
                "map": {
                    "nodes": [LEE, MUM, GARY, CAFE],
                    "ties": [
                        tie("lee", "mum", "bonding", "moderate", stressful=True),
                        tie("lee", "cafe", "bridging", "strong"),
                        tie("mum", "gary", "bonding", "tenuous"),
                    ],
                },
                "plan": third_plan,
            },
        ],
    }


def full(item: dict[str, Any]) -> dict[str, Any]:
    """An action of the document with every default written out, as the commands print it."""
    return {"owner": "", "due": None, "status": "planned", "outcome": "", **item}
