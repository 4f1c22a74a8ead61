"""Form versions: the bundled files and the custom forms imported from a spreadsheet.

Custom forms live in the store's `forms` table (version, JSON text, imported_at), so they
travel with backups; opening the store registers them with domain.form, so load_form and
snapshot_form find them like the bundled files. A form once stored is never changed or
removed: the snapshots answered with it keep it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.domain import form as forms
from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.services.common import now

if TYPE_CHECKING:
    from sqlite_utils import Database

MESSAGES = catalogue(
    {
        "forms.cannot_read": QT_TRANSLATE_NOOP(
            "Messages", "the file cannot be read as an Excel workbook: {detail}"
        ),
        "forms.not_xlsx": QT_TRANSLATE_NOOP(
            "Messages", "a form is imported from an Excel workbook (.xlsx), not '{suffix}'"
        ),
    }
)


@dataclass(frozen=True)
class FormInfo:
    version: str
    custom: bool
    title: dict[str, str]
    questions: int
    imported_at: str = ""


def register(db: Database) -> None:
    """Make the store's custom forms the ones load_form finds (called when it opens)."""
    from csmm_desktop.domain import crosswalk

    crosswalk.clear_cache()  # a crosswalk may name a version of the store opened before
    if "forms" not in db.table_names():
        forms.register_custom_forms({})
        return
    forms.register_custom_forms(dict(db.execute("SELECT version, json FROM forms")))


def load(db: Database, version: str) -> forms.Form:
    """load_form(version), first registering the store's custom forms again when the
    version is not one this process knows: another process (the command line while the app
    is open) may have imported it, or made a snapshot on it, since the store was opened."""
    if not forms.is_bundled(version) and version not in forms.all_versions():
        register(db)
    return forms.load_form(version)


def list_forms(db: Database) -> list[FormInfo]:
    """Every form version this installation has: bundled first, then the custom ones."""
    register(db)
    stamps = dict(db.execute("SELECT version, imported_at FROM forms"))
    out = []
    for version in forms.all_versions():
        form = forms.load_form(version)
        custom = not forms.is_bundled(version)
        out.append(
            FormInfo(version, custom, form.title, len(form.questions), stamps.get(version, ""))
        )
    return out


def form_data(version: str) -> dict:
    """The JSON object of a form version (bundled or registered custom)."""
    forms.load_form(version)  # FormError if unknown or invalid
    text = forms.custom_form_json(version)
    if text is None:
        from csmm_desktop.config import resource_path

        text = resource_path("form", f"csmm_form_v{version}.json").read_text(encoding="utf-8")
    return json.loads(text)


def export_xlsx(version: str, path: str | Path, db: Database | None = None) -> Path:
    """Write form `version` as a workbook in the form layout (whole or not at all)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from csmm_desktop import outputs
    from csmm_desktop.domain.form_sheet import SHEETS, to_sheets
    from csmm_desktop.domain.import_problems import column_letter

    sheets = to_sheets(form_data(version))
    book = Workbook()
    book.remove(book.active)
    for name in SHEETS:
        ws = book.create_sheet(name)
        for row in sheets[name]:
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for i, title in enumerate(sheets[name][0]):
            wide = title.startswith(("label", "help", "intro", "title", "value"))
            ws.column_dimensions[column_letter(i)].width = 48 if wide else 14
    data_dir = outputs.data_dir_of(db) if db is not None else None
    with outputs.atomic_output(path, "xlsx", data_dir) as temp:
        book.save(temp)
    return Path(path)


def read_sheets(path: str | Path) -> dict:
    """Every sheet of the workbook at `path` as (row, cells, bad column indexes)."""
    from csmm_desktop.domain.form_sheet import FormSheetError
    from csmm_desktop.domain.xlsx import Workbook
    from csmm_desktop.domain.xlsx_cells import XlsxError

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise FormSheetError(path, [message("forms.not_xlsx", suffix=path.suffix or path.name)])
    try:
        with Workbook(path) as book:
            return {
                sheet.name: [
                    (number, cells, [i for i, _bad in bad])
                    for number, cells, bad in book.rows(sheet)
                ]
                for sheet in book.sheets
            }
    except XlsxError as exc:
        raise FormSheetError(path, [exc.msg]) from exc
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise FormSheetError(path, [message("forms.cannot_read", detail=detail)]) from exc


def check_xlsx(db: Database, path: str | Path, version: str | None = None) -> dict:
    """The form the workbook holds, checked against every known version; FormSheetError
    naming each problem's sheet, row and column. Stores nothing."""
    from csmm_desktop.domain.form_sheet import from_sheets

    register(db)
    known = forms.all_versions()
    earlier = [forms.load_form(v) for v in known]
    return from_sheets(
        read_sheets(path), earlier, taken=known, version=version, source=Path(path).name
    )


def import_xlsx(db: Database, path: str | Path, version: str | None = None) -> str:
    """Check the workbook and store its form as a new version (all or nothing); returns
    the version. `version` names it instead of the sheet "settings"."""
    data = check_xlsx(db, path, version)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    with db.atomic():
        db.execute(
            "INSERT INTO forms (version, json, imported_at) VALUES (?, ?, ?)",
            [data["version"], text, now()],
        )
    register(db)
    return data["version"]
