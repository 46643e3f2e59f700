"""`desk-app check`: is the database whole and at the schema this program expects?

The check only reads: it opens the database read-only, never migrates it, never
creates a missing file, and may run while the program has the same file open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import text

from desk_app.db.engine import Database
from desk_app.db.failures import translated_failures
from desk_app.db.migrate import MIGRATIONS_DIR, current_revision, head_revision
from desk_app.domain.errors import DatabaseDamaged, DatabaseUnavailable, SchemaTooNew
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.services.context import ServiceContext
from desk_app.services.kit.audit_chain import verify_chain

SHOWN_PROBLEMS = 5  # integrity_check may list thousands of pages; the first few tell


CHECK_CONTEXT = "Check"  # the translation context of the details


@dataclass(frozen=True)
class CheckResult:
    """One check: ``name`` stays as it is (scripts read it, like ``ok``); ``template``
    is English source text in context "Check", filled with ``params``."""

    name: str
    ok: bool
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def detail(self) -> str:
        return self.template.format(**self.params)


def check_database(url: str) -> list[CheckResult]:
    """Every check, on the database at ``url`` opened read-only.

    A damaged SQLite file is reported with SQLite's own verdict and nothing else is
    tried on it. Raises SchemaTooNew for a database written by a newer program.
    """
    db = Database(url, read_only=True)
    try:
        results: list[CheckResult] = []
        if db.is_sqlite:
            whole = sqlite_integrity(db)
            if not whole.ok:
                return [whole]
            results.append(whole)
        with translated_failures():
            results.extend(run_checks(ServiceContext(db)))
        return results
    finally:
        db.dispose()


def _sqlite_reason(error: BaseException) -> str:
    """SQLite's own words for a failure ("file is not a database"); they name no data."""
    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, sqlite3.Error):
        cause = cause.__cause__ or cause.__context__
    return str(cause) if cause is not None else type(error).__name__


def _integrity_lines(session) -> list[str]:
    """What ``PRAGMA integrity_check`` says. On some damage SQLite names the first
    problems and then stops with "database disk image is malformed": the lines up to
    there, and that verdict (read through the driver, row by row, to keep them)."""
    cursor = session.connection().connection.dbapi_connection.cursor()
    lines: list[str] = []
    try:
        cursor.execute("PRAGMA integrity_check")
        for (text_,) in cursor:
            lines.extend(line for line in str(text_).splitlines() if not line.startswith("***"))
    except sqlite3.DatabaseError as error:
        lines.append(str(error))
    finally:
        cursor.close()
    return lines


def sqlite_integrity(db: Database) -> CheckResult:
    name = "sqlite integrity"
    path = db.sqlite_path
    if path is not None and not path.startswith("file:") and not Path(path).is_file():
        return CheckResult(
            name, False, QT_TRANSLATE_NOOP("Check", "no database file at {path}"), {"path": path}
        )
    try:
        with db.read() as session:
            lines = _integrity_lines(session)
    except DatabaseDamaged as error:
        lines = [_sqlite_reason(error)]
    except DatabaseUnavailable as error:
        return CheckResult(
            name,
            False,
            QT_TRANSLATE_NOOP("Check", "cannot be read: {reason}"),
            {"reason": _sqlite_reason(error)},
        )
    if lines == ["ok"]:
        return CheckResult(name, True, QT_TRANSLATE_NOOP("Check", "ok"))
    # SQLite's own words follow the verdict as they are: they are the evidence.
    problems = {"problems": "; ".join(lines[:SHOWN_PROBLEMS])}
    if lines == ["file is not a database"]:
        return CheckResult(
            name, False, QT_TRANSLATE_NOOP("Check", "not a database: {problems}"), problems
        )
    more = len(lines) - SHOWN_PROBLEMS
    if more > 0:
        return CheckResult(
            name,
            False,
            QT_TRANSLATE_NOOP("Check", "damaged: {problems} (and {more} more)"),
            problems | {"more": more},
        )
    return CheckResult(name, False, QT_TRANSLATE_NOOP("Check", "damaged: {problems}"), problems)


def _schema(db: Database) -> CheckResult:
    current, head = current_revision(db), head_revision()
    versions = {"current": current, "head": head}
    if current == head:
        return CheckResult(
            "schema",
            True,
            QT_TRANSLATE_NOOP("Check", "schema version {current} (program expects {head})"),
            versions,
        )
    if current is None:
        return CheckResult(
            "schema",
            False,
            QT_TRANSLATE_NOOP("Check", "no schema: not a database of this program ({head})"),
            versions,
        )
    try:
        ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(current)
    except Exception:
        raise SchemaTooNew(found=current, known=head) from None
    return CheckResult(
        "schema",
        True,
        QT_TRANSLATE_NOOP(
            "Check",
            "schema version {current}: the program upgrades it to {head} when it next "
            "opens it, after a backup",
        ),
        versions,
    )


def run_checks(ctx: ServiceContext) -> list[CheckResult]:
    db = ctx.db
    results: list[CheckResult] = [_schema(db)]
    if not results[0].ok:
        return results
    with db.engine.connect() as connection:
        if db.is_sqlite:
            bad = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
            results.append(
                CheckResult(
                    "foreign keys",
                    not bad,
                    QT_TRANSLATE_NOOP("Check", "{n} dangling references"),
                    {"n": len(bad)},
                )
            )
        else:
            version = connection.execute(text("SHOW server_version")).scalar_one()
            results.append(
                CheckResult("server", True, "PostgreSQL {version}", {"version": version})
            )
        orphans = connection.execute(
            text(
                "SELECT COUNT(*) FROM audit_events a "
                "WHERE a.actor_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM users u WHERE u.id = a.actor_id)"
            )
        ).scalar_one()
        results.append(
            CheckResult(
                "audit actors",
                orphans == 0,
                QT_TRANSLATE_NOOP("Check", "{n} unknown actors"),
                {"n": orphans},
            )
        )
    if current_revision(db) != head_revision():
        # The chain's columns come with migration 0006: an older trail is chained by the
        # upgrade, which check never runs.
        results.append(
            CheckResult(
                "audit chain",
                True,
                QT_TRANSLATE_NOOP("Check", "chained when the schema is upgraded"),
            )
        )
        return results
    chain = verify_chain(ctx)
    # The chain's report is in its own (English) words.
    results.append(CheckResult("audit chain", chain.ok, "{detail}", {"detail": chain.detail}))
    return results
