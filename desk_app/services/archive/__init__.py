"""Closing a month (月度归档): the month's papers as PDF files in the archive folder,
``<archive>/YYYY-MM/vN/``, with a manifest (file names, pages, SHA-256) and the
closing in the audit trail. Closing again makes version N+1; no version is ever
overwritten. Each kind of record adds its papers through a provider (the daily
summaries and the complaint statistics later), see ``papers.py``."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk_app.db import files
from desk_app.domain.contacts import DaySignoff
from desk_app.domain.errors import Conflict
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.monthly import Month
from desk_app.domain.roles import ACTION_CLOSE_MONTH, Permission
from desk_app.paths import data_dir
from desk_app.services.archive.papers import Paper, PaperProvider, days_with_entries
from desk_app.services.contacts.views import SIGNOFF_KIND
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.settings import setting_value

__all__ = ["ArchiveBundle", "ArchiveService", "ArchivedFile", "Paper", "PaperProvider", "verify"]

ENTITY = "month"
CLOSE_ACTION = "close_month"
MANIFEST = "manifest.json"
_VERSION = re.compile(r"v(\d+)")


@dataclass(frozen=True)
class ArchivedFile:
    name: str
    kind: str
    pages: int
    sha256: str
    size: int


@dataclass(frozen=True)
class ArchiveBundle:
    month: Month
    version: int
    folder: Path
    files: tuple[ArchivedFile, ...]
    unsigned_days: tuple[date, ...]  # days with entries no supervisor signed


def page_count(pdf: bytes) -> int:
    """The pages of a PDF as ReportLab writes it (a page object per page)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def verify(folder: Path) -> list[str]:
    """What does not match the manifest of an archived version (empty: all matches)."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    problems = []
    listed = set()
    for item in manifest["files"]:
        listed.add(item["name"])
        path = folder / item["name"]
        if not path.is_file():
            problems.append(f"missing: {item['name']}")
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            problems.append(f"changed: {item['name']}")
        elif page_count(data) != item["pages"]:
            problems.append(f"pages differ: {item['name']}")
    for path in folder.iterdir():
        if path.name not in listed and path.name != MANIFEST:
            problems.append(f"not in the manifest: {path.name}")
    return problems


class ArchiveService:
    def __init__(self, ctx: ServiceContext, papers: Sequence[PaperProvider]):
        self.ctx = ctx
        self.papers = list(papers)

    def root(self) -> Path:
        """The archive folder: the setting, else ``archive`` in the data folder."""
        with self.ctx.db.read() as session:
            chosen = str(setting_value(session, "archive.folder") or "").strip()
        return Path(chosen).expanduser() if chosen else data_dir() / "archive"

    def versions(self, month: Month | str) -> list[int]:
        month = month if isinstance(month, Month) else Month.parse(month)
        folder = self.root() / str(month)
        if not folder.is_dir():
            return []
        found = (_VERSION.fullmatch(p.name) for p in folder.iterdir() if p.is_dir())
        return sorted(int(m.group(1)) for m in found if m)

    def close_month(self, actor: Actor, month: Month | str) -> ArchiveBundle:
        """Write the month's papers as a new version and record the closing."""
        require(actor, Permission.SIGN_DAY, ACTION_CLOSE_MONTH)
        month = month if isinstance(month, Month) else Month.parse(month)
        if month.next().first_day > self.ctx.today():
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "{month} is not over yet: a month is closed once it has ended."
                ),
                month=str(month),
            )
        papers = [paper for provide in self.papers for paper in provide(actor, month)]
        unsigned = self._unsigned_days(month)
        month_folder = self.root() / str(month)
        month_folder.mkdir(parents=True, exist_ok=True)
        version = max(self.versions(month), default=0) + 1
        work = month_folder / f".v{version}.incomplete-{os.getpid()}"
        try:
            written = self._write(work, papers)
            closed_at = self.ctx.local(self.ctx.now())
            manifest = {
                "month": str(month),
                "version": version,
                "closed_at": closed_at.isoformat(timespec="seconds"),
                "closed_by": actor.username,
                "unsigned_days": [day.isoformat() for day in unsigned],
                "files": [item.__dict__ for item in written],
            }
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            self._put(work / MANIFEST, manifest_bytes)
            while True:  # another desk may have closed the month meanwhile: the next number
                target = month_folder / f"v{version}"
                try:
                    os.rename(work, target)  # refuses a target that exists (non-empty)
                    break
                except OSError:
                    if not target.exists():
                        raise
                    version += 1
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        if manifest["version"] != version:  # renumbered: the manifest says so too
            manifest["version"] = version
            self._put(
                target / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            )
            manifest_bytes = (target / MANIFEST).read_bytes()
        try:
            with self.ctx.db.write() as session:
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    CLOSE_ACTION,
                    ENTITY,
                    str(month),
                    new={
                        "version": version,
                        "folder": str(target),
                        "files": len(written),
                        "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
                    },
                )
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)  # not recorded: not closed
            raise
        return ArchiveBundle(month, version, target, tuple(written), tuple(unsigned))

    def _write(self, folder: Path, papers: Sequence[Paper]) -> list[ArchivedFile]:
        folder.mkdir()
        written = []
        for paper in papers:
            self._put(folder / paper.name, paper.pdf)
            written.append(
                ArchivedFile(
                    paper.name,
                    paper.kind,
                    page_count(paper.pdf),
                    hashlib.sha256(paper.pdf).hexdigest(),
                    len(paper.pdf),
                )
            )
        return written

    @staticmethod
    def _put(path: Path, data: bytes) -> None:
        files.refuse_database_file(path)  # never over a file SQLite owns
        with open(path, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())

    def _unsigned_days(self, month: Month) -> list[date]:
        first, end = month.first_day, month.next().first_day
        with self.ctx.db.read() as session:
            signed = set(
                session.scalars(
                    select(DaySignoff.day).where(
                        DaySignoff.kind == SIGNOFF_KIND,
                        DaySignoff.day >= first,
                        DaySignoff.day < end,
                    )
                )
            )
        return [day for day in days_with_entries(self.ctx, month) if day not in signed]
