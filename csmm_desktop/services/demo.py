"""The bundled demo client: four snapshots from Initial to Optimized, with answers.

Answers are generated from a fixed seed, so the demo is the same on every machine,
and adding it twice changes nothing (ids are derived from fixed names).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from csmm_desktop.config import resource_path
from csmm_desktop.domain.form import Form, Question, load_form
from csmm_desktop.services.common import now
from csmm_desktop.store.keys import next_respondent_key, stamp_seconds

if TYPE_CHECKING:
    from sqlite_utils import Database

DEMO_NAMESPACE = uuid.UUID("6f1f6c2e-4b8e-4a4e-9c53-2d1c0de5a7a1")
DEMO_CLIENT_ID = str(uuid.uuid5(DEMO_NAMESPACE, "client"))


def _id(*parts: object) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(map(str, parts))))


def demo_spec() -> dict:
    return json.loads(resource_path("demo", "demo_client.json").read_text(encoding="utf-8"))


@cache  # seeding a Random is a third of adding the demo: once per topic, not per answer
def _topic_offset(topic_id: str) -> float:
    """A fixed strength or weakness per topic, so the demo has a shape (-0.15..0.15)."""
    return (random.Random(topic_id).random() - 0.5) * 0.3


def _answer(q: Question, mean: float, rng: random.Random, feedback: list[str]) -> str | None:
    kind = q.scale.kind
    if kind == "text":
        return rng.choice(feedback) if feedback and rng.random() < 0.35 else None
    if rng.random() < 0.03:
        return None  # left blank
    if rng.random() < 0.04:
        return "na"
    level = min(1.0, max(0.0, rng.gauss(mean, 0.2)))
    if kind == "ordinal":
        return str(1 + round(level * 4))
    if kind == "nps":
        return str(round(min(1.0, max(0.0, rng.gauss(mean + 0.05, 0.2))) * 10))
    if kind == "categorical":
        return "yes" if level > 0.66 else "partly" if level > 0.33 else "no"
    return rng.choice(q.options).id  # choice


def add_demo(db: Database, progress: Callable[[int, str], None] | None = None) -> tuple[str, bool]:
    """Add the demo client; returns (client id, whether it was added now)."""
    if db.execute("SELECT 1 FROM clients WHERE id = ?", [DEMO_CLIENT_ID]).fetchone():
        return DEMO_CLIENT_ID, False
    progress = progress or (lambda pct, msg: None)
    spec = demo_spec()
    form: Form = load_form()
    stamp = now()
    snapshots = spec["snapshots"]
    made: list[tuple[str, str, str]] = []
    with db.atomic():
        db.table("clients").insert(
            {"id": DEMO_CLIENT_ID, **spec["client"], "created_at": stamp, "updated_at": stamp}
        )
        for s_index, snap in enumerate(snapshots):
            progress(int(100 * s_index / len(snapshots)), snap["stage"])
            sid = _id("snapshot", snap["stage"])
            made.append((sid, snap["stage"], snap["date"]))
            db.table("snapshots").insert(
                {
                    "id": sid,
                    "client_id": DEMO_CLIENT_ID,
                    "stage": snap["stage"],
                    "date": snap["date"],
                    "form_version": form.version,
                    "consultant": spec["consultant"],
                    "notes": snap["notes"],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            rng = random.Random(f"demo-{snap['stage']}")
            respondents, answers = [], []
            key = next_respondent_key(db.conn) - 1  # the last key given (store/keys.py)
            seconds = stamp_seconds(stamp)
            for role, count in spec["respondents"].items():
                feedback = spec["open_feedback"].get(role, [])
                for n in range(1, count + 1):
                    rid = _id("respondent", snap["stage"], role, n)
                    code = f"{role[0].upper()}-{n:02d}"
                    key += 1
                    respondents.append((key, rid, sid, role, "", code, stamp, stamp))
                    # employees see things a little less rosy than management
                    bias = {"management": 0.06, "employee": -0.06, "client": 0.0}[role]
                    for q in form.questions_for(role):
                        mean = snap["base"] + bias + _topic_offset(q.topic_id)
                        value = _answer(q, mean, rng, feedback)
                        if value is not None:
                            answers.append((key, q.id, value, seconds))
            db.conn.executemany(
                "INSERT INTO respondents (key, id, snapshot_id, role, name, code, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                respondents,
            )
            db.conn.executemany(
                "INSERT INTO answers (respondent_key, question_id, value, updated_at) "
                "VALUES (?, ?, ?, ?)",
                answers,
            )
        progress(90, "engagement")
        from csmm_desktop.services.demo_engagement import add_demo_engagement  # uses our ids

        add_demo_engagement(db, DEMO_CLIENT_ID, made)
        from csmm_desktop.services.demo_cxboard import add_demo_cxboard

        add_demo_cxboard(db, DEMO_CLIENT_ID, made)
    progress(100, "done")
    return DEMO_CLIENT_ID, True
