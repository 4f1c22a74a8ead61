"""Helpers for the bundle tests: a store's whole content, and bundles rebuilt with a change
(the checksums made right again unless asked not to)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from csmm_desktop.domain import bundle as rules


def dump(db, tables=None) -> dict[str, list]:
    """Every row of every table (or of `tables`), sorted: two equal dumps, equal stores.
    A client's tables as bundles carry them (answers by their respondent's uuid, not the
    key each store gives it: services/bundle.table_rows)."""
    from csmm_desktop.services import bundle

    names = tables or [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    out = {}
    for name in sorted(names):
        if name in rules.BY_NAME:
            rows = bundle.table_rows(db, name)[1]
        else:
            rows = db.execute(f"SELECT * FROM [{name}]")
        out[name] = sorted(map(tuple, rows.fetchall()), key=repr)
    return out


def client_dump(db) -> dict[str, list]:
    return dump(db, [spec.name for spec in rules.TABLES])


def read_zip(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    return json.loads(parts.pop(rules.MANIFEST)), parts


def write_zip(
    path: Path, manifest: dict | None, parts: dict[str, bytes], *, fix_checksums: bool = True
) -> Path:
    if manifest is not None and fix_checksums:
        for name, data in parts.items():
            entry = manifest["parts"].setdefault(name, {})
            entry["sha256"] = hashlib.sha256(data).hexdigest()
            entry["size"] = len(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        if manifest is not None:
            zf.writestr(rules.MANIFEST, json.dumps(manifest))
    path.write_bytes(buffer.getvalue())
    return path


def edit_rows(data: bytes, edit) -> bytes:
    """A part with `edit(row values)` applied to each row (returns the new values)."""
    lines = data.decode().splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        values = json.loads(line)
        out.append(json.dumps(edit(values[:-1]) + [values[-1]], ensure_ascii=False))
    return ("\n".join(out) + "\n").encode()
