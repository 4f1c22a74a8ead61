"""A response file's rows read at once (response_file._Columns) hold what the questions'
own parser makes of each cell, whatever mix of usual and unusual spellings a row has."""

import csv
import random

from csmm_desktop.domain.form import AnswerError, load_form
from csmm_desktop.domain.response_file import ResponseReader
from csmm_desktop.domain.text import clean_text


def _cell(rng, question):
    kind = question.scale.kind
    if kind == "text":
        return rng.choice(["", "Daha hızlı", "  boşluklu  ", "   ", "na"])
    choices = [v for v, _ in question.answer_choices()]
    labels = [label["en"] for _v, label in question.answer_choices()]
    spellings = ["", "", rng.choice(choices), rng.choice(choices), "na", "N/A", " n/a "]
    if kind not in ("ordinal", "nps"):
        spellings += [rng.choice(labels), rng.choice(labels).upper()]
    else:
        spellings += [f" {rng.choice(choices)} "]
    return rng.choice(spellings)


def _expected(question, raw):
    if not raw:
        return None
    if question.scale.kind == "text":
        return clean_text(raw) or None
    try:
        return question.parse(clean_text(raw))
    except AnswerError:
        raise AssertionError(f"the test made a wrong cell: {raw!r}") from None


def test_rows_hold_what_each_cell_parses_to(tmp_path):
    form = load_form()
    rng = random.Random(7)
    questions = list(form.questions.values())
    path = tmp_path / "r.csv"
    expected = {}
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["respondent", "role", *(q.id for q in questions)])
        for n in range(300):
            role = rng.choice(["management", "employee", "client"])
            row, answers = [f"R{n}", role], {}
            for q in questions:
                raw = _cell(rng, q) if role in q.roles else ""
                row.append(raw)
                value = _expected(q, raw)
                if value:
                    answers[q.id] = value
            expected[f"R{n}"] = answers
            out.writerow(row)
    with ResponseReader(path, form) as reader:
        got = {row.respondent: row.answers for row in reader.rows()}
        reader.result()
    assert got == expected
    assert all(list(got[r]) == list(expected[r]) for r in got)  # in the file's column order
