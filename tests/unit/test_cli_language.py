"""The command line's messages are English unless `--lang tr`, which renders them with the
compiled translations (QtCore's QTranslator, no QApplication); `report --lang` stays the
report's language."""

import pytest

from csmm_desktop import cli_language
from csmm_desktop.cli import build_parser, main
from csmm_desktop.domain.form import load_form

ENGLISH = "csmm-desktop: No client with id 'nope'."


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def marked(monkeypatch):
    """--lang tr with a stand-in translation that marks every catalogue text it words."""
    asked = []

    def translator(lang):
        asked.append(lang)
        return lambda context, text: f"TR<{text}>" if context == "Messages" else text

    monkeypatch.setattr(cli_language, "translator", translator)
    return asked


def test_messages_are_english_without_lang(capsys, data_dir):
    code, out, err = cli(capsys, data_dir, "snapshots", "nope")
    assert (code, out, err.strip()) == (1, "", ENGLISH)


def test_lang_tr_reads_the_compiled_turkish_translations(capsys, data_dir):
    code, out, err = cli(capsys, data_dir, "--lang", "tr", "snapshots", "nope")
    assert code == 1 and out == ""
    assert err.strip() != ENGLISH and "kodlu" in err  # id.unknown, already translated
    assert err.startswith("csmm-desktop: 'nope' ") and len(err.strip().splitlines()) == 1


def test_lang_tr_words_every_part_of_a_refusal(capsys, data_dir, marked):
    cli(capsys, data_dir, "new-client", "Acme")
    client = cli(capsys, data_dir, "clients")[1].split("\t")[0]
    args = ("new-snapshot", client, "--stage", "initial", "--date", "2026-02-30")
    code, _, err = cli(capsys, data_dir, "--lang", "tr", *args)
    assert code == 1 and marked == ["tr"]
    assert err.strip() == "csmm-desktop: TR<TR<Date> '2026-02-30' does not exist in the calendar.>"
    code, _, err = cli(capsys, data_dir, "--lang", "tr", "snapshots", "nope")
    assert err.strip() == "csmm-desktop: TR<No TR<client> with id 'nope'.>"
    code, _, err = cli(capsys, data_dir, *args)  # English again without --lang
    assert err.strip() == "csmm-desktop: Date '2026-02-30' does not exist in the calendar."


def test_lang_tr_words_a_response_files_problems(capsys, data_dir, tmp_path, marked):
    cli(capsys, data_dir, "new-client", "X")
    client = cli(capsys, data_dir, "clients")[1].split("\t")[0]
    snap = cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    question = next(q for q in load_form().questions_for("client") if q.scale.kind == "nps")
    bad = tmp_path / "bad.csv"
    bad.write_text(f"respondent,role,{question.id}\nC3,client,12\n", encoding="utf-8")
    code, _, err = cli(capsys, data_dir, "--lang", "tr", "import-responses", snap, str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith("csmm-desktop: TR<bad.csv was not imported") and "TR<row 2" in err


def test_report_lang_stays_the_reports_language():
    args = build_parser().parse_args(
        ["--lang", "tr", "report", "ab12", "--lang", "en", "--out", "r.pdf"]
    )
    assert (args.ui_lang, args.lang) == ("tr", "en")
    args = build_parser().parse_args(["report", "ab12", "--lang", "tr", "--out", "r.pdf"])
    assert (args.ui_lang, args.lang) == ("en", "tr")


def test_english_needs_no_translator_and_a_missing_file_falls_back(monkeypatch, tmp_path):
    assert cli_language.translator("en") is None
    monkeypatch.setattr(cli_language, "i18n_path", lambda *parts: tmp_path.joinpath(*parts))
    assert cli_language.translator("tr") is None  # no .qm: the messages stay English


def test_lang_tr_words_a_form_version_that_is_not_there(capsys, data_dir, marked):
    """A form error (a version not stored here) is a catalogue message too, worded in the
    reader's language: it was printed in English whatever --lang said."""
    cli(capsys, data_dir, "new-client", "Acme")
    client = cli(capsys, data_dir, "clients")[1].split("\t")[0]
    args = ("new-snapshot", client, "--stage", "initial", "--form", "BANK-9.9")
    code, _, err = cli(capsys, data_dir, "--lang", "tr", *args)
    assert code == 1
    assert err.strip().startswith("csmm-desktop: TR<Form version BANK-9.9 is not available")
    code, _, err = cli(capsys, data_dir, *args)
    assert err.strip().startswith("csmm-desktop: Form version BANK-9.9 is not available")
