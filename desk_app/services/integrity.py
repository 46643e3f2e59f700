"""`desk-app check`: is the database whole and at the schema this program expects?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desk_app.db.migrate import current_revision, head_revision
from desk_app.services.audit_chain import verify_chain
from desk_app.services.context import ServiceContext


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def run_checks(ctx: ServiceContext) -> list[CheckResult]:
    db = ctx.db
    results: list[CheckResult] = []
    current, head = current_revision(db), head_revision()
    results.append(
        CheckResult("schema", current == head, f"schema version {current} (program expects {head})")
    )
    with db.engine.connect() as connection:
        if db.is_sqlite:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            results.append(CheckResult("sqlite integrity", rows == ["ok"], "; ".join(rows[:5])))
            bad = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
            results.append(CheckResult("foreign keys", not bad, f"{len(bad)} dangling references"))
        else:
            version = connection.execute(text("SHOW server_version")).scalar_one()
            results.append(CheckResult("server", True, f"PostgreSQL {version}"))
        orphans = connection.execute(
            text(
                "SELECT COUNT(*) FROM audit_events a "
                "WHERE a.actor_id IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM users u WHERE u.id = a.actor_id)"
            )
        ).scalar_one()
        results.append(CheckResult("audit actors", orphans == 0, f"{orphans} unknown actors"))
    chain = verify_chain(ctx)
    results.append(CheckResult("audit chain", chain.ok, chain.detail))
    return results
