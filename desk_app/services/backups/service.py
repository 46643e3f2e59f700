"""Backups of the whole database, and putting one back (DESIGN.md, issue 14 item 5).

- SQLite: SQLite's online backup API in steps (``desk_app.db.snapshot``), into the
  backups folder, a second folder optionally; the daily one on the first start of a day.
- PostgreSQL: ``pg_dump`` (custom format) when it is installed.
- Restore (SQLite) refuses a file that fails SQLite's integrity check, is not a database
  of this program, or whose audit trail no longer chains; it keeps a copy of the
  database it replaces and writes the restore into the restored trail.

Taking a backup needs no role: it copies what whoever may run the program on this PC
can already read, and the daily one runs before anyone has logged in. Restoring over
an existing database is the administrator's (ADMINISTER).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import inspect

from desk_app.db import files, snapshot
from desk_app.db.engine import Database
from desk_app.domain.errors import FileAccessFailed, SchemaTooNew, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.paths import data_dir
from desk_app.services.backups.naming import (
    DUMP_SUFFIX,
    SQLITE_SUFFIX,
    BackupFile,
    backup_name,
    backups_in,
    to_remove,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.settings import setting_values

# The home screen warns when the newest backup is older than this.
STALE_AFTER = timedelta(days=2)
BEFORE_RESTORE = "before-restore"  # the name of the copy a restore keeps
BACKUP_KIND = "backup"  # what the change feed says when a backup is written
PG_DUMP_TIMEOUT_S = 3600


@dataclass(frozen=True)
class BackupReport:
    file: BackupFile
    second_copy: Path | None = None
    # Why the second folder got no copy, or None.
    second_problem: FileAccessFailed | None = None
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    kept_copy: Path | None  # the database as it was before, None if there was none


class BackupService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- where ---------------------------------------------------------------------

    @property
    def db(self) -> Database:
        return self.ctx.db

    def _settings(self) -> dict:
        with self.db.read() as session:
            return setting_values(
                session, ("backup.folder", "backup.keep_days", "backup.second_folder")
            )

    def folder(self) -> Path:
        """The backups folder: the setting, else "backups" beside the database file
        (in the data folder for a database on a server)."""
        chosen = str(self._settings()["backup.folder"]).strip()
        if chosen:
            return Path(chosen).expanduser()
        path = self.db.sqlite_path
        if path is not None:
            return Path(path).resolve().parent / "backups"
        return data_dir() / "backups"

    def _stem_and_suffix(self) -> tuple[str, str]:
        path = self.db.sqlite_path
        if path is not None:
            return Path(path).stem, SQLITE_SUFFIX
        return self.db.url.database or "desk", DUMP_SUFFIX

    def backups(self) -> list[BackupFile]:
        """The backups in the backups folder, oldest first."""
        return backups_in(self.folder(), *self._stem_and_suffix())

    def last(self) -> BackupFile | None:
        found = self.backups()
        return found[-1] if found else None

    def age(self, backup: BackupFile | None = None) -> timedelta | None:
        backup = backup or self.last()
        if backup is None:
            return None
        now = self.ctx.local(self.ctx.now()).replace(tzinfo=None)
        return max(now - backup.taken_at, timedelta(0))

    def is_stale(self) -> bool:
        """No backup at all, or the newest older than two days: the home screen says so."""
        age = self.age()
        return age is None or age > STALE_AFTER

    # -- taking one ----------------------------------------------------------------

    def daily(self) -> BackupReport | None:
        """The day's backup, unless the folder has one of today already."""
        today = self.ctx.today()
        last = self.last()
        if last is not None and last.taken_at.date() == today:
            return None
        return self.backup()

    def backup(self, out: Path | None = None) -> BackupReport:
        """A backup now: to ``out``, or into the backups folder (then copied to the
        second folder and both folders pruned by the retention rule)."""
        moment = self.ctx.local(self.ctx.now()).replace(tzinfo=None, microsecond=0)
        stem, suffix = self._stem_and_suffix()
        if out is not None:
            target = Path(out)
            files.refuse_database_file(target, self.db.sqlite_path)
        else:
            folder = self.folder()
            _make_folder(folder)
            target = folder / backup_name(stem, moment, suffix)
        self._write(target)
        self.db.changes.publish(frozenset({BACKUP_KIND}))  # the workbench's warning goes
        taken = BackupFile(target, moment, target.stat().st_size)
        if out is not None:
            return BackupReport(taken)
        settings = self._settings()
        keep = int(settings["backup.keep_days"])
        removed = _prune(self.folder(), stem, suffix, keep)
        second, problem = None, None
        chosen = str(settings["backup.second_folder"]).strip()
        if chosen:
            try:
                second = _copy_finished(target, Path(chosen).expanduser())
                removed += _prune(Path(chosen).expanduser(), stem, suffix, keep)
            except OSError:
                problem = FileAccessFailed(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The second backup folder {path} cannot be written (is the stick "
                        "plugged in?): the backup is only in the backups folder.",
                    ),
                    path=chosen,
                )
        return BackupReport(taken, second, problem, removed)

    def _write(self, target: Path) -> None:
        try:
            if self.db.sqlite_path is not None:
                snapshot.copy_database(self.db.sqlite_path, target)
            else:
                _pg_dump(self.db, target)
        except OSError as error:
            raise FileAccessFailed(
                QT_TRANSLATE_NOOP("Errors", "Cannot write the backup {path}: {reason}"),
                path=str(target),
                reason=error.strerror or type(error).__name__,
            ) from error

    # -- putting one back ------------------------------------------------------------

    def restore(self, actor: Actor | None, path: Path) -> RestoreReport:
        """Replace this (SQLite) database with the backup ``path``, after checking it.
        ``actor`` must be an administrator of the database replaced; None only when
        the caller found no database to replace (``restore_into_missing``)."""
        live = self.db.sqlite_path
        if live is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A PostgreSQL database is restored with pg_restore (see the README).",
                )
            )
        if actor is not None:
            require(actor, Permission.ADMINISTER)
        path = Path(path)
        if files.is_file_of(path, live):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{path} is the database itself, not a backup."),
                path=str(path),
            )
        check_backup_file(path)
        kept = None
        if Path(live).is_file():
            moment = self.ctx.local(self.ctx.now()).replace(tzinfo=None)
            folder = self.folder()
            _make_folder(folder)
            kept = folder / backup_name(f"{Path(live).stem}-{BEFORE_RESTORE}", moment, ".sqlite3")
            snapshot.copy_database(live, kept)
        snapshot.copy_into(path, live)
        from desk_app.db.migrate import upgrade

        upgrade(self.db)  # a backup of an older version is brought up to date
        with self.db.write() as session:
            # By name only: the restored users table may give the id to somebody else.
            audit.record(
                session,
                self.ctx,
                None,
                "restore",
                "database",
                Path(live).name,
                new={"from": str(path), "kept_copy": str(kept) if kept else ""},
                actor_name=actor.username if actor else "desk-app restore",
            )
        self.db.changes.publish(frozenset({"*"}))  # every screen shows other records now
        return RestoreReport(path, kept)


def check_backup_file(path: Path) -> None:
    """ValidationError unless ``path`` is a whole database of this program whose
    audit trail still chains; reads it only (never migrates or changes it)."""
    from desk_app.db.migrate import HEAD_REVISION, MIGRATIONS_DIR, current_revision
    from desk_app.services.integrity import sqlite_integrity
    from desk_app.services.kit.audit_chain import verify_chain

    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no backup file {path}."), path=str(path)
        )
    db = Database(f"sqlite:///{path.resolve().as_posix()}", read_only=True)
    try:
        whole = sqlite_integrity(db)
        if not whole.ok:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} cannot be restored: it is damaged or not a database ({reason}).",
                ),
                path=str(path),
                reason=whole.detail,  # SQLite's own words: the evidence
            )
        revision = current_revision(db)
        if revision is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} cannot be restored: it is not a database of this program."
                ),
                path=str(path),
            )
        from alembic.script import ScriptDirectory

        try:
            ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision)
        except Exception:
            raise SchemaTooNew(found=revision, known=HEAD_REVISION) from None
        columns = {c["name"] for c in inspect(db.engine).get_columns("audit_events")}
        if "row_hash" in columns:
            chain = verify_chain(ServiceContext(db))
            if not chain.ok:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} cannot be restored: its audit trail was altered ({reason}).",
                    ),
                    path=str(path),
                    reason=chain.detail,
                )
    finally:
        db.dispose()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileAccessFailed(
            QT_TRANSLATE_NOOP("Errors", "Cannot make the backup folder {path}: {reason}"),
            path=str(folder),
            reason=error.strerror or type(error).__name__,
        ) from error


def _prune(folder: Path, stem: str, suffix: str, keep_days: int) -> list[Path]:
    removed = []
    for backup in to_remove(backups_in(folder, stem, suffix), keep_days):
        try:
            backup.path.unlink()
        except OSError:
            continue  # kept one more day; next time
        removed.append(backup.path)
    return removed


def _copy_finished(backup: Path, folder: Path) -> Path:
    """A finished backup file (no database anybody has open) copied as a file, under
    a name that says it is unfinished until it is whole."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup.name
    partial = target.with_name(target.name + snapshot.INCOMPLETE_SUFFIX)
    shutil.copyfile(backup, partial)
    snapshot.fsync(partial)
    os.replace(partial, target)
    return target


def pg_dump_available() -> bool:
    return shutil.which("pg_dump") is not None


def _pg_dump(db: Database, target: Path) -> None:
    if not pg_dump_available():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "pg_dump is not installed: install the PostgreSQL client tools to back "
                "up a PostgreSQL database.",
            )
        )
    url = db.url.set(drivername="postgresql")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # never on the command line (ps shows it)
    connect = url.set(password=None).render_as_string(hide_password=False)
    partial = target.with_name(target.name + snapshot.INCOMPLETE_SUFFIX)
    result = subprocess.run(
        ["pg_dump", "--format=custom", f"--file={partial}", f"--dbname={connect}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=PG_DUMP_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise FileAccessFailed(
            QT_TRANSLATE_NOOP("Errors", "pg_dump failed: {reason}"),
            reason=result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "",
        )
    os.replace(partial, target)
