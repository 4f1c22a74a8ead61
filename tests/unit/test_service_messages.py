"""What the services refuse reaches the user in the user's language: every refusal is a
catalogue Message (code + arguments), its places and fields are Messages too, and no
error a user can see is built from an English string."""

import ast
from pathlib import Path

import pytest

import csmm_desktop
from csmm_desktop import messages
from csmm_desktop.domain.form import AnswerError, load_form
from csmm_desktop.messages import Message, UserError
from csmm_desktop.services import assessment, clients, cxboard, engagement
from csmm_desktop.services.clients import InputError
from csmm_desktop.store.errors import NotFoundError

ROOT = Path(csmm_desktop.__file__).resolve().parent
ERROR_BASES = {"UserError"}

# Calls that may build a user-visible error from a plain string. Keep it empty: an entry
# needs a comment saying why the text can never reach a user in the wrong language.
ALLOWED: set[tuple[str, int]] = set()


def tr(context, text):
    """A stand-in translation: marks every catalogue text it is asked for."""
    assert context == "Messages"
    return f"TR<{text}>"


def plain_text(node: ast.AST) -> bool:
    """Whether `node` builds text in place: "…", f"…", "…" + x, "…".format(), "…" % x."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return plain_text(node.left) or plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and plain_text(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):  # ResponseFileError(path, [problems])
        return any(plain_text(e) for e in node.elts)
    return False


def user_error_names(trees: dict[Path, ast.AST]) -> set[str]:
    """UserError and every class that derives from it, by name, across the package."""
    names = set(ERROR_BASES)
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in names and bases & names:
                names.add(cls.name)
                grew = True
    return names


def plain_errors(trees: dict[Path, ast.AST]) -> list[tuple[str, int, str]]:
    names = user_error_names(trees)
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            values = [*node.args, *(k.value for k in node.keywords)]
            if name in names and any(plain_text(v) for v in values):
                found.append((str(path), node.lineno, name))
    return found


def parse(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_no_user_error_is_built_from_a_plain_string():
    trees = {
        p.relative_to(ROOT): parse(p) for p in sorted(ROOT.rglob("*.py")) if "forms" not in p.parts
    }
    names = user_error_names(trees)
    assert {"InputError", "NotFoundError", "ResponseFileError", "CxRuleError"} <= names
    found = [f for f in plain_errors(trees) if (f[0], f[1]) not in ALLOWED]
    assert found == []


def test_the_scan_finds_every_way_of_building_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class UserError(Exception): ...\n"
        "class InputError(UserError, ValueError): ...\n"
        "class Mine(InputError): ...\n"
        "raise InputError(f'{x} is empty.')\n"
        "raise NotAnError('fine')\n"
        "raise Mine('plain')\n"
        "raise errors.InputError('A' + b)\n"
        "raise UserError('{}'.format(x))\n"
        "raise Mine(path, ['a problem'])\n"
        "raise InputError(message('input.empty', what=w))\n"
    )
    lines = [line for _path, line, _name in plain_errors({sample: parse(sample)})]
    assert lines == [4, 6, 7, 8, 9]


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    return client, clients.create_snapshot(db, client.id, "planned", "2026-03-23")


def refusals(db, client_id, snapshot_id):
    """A refusal of each kind the services make, as the screens and the CLI meet them."""
    action = engagement.add_action(db, client_id, "Call back")
    kpi = engagement.add_kpi(db, client_id, "FCR")
    respondent = assessment.add_respondent(db, snapshot_id, "client")
    question = next(q for q in load_form().questions_for("client") if q.scale.kind == "nps")
    meeting = cxboard.record_meeting(db, client_id, "2026-07-06", "project_review", 60)
    return {
        "input.empty": lambda: engagement.update_action(db, action.id, title="  "),
        "input.too_long": lambda: engagement.add_action(db, client_id, "x" * 301),
        "input.not_a_number": lambda: engagement.update_kpi(db, kpi.id, target="lots"),
        "input.no_such_day": lambda: clients.create_snapshot(
            db, client_id, "initial", "2026-02-30"
        ),
        "input.bad_date": lambda: engagement.add_workshop(db, snapshot_id, "next week"),
        "input.unknown": lambda: engagement.update_action(db, action.id, status="finished"),
        "input.whole_number": lambda: engagement.update_action(db, action.id, cycle=100),
        "input.bad_period": lambda: cxboard.record_survey_nps(db, client_id, "2026-13", [1] * 11),
        "input.not_a_topic": lambda: engagement.update_action(db, action.id, topic_id="9.9"),
        "input.rule": lambda: cxboard.update_meeting(db, meeting.id, kind="metrics"),
        "id.unknown": lambda: engagement.get_action(db, "no-such-id"),
        "client.no_name": lambda: clients.create_client(db, " "),
        "kpi.name_taken": lambda: engagement.add_kpi(db, client_id, "fcr"),
        "respondent.no_name": lambda: assessment.rename_respondent(db, respondent.id, "", ""),
        "answer.invalid": lambda: assessment.set_answer(db, respondent.id, question.id, "11"),
        "answer.not_for_role": lambda: assessment.set_answer(db, respondent.id, "1.1.1-1", "3"),
    }


def message_tree(msg: Message):
    yield msg
    for value in msg.args.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, Message):
                yield from message_tree(item)


def test_every_refusal_is_a_message_whose_every_part_translates(db, acme):
    client, snap = acme
    for code, refuse in refusals(db, client.id, snap.id).items():
        with pytest.raises(UserError) as caught:
            refuse()
        error = caught.value
        assert isinstance(error, (InputError, NotFoundError)), code
        assert error.code == code
        for part in message_tree(error.msg):
            assert part.code in messages.CATALOGUE, (code, part.code)
        assert error.render(tr).startswith("TR<"), code


def test_places_and_fields_are_worded_by_the_translation(db, acme):
    client, _snap = acme
    action = engagement.add_action(db, client.id, "Call back")
    with pytest.raises(InputError) as caught:
        engagement.add_action_feedback(db, action.id, " ")
    assert str(caught.value) == "Action 'Call back': the feedback is empty."
    assert caught.value.render(tr) == "TR<TR<TR<Action 'Call back'>: TR<the feedback>> is empty.>"
    with pytest.raises(NotFoundError) as caught:
        engagement.get_kpi(db, "gone")
    assert str(caught.value) == "No KPI with id 'gone'."
    assert caught.value.render(tr) == "TR<No TR<KPI> with id 'gone'.>"


def test_what_the_user_typed_stays_as_typed(db, acme):
    client, _snap = acme
    kpi = engagement.add_kpi(db, client.id, "İlk temasta çözüm")
    with pytest.raises(InputError) as caught:
        engagement.update_kpi(db, kpi.id, target="yüksek")
    text = caught.value.render(tr)
    assert "'yüksek'" in text and "İlk temasta çözüm" in text
    assert str(caught.value) == "KPI 'İlk temasta çözüm': the target 'yüksek' is not a number."


def test_an_answer_a_question_refuses_says_what_it_expects():
    form = load_form()
    scale = next(q for q in form.questions.values() if q.scale.kind == "ordinal")
    choice = next(q for q in form.questions.values() if q.scale.kind == "categorical")
    with pytest.raises(AnswerError) as caught:
        scale.parse("7")
    assert caught.value.code == "answer.expected_number"
    assert str(caught.value) == "expected a whole number from 1 to 5 or 'na'"
    with pytest.raises(ValueError) as caught:  # an AnswerError is a ValueError
        choice.parse("maybe")
    assert caught.value.code == "answer.expected_choice"
    assert str(caught.value) == "expected one of: yes, partly, no, or 'na'"


def test_a_board_rule_names_the_meeting_kind_in_the_readers_language(db, acme):
    client, _snap = acme
    with pytest.raises(InputError) as caught:
        cxboard.record_meeting(db, client.id, "2026-07-06", "metrics", 60)
    assert str(caught.value) == (
        "Board meeting of 2026-07-06: a Metrics meeting lasts 75 to 90 minutes; 60 is outside "
        "that range."
    )
    assert "TR<Metrics>" in caught.value.render(tr)
