"""Tamper-evident audit trail: every row hash-chained to the one before it, existing
rows chained in id order, and UPDATE / DELETE of audit rows refused by triggers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base
from desk_app.services.kit.audit_chain import GENESIS, hash_of

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 2000

# Triggers must be created after the table's last rebuild: SQLite's batch mode copies
# the table and would leave them behind.
SQLITE_TRIGGERS = [
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'audit_events is append-only: rows are never updated'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'audit_events is append-only: rows are never deleted'); END",
]
POSTGRES_TRIGGERS = [
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP; END $$",
    "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()",
]

# The columns as the program reads them, so the hashes match what it checks later.
events = sa.table(
    "audit_events",
    sa.column("id", sa.Integer()),
    sa.column("at", desk_app.domain.base.UTCDateTime()),
    sa.column("actor_id", sa.Integer()),
    sa.column("actor_name", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity_type", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("old_values", sa.JSON()),
    sa.column("new_values", sa.JSON()),
    sa.column("reason", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("row_hash", sa.String()),
)


def _chain_existing_rows(connection) -> None:
    """Chain the rows written before this version, in id order, a batch at a time."""
    content = [c for c in events.c if c.name not in ("prev_hash", "row_hash")]
    seal = (
        sa.update(events)
        .where(events.c.id == sa.bindparam("b_id"))
        .values(prev_hash=sa.bindparam("b_prev"), row_hash=sa.bindparam("b_hash"))
    )
    head, last_id = GENESIS, 0
    while True:
        rows = (
            connection.execute(
                sa.select(*content).where(events.c.id > last_id).order_by(events.c.id).limit(BATCH)
            )
            .mappings()
            .all()
        )
        if not rows:
            return
        sealed = []
        for row in rows:
            digest = hash_of({**row, "prev_hash": head})
            sealed.append({"b_id": row["id"], "b_prev": head, "b_hash": digest})
            head = digest
        connection.execute(seal, sealed)
        last_id = rows[-1]["id"]


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("row_hash", sa.String(length=64), nullable=True))
    _chain_existing_rows(op.get_bind())
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("row_hash", existing_type=sa.String(length=64), nullable=False)
    op.create_index("ix_audit_events_prev_hash", "audit_events", ["prev_hash"], unique=True)
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_events_no_update")
        op.execute("DROP TRIGGER audit_events_no_delete")
    else:
        op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
        op.execute("DROP TRIGGER audit_events_no_change ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_index("ix_audit_events_prev_hash", table_name="audit_events")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
