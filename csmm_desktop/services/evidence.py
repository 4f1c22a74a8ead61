"""The evidence behind a snapshot's scores: per question and role, how many respondents gave
each answer of a five-point scale (1-5), how many answered N/A, and n, read in one SQL
pass (answers joined to their respondents, counted by question, role and value).

Only questions on five-point ordinal scales are counted (yes/partly/no, NPS, choice and
open questions have other answers). Rows follow the form's order, then its roles'. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import numbers

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.domain.form import Form

POINTS = ("1", "2", "3", "4", "5")
NA = "na"


@dataclass(frozen=True)
class Distribution:
    question_id: str
    role: str
    counts: tuple[int, int, int, int, int]  # respondents who answered 1, 2, 3, 4, 5
    na: int  # who answered N/A
    n: int  # who answered at all (1-5 and N/A)

    def na_share(self, lang: str) -> str:
        """The share of N/A answers as shown: "12%" / "%12"."""
        return numbers.share(self.na / self.n if self.n else None, lang)


def five_point(form: Form) -> list[str]:
    """The ids of the form's questions on a five-point scale, in the form's order."""
    return [
        q.id
        for q in form.questions.values()
        if q.scale.kind == "ordinal" and tuple(v.value for v in q.scale.values) == POINTS
    ]


def distributions(db: Database, snapshot_id: str, form: Form) -> list[Distribution]:
    """Every (question, role) of the snapshot with at least one answer, in form order."""
    counted: dict[tuple[str, str], dict[str, int]] = {}
    rows = db.execute(
        "SELECT a.question_id, r.role, a.value, COUNT(*) FROM answers a "
        "JOIN respondents r ON r.key = a.respondent_key WHERE r.snapshot_id = ? "
        "GROUP BY a.question_id, r.role, a.value",
        [snapshot_id],
    )
    for question_id, role, value, count in rows:
        counted.setdefault((question_id, role), {})[value] = count
    roles = list(form.role_names)
    found = []
    for qid in five_point(form):
        for role in sorted(form.questions[qid].roles, key=roles.index):
            values = counted.get((qid, role))
            if not values:
                continue
            counts = tuple(values.get(p, 0) for p in POINTS)
            na = values.get(NA, 0)
            if sum(counts) + na:
                found.append(Distribution(qid, role, counts, na, sum(counts) + na))  # type: ignore[arg-type]
    return found
