"""A client with too little data to be sure of anything (the measured defects of SPEC §8):

- Initial (2026-01-12): one manager answering 24 questions and three customers each giving
  the 0-10 recommendation question a 10. The engine says 75.0, "Measured", NPS +100, with
  sections 1.2, 2.1, 2.2 and 2.3 left out of the means because nobody answered them.
- Planned (2026-03-23): three respondents (a manager, an employee, a customer) giving 46 of
  the 198 scored answers expected (23 %): 50.0, "Planned".
"""

from __future__ import annotations

from csmm_desktop.services import assessment, clients

NPS_QUESTION = "2.4.9-1"


def _middle(question) -> str:
    """The middle answer of a scored scale: 3 of 1-5, "partly" (both count 0.5)."""
    choices = [value for value, _label in question.answer_choices()]
    return choices[len(choices) // 2]


def _answer(db, respondent_id: str, questions) -> None:
    for question in questions:
        assessment.set_answer(db, respondent_id, question.id, _middle(question))


def add_sparse_client(db, name: str = "Seyrek Veri Ltd.") -> tuple[str, list[str]]:
    """(client id, [initial snapshot id, planned snapshot id])."""
    client = clients.create_client(db, name)
    first = clients.create_snapshot(db, client.id, "initial", "2026-01-12", consultant="Deniz")
    form = assessment.snapshot_form(db, first.id)
    scored = {role: [q for q in form.questions_for(role) if q.scored] for role in form.role_names}
    manager = assessment.add_respondent(db, first.id, "management")
    in_11 = [q for q in scored["management"] if q.section_id == "1.1"]
    in_13 = [q for q in scored["management"] if q.section_id == "1.3"]
    _answer(db, manager.id, in_11 + in_13[:3])  # 21 + 3 = 24 questions
    for _ in range(3):
        customer = assessment.add_respondent(db, first.id, "client")
        assessment.set_answer(db, customer.id, NPS_QUESTION, "10")

    second = clients.create_snapshot(db, client.id, "planned", "2026-03-23", consultant="Deniz")
    for role, count in (("management", 20), ("employee", 10), ("client", 16)):
        respondent = assessment.add_respondent(db, second.id, role)
        _answer(db, respondent.id, scored[role][:count])
    return client.id, [first.id, second.id]
