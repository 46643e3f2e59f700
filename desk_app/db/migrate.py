"""Bring a database to the current schema, safely.

- a new database gets every migration;
- an older one is first copied next to itself (SQLite, by SQLite's backup API, under
  a temporary name until complete) and then upgraded;
- one written by a newer program is refused: we cannot know what we would break.

Alembic is imported only when the database is not at ``HEAD_REVISION``: learning the
schema version of a current database is one query (Alembic's import alone costs
about 0.2 s of every start).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk_app.db.engine import Database
from desk_app.db.snapshot import INCOMPLETE_SUFFIX, copy_database  # noqa: F401 - re-exported
from desk_app.domain.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test holds it to Alembic's head).
HEAD_REVISION = "0011"


# Search indexes the migrations keep beside the models (SQLite FTS5 tables with their
# shadow tables, PostgreSQL expression indexes): no ORM object describes them, so
# schema comparisons leave them out.
SEARCH_INDEX_PREFIXES = (
    "contact_search",
    "ix_contact_entries_search",
    "work_order_search",
    "ix_work_orders_search",
)


def is_model_object(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's include_name hook: skip the search indexes."""
    return not (type_ in ("table", "index") and name and name.startswith(SEARCH_INDEX_PREFIXES))


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    return _head_of(ScriptDirectory.from_config(_config()))


def _head_of(script: ScriptDirectory) -> str:
    head = script.get_current_head()
    if head is None:  # only an installation without its migration scripts has none
        raise RuntimeError(f"no Alembic revisions in {MIGRATIONS_DIR}")
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stamped_revision(db: Database) -> str | None:
    """The revision in ``alembic_version`` by one plain query; None when the table is
    missing or holds no single row (a new database, or one for Alembic to judge)."""
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None  # no such table yet
    return rows[0][0] if len(rows) == 1 else None


def _backup_sqlite(db: Database, revision: str) -> Path | None:
    source = db.sqlite_path
    if source is None or not Path(source).exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(source).with_name(f"{Path(source).stem}.backup-{revision}-{stamp}.sqlite3")
    # Through SQLite's backup API, never a file copy (desk_app.db.snapshot).
    # No pause between the steps: nobody else may write while the program starts.
    return copy_database(source, target, pause_s=0.0, self_contained=False)


def upgrade(db: Database) -> MigrationReport:
    """Migrate ``db`` to the head revision; raises SchemaTooNew for a newer database."""
    if stamped_revision(db) == HEAD_REVISION:
        return MigrationReport(HEAD_REVISION, HEAD_REVISION, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    config = _config()
    script = ScriptDirectory.from_config(config)
    head = _head_of(script)
    current = current_revision(db)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise SchemaTooNew(found=current, known=head) from None
    if current == head:
        return MigrationReport(current, head, None)
    backup = _backup_sqlite(db, current) if current is not None else None
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationReport(current, head, backup)


def upgrade_to(db: Database, revision: str) -> None:
    """Upgrade to one named revision only; for tests of the upgrade path."""
    from alembic import command

    config = _config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
