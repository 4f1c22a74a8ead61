"""Time `score()` alone (no store) on 2,000, 20,000 and 100,000 generated respondents.

The answers are made in memory the way benchmarks/import_and_score.py writes its file
(70 % clients, 22.5 % employees, 7.5 % management; 5 % blanks, 3 % N/A).
Usage: python benchmarks/scoring_scale.py [N ...]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.domain.form import NA, load_form  # noqa: E402
from csmm_desktop.domain.scoring import score  # noqa: E402


def make(n: int) -> tuple[list[tuple[str, str]], dict[str, dict[str, str]]]:
    form = load_form()
    rng = random.Random(1)
    pattern = ["client"] * 28 + ["employee"] * 9 + ["management"] * 3
    choices = {
        role: [(q.id, [v for v, _ in q.answer_choices()]) for q in form.questions_for(role)]
        for role in form.role_names
    }
    respondents, answers = [], {}
    for i in range(n):
        rid, role = f"R{i:06d}", pattern[i % len(pattern)]
        respondents.append((rid, role))
        mine = {}
        for qid, values in choices[role]:
            if not values or rng.random() < 0.05:
                continue
            mine[qid] = NA if rng.random() < 0.03 else rng.choice(values)
        answers[rid] = mine
    return respondents, answers


def main() -> None:
    form = load_form()
    sizes = [int(a) for a in sys.argv[1:]] or [2000, 20000, 100000]
    for n in sizes:
        respondents, answers = make(n)
        runs = []
        for _ in range(3 if n > 20000 else 5):
            t0 = time.perf_counter()
            scores = score(form, respondents, answers)
            runs.append(time.perf_counter() - t0)
        ci = getattr(getattr(scores, "confidence", None), "overall_ci", None)
        print(
            f"{n:>7} respondents: score() best {min(runs):.3f} s, "
            f"median {sorted(runs)[len(runs) // 2]:.3f} s; overall {scores.overall:.2f}, ci {ci}"
        )


if __name__ == "__main__":
    main()
