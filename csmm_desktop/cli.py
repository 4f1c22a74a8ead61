"""The command line: the same services the windows use, for scripting and checks.

Errors are one line on stderr and a non-zero exit; no traceback reaches the user.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop import APP_ID, __version__
from csmm_desktop.config import resolve_data_dir
from csmm_desktop.messages import Translate, UserError, render
from csmm_desktop.store.errors import NotFoundError, StoreError

if TYPE_CHECKING:
    import argparse

    from csmm_desktop.services.presentation import ScoreView

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_STORE = 3

COMMANDS = (
    "demo",
    "clients",
    "new-client",
    "snapshots",
    "new-snapshot",
    "form",
    "forms",
    "form-export",
    "form-import",
    "import-responses",
    "scores",
    "compare",
    "report",
    "export-xlsx",
    "export",
    "import",
    "conflicts",
    "applicability",
)
# The password of a bundle for scripts (export/import --password read it from here instead
# of asking); never given on the command line, where other users' `ps` would see it.
PASSWORD_ENV = "CSMM_BUNDLE_PASSWORD"
REPORT_KINDS = ("snapshot", "progress", "action-plan", "blank-form", "deck")


def build_parser() -> argparse.ArgumentParser:

    from csmm_desktop.domain.levels import STAGE_KEYS

    parser = _Parser(
        prog=APP_ID,
        description="CSMM Desktop: Customer Service Maturity Model assessments. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="the data folder (default: the user's data folder)"
    )
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        default="en",
        choices=("en", "tr"),
        help="the language of the messages (errors) the commands print (default: en); "
        "a report's own language is report --lang",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the app, wait until the first screen is painted, quit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("demo", help="add the bundled demo client (idempotent)")
    sub.add_parser("clients", help="id and name of each client")
    p = sub.add_parser("new-client", help="add a client; prints its id")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("snapshots", help="id, stage and date of each snapshot of a client")
    p.add_argument("client", metavar="CLIENT", help="client id (or a unique start of it)")
    p = sub.add_parser("new-snapshot", help="add a snapshot; prints its id")
    p.add_argument("client", metavar="CLIENT")
    p.add_argument("--stage", required=True, choices=STAGE_KEYS)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--consultant", default="")
    p.add_argument(
        "--form",
        dest="form_version",
        metavar="VERSION",
        help="the form version to answer (default: the newest bundled one; see `forms`)",
    )
    p = sub.add_parser("form", help="the Maturity Assessment Form")
    p.add_argument("--json", action="store_true", help="one object per question, as JSON")
    p.add_argument(
        "--version", dest="form_version", metavar="V", help="form version (default: the newest)"
    )
    sub.add_parser("forms", help="the form versions: bundled and custom (imported)")
    p = sub.add_parser(
        "form-export", help="write a form version as an XLSX workbook to author a custom form"
    )
    p.add_argument("version", metavar="VERSION")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p = sub.add_parser(
        "form-import",
        help="check a form workbook and store it as a new form version; prints the version",
    )
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument(
        "--version",
        dest="form_version",
        metavar="V",
        help="the version to store it as (default: the one on its sheet 'settings')",
    )
    p.add_argument("--check", action="store_true", help="only check the workbook; store nothing")
    p = sub.add_parser("import-responses", help="import a CSV or XLSX response file")
    p.add_argument("snapshot", metavar="SNAPSHOT")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace the respondents the file names that are already in the snapshot "
        "(their answers are deleted); without it they are refused",
    )
    p = sub.add_parser("scores", help="the scores of a snapshot")
    p.add_argument("snapshot", metavar="SNAPSHOT")
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p = sub.add_parser(
        "compare",
        help="two snapshots' scores side by side, through the crosswalk when their form "
        "versions differ",
    )
    p.add_argument("snapshot", metavar="SNAPSHOT", help="the reference (its form's ids)")
    p.add_argument("other", metavar="OTHER", help="the snapshot compared with it")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p = sub.add_parser("report", help="write a PDF report of a snapshot; prints its path")
    p.add_argument("snapshot", metavar="SNAPSHOT")
    p.add_argument("--lang", required=True, choices=("tr", "en"), help="the report's language")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--kind", default="snapshot", choices=REPORT_KINDS)
    p.add_argument("--page-size", default="a4", type=str.lower, choices=("a4", "letter"))
    p.add_argument(
        "--final",
        action="store_true",
        help="mark the snapshot report final (default: draft); its version is the one set "
        "for the snapshot, printing changes nothing",
    )
    p.add_argument(
        "--with-checklist",
        action="store_true",
        help="add the stage checklist to the snapshot report (for the consultant's file)",
    )
    p.add_argument(
        "--bilingual",
        action="store_true",
        help="set the snapshot report's executive summary or the action plan in Turkish and "
        "English side by side (--lang comes first)",
    )
    p.add_argument(
        "--role",
        choices=("management", "employee", "client"),
        help="--kind blank-form: only this respondent's form (default: all three, each on "
        "its own pages)",
    )
    p.add_argument(
        "--force", action="store_true", help="--kind deck: replace FILE.pptx if it exists"
    )
    p = sub.add_parser("export-xlsx", help="write a snapshot's Excel workbook; prints its path")
    p.add_argument("snapshot", metavar="SNAPSHOT")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    p.add_argument("--lang", default="en", choices=("tr", "en"), help="its language (default: en)")
    p.add_argument("--force", action="store_true", help="replace FILE.xlsx if it exists")
    p = sub.add_parser("export", help="write a client (or one snapshot) as a .csmm bundle")
    p.add_argument("client", metavar="CLIENT")
    p.add_argument("--out", required=True, metavar="FILE.csmm", help="the bundle to write")
    p.add_argument("--snapshot", metavar="SNAPSHOT", help="only this snapshot of the client")
    p.add_argument(
        "--password",
        action="store_true",
        help=f"encrypt the bundle; the password is asked for (or read from ${PASSWORD_ENV})",
    )
    p = sub.add_parser(
        "import",
        help="add or merge a client from a .csmm bundle (response files: import-responses)",
    )
    p.add_argument("file", metavar="FILE.csmm")
    p.add_argument("--dry-run", action="store_true", help="only say what the import would do")
    p.add_argument(
        "--password",
        action="store_true",
        help=f"the bundle is encrypted: ask for its password (or read ${PASSWORD_ENV})",
    )
    p = sub.add_parser("conflicts", help="the conflicts bundle imports resolved for a client")
    p.add_argument("client", metavar="CLIENT")
    p.add_argument(
        "--reverse",
        metavar="CONFLICT",
        help="put the other version of this conflict's row back (again: undo that)",
    )
    p = sub.add_parser(
        "applicability",
        help="the sections, topics and questions left out for a client (not asked, not "
        "expected, not scored); new snapshots get the client's list",
    )
    p.add_argument("client", metavar="CLIENT", nargs="?")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--preset",
        metavar="SECTOR",
        help="replace the list with a sector preset: its id (see --presets) or the sector's "
        "name as the client's sector field has it",
    )
    what.add_argument(
        "--set",
        dest="items",
        metavar="IDS",
        help="replace the list with these section, topic and question ids, comma-separated "
        "('' for none)",
    )
    what.add_argument("--presets", action="store_true", help="list the sector presets")
    p.add_argument(
        "--snapshot",
        metavar="SNAPSHOT",
        help="with --preset or --set: also change this snapshot of the client (its questions, "
        "coverage, scores and reports); alone: print that snapshot's list",
    )
    return parser


def applicability_text(lines, lang: str = "en") -> str:
    """What is left out, a line each: id, kind, title or text, questions."""
    if not lines:
        return "every question applies\n"
    out = []
    for line in lines:
        title = line.title.get(lang) or line.title["en"]
        out.append(f"{line.id}\t{line.kind}\t{title}\t{line.questions}\n")
    return "".join(out)


def _applicability(db, args: argparse.Namespace, out) -> None:
    from csmm_desktop.domain import applicability as rules
    from csmm_desktop.messages import message
    from csmm_desktop.services import applicability, clients

    if args.presets:
        for p in rules.presets():
            out.write(f"{p.id}\t{p.label['en']}\t{', '.join(p.items)}\n")
        return
    if not args.client:
        raise UserError(message("applicability.no_client"))
    client = clients.find_client(db, args.client)
    snap = clients.find_snapshot(db, args.snapshot) if args.snapshot else None
    if snap is not None and snap.client_id != client.id:
        raise UserError(
            message("applicability.snapshot_of_other_client", snapshot=snap.id, client=client.name)
        )
    targets = [snap.id] if snap is not None else []
    form = applicability.form_for(db, client.id, snap.id if snap else "")
    if args.preset is not None:
        found = (
            rules.preset(args.preset)
            or rules.preset_for_sector(args.preset)
            or applicability.preset_items(args.preset)  # refuses, naming the presets
        )
        saved = applicability.apply_preset(db, client.id, found.id, snapshot_ids=targets)
        items = saved.items
    elif args.items is not None:
        given = applicability.check_items(form, args.items.split(","))
        given = rules.compact(form, rules.expand(form, given))  # stored as the dialog does
        saved = applicability.save(db, client.id, given, snapshot_ids=targets, family=form.family)
        items = saved.items
    elif snap is not None:
        items = applicability.snapshot_items(db, snap.id)
    else:
        stored = applicability.client_applicability(db, client.id)
        fitted = applicability.fit(form, stored)
        for note in fitted.notes(form):  # what of the list this form does not get
            out.write(f"{note}\n")
        if fitted.other_family:
            out.write(f"ids of the client's list: {', '.join(stored.items)}\n")
            return
        items = stored.items
    out.write(applicability_text(rules.left_out(form, items)))


def _password(args: argparse.Namespace, confirm: bool) -> str | None:
    """The bundle password: $CSMM_BUNDLE_PASSWORD, else asked on the terminal (twice when
    it encrypts); None without --password (an encrypted bundle then says it needs one)."""
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env
    if not args.password:
        return None
    import getpass

    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != first:
        from csmm_desktop.messages import message
        from csmm_desktop.services import bundle  # noqa: F401 - registers its messages

        raise UserError(message("bundle.passwords_differ"))
    return first


def plan_text(plan) -> str:
    """What `import` did (or, with --dry-run, would do), in English."""
    t = plan.total()
    verb = "would import" if plan.dry_run else "imported"
    what = "new client" if plan.new_client else "merged into client"
    lines = [
        f"{verb} {plan.path.name}: {what} {plan.client_name} ({plan.client_id}): "
        f"{t.added} added, {t.updated} updated, {t.conflicts} conflicts, "
        f"{t.kept} kept (changed here only), {t.removed} left deleted (deleted here), "
        f"{t.unchanged} unchanged"
    ]
    for table, c in plan.tables.items():
        if c.added or c.updated or c.conflicts or c.kept or c.removed:
            lines.append(
                f"  {table}\t{c.added} added\t{c.updated} updated\t{c.conflicts} conflicts"
                f"\t{c.kept} kept\t{c.removed} left deleted"
            )
    for item in plan.conflicts:
        winner = "the bundle's" if item.kept == "bundle" else "this one's"
        lines.append(
            f"  conflict {item.table} {item.key}: {winner} kept "
            f"(here {item.local_changed or '—'}, bundle {item.bundle_changed or '—'})"
        )
    return "\n".join(lines) + "\n"


def _open(args: argparse.Namespace):
    from csmm_desktop.store import open_store

    return open_store(resolve_data_dir(args.data_dir))


READING = ("clients", "snapshots", "scores")  # commands that only read: see store/reader.py


def _open_to_read(args: argparse.Namespace):
    """A read-only connection for a reading command when the file is a current store (no
    sqlite-utils, no whole-file check: store/reader.py), else the store opened in full."""
    from csmm_desktop.store.reader import open_reader

    reader = open_reader(resolve_data_dir(args.data_dir))
    if reader is None:
        return _open(args)
    if args.command == "scores":  # the snapshot may be of a custom form
        from csmm_desktop.domain.form import register_custom_forms

        register_custom_forms(dict(reader.execute("SELECT version, json FROM forms")))
    return reader


def scores_text(view: ScoreView, translate: Translate | None = None, lang: str = "en") -> str:
    """`scores` without --json: the score view (services/presentation.py) in English; its
    reasons (catalogue messages) in `lang`, worded by `translate` (--lang)."""
    from csmm_desktop.services.presentation import localised

    level = view.level or "—"
    if view.level_indicative:
        level += " (indicative)"
    roles = ", ".join(f"{r.role} {r.registered}" for r in view.roles)
    nps = f"{view.nps_text} ({view.nps_answers} answers{', indicative' if view.nps_thin else ''})"
    lines = [
        f"overall {view.overall.score} ({view.interval_share} interval "
        f"{view.overall.interval or 'none'})  level {level}  coverage {view.coverage}  "
        f"NPS {nps}  respondents {view.respondents} ({roles})"
    ]
    lines += [f"indicative: {localised(r, lang).render(translate)}" for r in view.reasons]
    for line in view.sections:
        if line.not_applicable:
            lines.append(f"  {line.id}\t{line.score}\tnot applicable to the client, left out")
        elif line.missing:
            lines.append(f"  {line.id}\t{line.score}\tmissing: no answers, left out")
        else:
            n = ", ".join(f"{role} {count}" for role, count in line.n)
            lines.append(f"  {line.id}\t{line.score}\t[{line.interval or 'none'}]\tn {n}")
    return "\n".join(lines) + "\n"


def form_json(version: str | None = None) -> list[dict]:
    from csmm_desktop.domain.form import load_form

    form = load_form(version)
    out = []
    for q in form.questions.values():
        item = {
            "id": q.id,
            "review": q.review_id,
            "section": q.section_id,
            "topic": q.topic_id,
            "scale": q.scale.key,
            "roles": list(q.roles),
            "text": {lang: q.text(lang) for lang in ("en", "tr")},
        }
        if "*" not in q.text_by_role:
            item["text_by_role"] = q.text_by_role
        if q.help:
            item["help"] = q.help
        if q.options:
            item["options"] = [{"id": o.id, "label": o.label} for o in q.options]
        out.append(item)
    return out


def _parser_class():
    import argparse

    class Parser(argparse.ArgumentParser):
        """argparse with its errors on one line, like every other error of the command
        line (exit 2: the command itself was mistyped)."""

        def error(self, message: str) -> None:  # noqa: D102 - argparse's
            self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {APP_ID} --help)\n")

    return Parser


def _Parser(*args, **kwargs):  # noqa: N802 - builds the class when argparse is imported
    return _parser_class()(*args, **kwargs)


class Output:
    """Standard output for the commands: what the OS refuses there (a closed output, a
    full disk behind a redirection) is an OutputStreamError, not a fault of the data."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        if self.stream is None:
            raise OutputStreamError(_output_message("closed"))
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputStreamError(_output_message(exc.strerror or str(exc))) from exc

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputStreamError(_output_message(exc.strerror or str(exc))) from exc


class OutputStreamError(UserError):
    """The command's output could not be written."""


def _output_message(detail: str):
    from csmm_desktop.messages import message

    return message("cli.output_failed", detail=detail)


def run(args: argparse.Namespace, translate: Translate | None = None) -> int:
    out = Output(sys.stdout)
    if args.command == "form" and args.form_version:
        from csmm_desktop.domain.form import is_bundled

        if not is_bundled(args.form_version):  # a custom form: the store knows it
            _open(args).close()
    if args.command == "form":
        import json

        from csmm_desktop.domain.form import load_form

        if args.json:
            json.dump(form_json(args.form_version), out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            form = load_form(args.form_version)
            for section in form.sections.values():
                out.write(f"{section.id} {section.title['en']} ({', '.join(section.roles)})\n")
                for topic in section.topics:
                    out.write(f"  {topic.id} {topic.title['en']}: {len(topic.questions)}\n")
            out.write(f"{len(form.questions)} questions, form version {form.version}\n")
        return 0

    if args.command in READING:
        db = _open_to_read(args)
        from csmm_desktop.services import clients
    else:
        db = _open(args)
        import json

        from csmm_desktop.services import assessment, clients, demo
    if args.command == "demo":
        client_id, added = demo.add_demo(db)
        print(client_id if added else f"{client_id} (already present)", file=out)
    elif args.command == "clients":
        for client in clients.list_clients(db):
            out.write(f"{client.id}\t{client.name}\n")
    elif args.command == "new-client":
        out.write(clients.create_client(db, args.name).id + "\n")
    elif args.command == "snapshots":
        client = clients.find_client(db, args.client)
        for snap in clients.list_snapshots(db, client.id):
            out.write(f"{snap.id}\t{snap.stage}\t{snap.date}\n")
    elif args.command == "new-snapshot":
        client = clients.find_client(db, args.client)
        snap = clients.create_snapshot(
            db,
            client.id,
            args.stage,
            args.date,
            consultant=args.consultant,
            form_version=args.form_version,
        )
        out.write(snap.id + "\n")
    elif args.command == "forms":
        from csmm_desktop.services import form_store

        for info in form_store.list_forms(db):
            kind = f"custom, imported {info.imported_at}" if info.custom else "bundled"
            out.write(f"{info.version}\t{info.title['en']}\t{info.questions} questions\t{kind}\n")
    elif args.command == "form-export":
        from csmm_desktop.services import form_store

        out.write(f"{form_store.export_xlsx(args.version, args.out, db)}\n")
    elif args.command == "form-import":
        from csmm_desktop.services import form_store

        if args.check:
            data = form_store.check_xlsx(db, args.file, args.form_version)
            out.write(f"{data['version']}\tvalid, not stored\n")
        else:
            out.write(f"{form_store.import_xlsx(db, args.file, args.form_version)}\n")
    elif args.command == "import-responses":
        snap = clients.find_snapshot(db, args.snapshot)
        parsed = assessment.import_responses(db, snap.id, args.file, replace=args.replace)
        by_role = ", ".join(f"{n} {r}" for r, n in parsed.count_by_role().items() if n)
        replaced = f", replacing {parsed.replaced}" if parsed.replaced else ""
        sheet = f", from the sheet “{parsed.sheet}”" if parsed.encoding == "xlsx" else ""
        if parsed.other_sheets:
            sheet += f" (not read: {', '.join(f'“{s}”' for s in parsed.other_sheets)})"
        print(
            f"imported {parsed.respondent_count} respondents ({by_role}), "
            f"{parsed.answer_count} answers{replaced}{sheet}",
            file=out,
        )
        for note in assessment.import_notes(parsed):  # answers kept but not counted
            print(note, file=out)
    elif args.command == "scores":
        import json

        from csmm_desktop.services import assessment

        snap = clients.find_snapshot(db, args.snapshot)
        scores = assessment.snapshot_scores(db, snap.id)
        if args.json:
            json.dump(scores.to_json(), out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            from csmm_desktop.services.presentation import score_view

            form = assessment.snapshot_form(db, snap.id)
            out.write(scores_text(score_view(scores, form, "en"), translate, args.ui_lang))
    elif args.command == "compare":
        from csmm_desktop.domain import crosswalk

        snap = clients.find_snapshot(db, args.snapshot)
        other = clients.find_snapshot(db, args.other)
        comparison = crosswalk.compare(
            assessment.snapshot_form(db, snap.id), assessment.snapshot_form(db, other.id)
        )
        data = crosswalk.comparison_json(
            comparison,
            assessment.snapshot_scores(db, snap.id),
            assessment.snapshot_scores(db, other.id),
        )
        if args.json:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            out.write(_comparison_text(data))
    elif args.command == "export-xlsx" or getattr(args, "kind", "") == "deck":
        from csmm_desktop.reports import office

        snap = clients.find_snapshot(db, args.snapshot)
        kind = "xlsx" if args.command == "export-xlsx" else "deck"
        out.write(f"{office.export(db, snap.id, kind, args.lang, args.out, force=args.force)}\n")
    elif args.command == "report":
        from csmm_desktop import reports
        from csmm_desktop.services.engagement import report_exported

        snap = clients.find_snapshot(db, args.snapshot)
        path = reports.write_report(
            db,
            snap.id,
            args.lang,
            args.out,
            kind=args.kind,
            page_size=args.page_size,
            final=args.final,
            with_checklist=args.with_checklist,
            bilingual=args.bilingual,
            role=args.role,
        )
        out.write(f"{path}\n")
        report_exported(db, snap.id, args.kind)  # the builder only reads; the export ticks
    elif args.command == "export":
        from csmm_desktop.services import bundle

        client = clients.find_client(db, args.client)
        snap_id = clients.find_snapshot(db, args.snapshot).id if args.snapshot else None
        result = bundle.export_bundle(
            db, client.id, args.out, snapshot_id=snap_id, password=_password(args, True)
        )
        rows = sum(result.rows.values())
        lock = ", encrypted" if result.encrypted else ""
        out.write(f"{result.path}\t{result.size} bytes, {rows} rows{lock}\n")
    elif args.command == "import":
        from csmm_desktop.services import bundle

        plan = bundle.import_bundle(
            db, args.file, password=_password(args, False), dry_run=args.dry_run
        )
        out.write(plan_text(plan))
    elif args.command == "applicability":
        _applicability(db, args, out)
    elif args.command == "conflicts":
        from csmm_desktop.services import bundle

        client = clients.find_client(db, args.client)
        if args.reverse:
            item = bundle.find_conflict(db, args.reverse)
            if item.client_id != client.id:  # another client's: not found for this one
                from csmm_desktop.messages import message

                what = message("noun.conflict")
                raise NotFoundError(message("id.unknown", what=what, text=repr(args.reverse)))
            item = bundle.reverse_conflict(db, item.id)
            out.write(f"{item.id}\t{item.table}\t{item.kept} version now in place\n")
        else:
            for item in bundle.list_conflicts(db, client.id):
                state = " (reversed)" if item.reversed_at else ""
                out.write(
                    f"{item.id}\t{item.at}\t{item.table}\t{json.dumps(item.key)}\t"
                    f"kept {item.kept}{state}\t{item.bundle_name}\t"
                    f"differs in {', '.join(item.changed) or '—'}\n"
                )
    return 0


def window_args(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(data folder, smoke) when `argv` only opens the window, as a double-click does;
    None for anything else (a command, --help, a misspelt option), which argparse reads.

    Opening the window is most starts, and they skip building the parser with all its
    commands (CONTRIBUTING.md, "Start-up tricks")."""
    data_dir, smoke = None, False
    args = iter(argv)
    for arg in args:
        if arg == "--smoke":
            smoke = True
        elif arg == "--data-dir":
            data_dir = next(args, None)
            if data_dir is None or data_dir.startswith("-"):
                return None
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            data_dir = arg.partition("=")[2]
        else:
            return None
    return data_dir, smoke


def reading_args(argv: Sequence[str]):
    """The arguments of `[--data-dir DIR] [--lang en|tr] clients`, read without argparse
    (building the parser with all its commands costs more than the command); None for
    anything else, which argparse reads."""
    from types import SimpleNamespace

    args = SimpleNamespace(command=None, data_dir=None, ui_lang="en", smoke=False)
    words = iter(argv)
    for word in words:
        name, eq, value = word.partition("=")
        if name in ("--data-dir", "--lang") and not (eq and not value):
            value = value if eq else next(words, "")
            if not value or value.startswith("-"):
                return None
            if name == "--lang" and value not in ("en", "tr"):
                return None
            if name == "--data-dir":
                args.data_dir = value
            else:
                args.ui_lang = value
        elif word == "clients" and args.command is None:
            args.command = word
        else:
            return None
    return args if args.command else None


class _Held:
    """What a reading command logs, held until it is known whether the log file is
    needed: set up (logging.handlers and the file) only when the command fails or logged
    something, so a plain read costs no more than its query."""

    def __init__(self) -> None:
        import logging

        class Holder(logging.Handler):
            def __init__(self) -> None:
                super().__init__(logging.INFO)
                self.records: list[logging.LogRecord] = []

            def emit(self, record: logging.LogRecord) -> None:
                self.records.append(record)

        self.handler = Holder()
        self.package = logging.getLogger("csmm_desktop")
        self.level = self.package.level
        self.package.setLevel(logging.INFO)  # what logs.setup lets through
        logging.getLogger().addHandler(self.handler)

    def release(self, data_dir: Path, needed: bool) -> None:
        import logging

        root = logging.getLogger()
        root.removeHandler(self.handler)
        self.package.setLevel(self.level)
        if needed or self.handler.records:
            from csmm_desktop import logs

            logs.setup(data_dir, stderr_fallback=False)
            for record in self.handler.records:
                root.handle(record)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = sys.argv[1:] if argv is None else list(argv)
    window = window_args(argv)
    args = None if window is not None else reading_args(argv)
    if window is None and args is None:
        args = build_parser().parse_args(argv)
        if args.command is None:
            window = args.data_dir, args.smoke
    if window is not None:
        from csmm_desktop.app import run_gui

        return run_gui(data_dir=window[0], smoke=window[1])
    # The GUI path above stays light; the command line needs the domain now.
    data_dir = resolve_data_dir(args.data_dir)
    held = None
    if args.command in READING:
        held = _Held()
    else:
        from csmm_desktop import logs

        logs.setup(data_dir, stderr_fallback=False)  # the user sees one line, never a trace
    translate = None
    if args.ui_lang != "en":
        from csmm_desktop.cli_language import translator

        translate = translator(args.ui_lang)
    try:
        code = run(args, translate)
        Output(sys.stdout).flush()  # buffered output fails here (a redirect to a full disk)
        if held is not None:
            held.release(data_dir, needed=False)
        return code
    except BrokenPipeError:  # output piped into `head` and the like
        if held is not None:
            held.release(data_dir, needed=False)
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        if held is not None:
            held.release(data_dir, needed=False)
        return 130
    except Exception as exc:
        if held is not None:
            held.release(data_dir, needed=True)
        code, text = explain(exc, data_dir, args.command, translate)
        print(f"{APP_ID}: {text}", file=sys.stderr)
        return code


def one_line(error: UserError, translate: Translate | None = None) -> str:
    """A refusal's text on one line, in the language of `translate` (English without)."""
    if hasattr(error, "one_line"):  # a response file's problems: the first few
        return error.one_line(translate)
    return render(error, translate)


def explain(
    exc: BaseException, data_dir: Path, command: str = "", translate: Translate | None = None
) -> tuple[int, str]:
    """(exit status, what to print) for what a command raised: 3 when the data file
    cannot be used, 1 for bad input (and for a bug: its traceback is in the log). Every
    failure is logged with its traceback, in English; what is printed is in the language
    of `translate` (--lang)."""
    import logging
    import sqlite3

    from csmm_desktop.config import db_path
    from csmm_desktop.logs import log_dir
    from csmm_desktop.messages import message
    from csmm_desktop.store.errors import classify

    level, shown = logging.WARNING, None
    if isinstance(exc, NotFoundError):  # an id the user typed
        code, shown = EXIT_ERROR, exc
    elif isinstance(exc, StoreError):
        code, shown, level = EXIT_STORE, exc, logging.ERROR
    elif isinstance(exc, UserError):  # refused input or target (OutputError, InputError...)
        code, shown = EXIT_ERROR, exc
    elif isinstance(exc, sqlite3.Error) or (isinstance(exc, OSError) and _in_folder(exc, data_dir)):
        code, shown, level = EXIT_STORE, classify(exc, db_path(data_dir)), logging.ERROR
    elif isinstance(exc, OSError):  # a file the user named
        name = exc.filename if exc.filename is not None else ""
        code, text = EXIT_ERROR, f"{name}: {exc.strerror or exc}" if name else str(exc)
    elif isinstance(exc, ValueError):  # a bad value (FormError and the like)
        code, text = EXIT_ERROR, str(exc)
    else:  # a bug
        detail = f"{type(exc).__name__}: {exc}"
        code, level = EXIT_ERROR, logging.CRITICAL
        shown = UserError(message("internal", detail=detail, folder=log_dir(data_dir)))
    if shown is not None:
        text = shown.message  # English, for the log
    logging.getLogger(__name__).log(level, "%s failed: %s", command, text, exc_info=exc)
    return code, text if shown is None else one_line(shown, translate)


def _in_folder(exc: OSError, folder: Path) -> bool:
    """Whether the OS refused a file in the data folder (or named none: the data file)."""
    names = [n for n in (exc.filename, exc.filename2) if n is not None]
    if not names:
        return True
    root = folder.resolve()
    for name in names:
        try:
            path = Path(os.fsdecode(name)).resolve()
        except (OSError, ValueError, TypeError):
            continue
        if path == root or root in path.parents:
            return True
    return False


def _comparison_text(data: dict) -> str:
    """`compare` without --json: one line per compared section and topic (tab-separated:
    kind, id, the other's id, reference score, other score, change), then what is not."""

    def num(value: float | None) -> str:
        return "–" if value is None else f"{value:.1f}"

    lines = [f"forms\t{data['reference_form']}\t{data['other_form']}"]
    if data["questions"]:
        lines.append("questions\t" + ", ".join(f"{k} {n}" for k, n in data["questions"].items()))
    o = data["overall"]
    lines.append(f"overall\t\t\t{num(o['reference'])}\t{num(o['other'])}\t{num(o['change'])}")
    for kind in ("sections", "topics"):
        for key, row in data[kind].items():
            values = (num(row["reference"]), num(row["other"]), num(row["change"]))
            lines.append("\t".join((kind[:-1], key, row["other_id"], *values)))
    for kind in ("sections", "topics"):
        for key, why in data["not_compared"][kind].items():
            lines.append(f"not compared\t{kind[:-1]}\t{key}\t{why}")
    return "\n".join(lines) + "\n"
