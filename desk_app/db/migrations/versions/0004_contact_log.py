"""Contact log: channels, entries with their bigram search index, day sign-offs,
links between records.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEED_CHANNELS = [
    ("call_in", "来电", False),
    ("call_out", "致电客户", True),
    ("visit", "来访", False),
    ("letter", "来信", False),
    ("online", "网络/微信", False),
]

# SQLite: an external-content FTS5 table over the bigram column, kept by triggers.
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE contact_search USING fts5("
    "search_text, content='contact_entries', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER contact_search_insert AFTER INSERT ON contact_entries BEGIN "
    "INSERT INTO contact_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER contact_search_update AFTER UPDATE OF search_text ON contact_entries BEGIN "
    "INSERT INTO contact_search(contact_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO contact_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER contact_search_delete AFTER DELETE ON contact_entries BEGIN "
    "INSERT INTO contact_search(contact_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
]
# PostgreSQL: a GIN index over the bigrams as an array.
POSTGRES_SEARCH = [
    "CREATE INDEX ix_contact_entries_search_grams ON contact_entries "
    "USING gin (string_to_array(search_text, ' '))",
]


def upgrade() -> None:
    channels = op.create_table(
        "contact_channels",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("outgoing", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_contact_channels")),
    )
    op.create_table(
        "contact_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("occurred_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("channel_code", sa.String(length=20), nullable=False),
        sa.Column("caller_name", sa.String(length=40), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("since", sa.String(length=60), nullable=False),
        sa.Column("received_by_id", sa.Integer(), nullable=False),
        sa.Column("forwarded_department_id", sa.Integer(), nullable=True),
        sa.Column("forwarded_to", sa.String(length=40), nullable=False),
        sa.Column("follow_up_status", sa.String(length=12), nullable=False),
        sa.Column("follow_up_result", sa.Text(), nullable=False),
        sa.Column("call_outcome", sa.String(length=20), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("review_remark", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_code"], ["contact_channels.code"],
            name=op.f("fk_contact_entries_channel_code_contact_channels"),
        ),
        sa.ForeignKeyConstraint(
            ["forwarded_department_id"], ["departments.id"],
            name=op.f("fk_contact_entries_forwarded_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["users.id"], name=op.f("fk_contact_entries_received_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"], ["users.id"], name=op.f("fk_contact_entries_reviewed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_contact_entries_room_id_rooms")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"], ["users.id"], name=op.f("fk_contact_entries_voided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_entries")),
        sa.UniqueConstraint("serial", name=op.f("uq_contact_entries_serial")),
    )
    op.create_index(op.f("ix_contact_entries_day"), "contact_entries", ["day"])
    op.create_index("ix_contact_entries_day_serial", "contact_entries", ["day", "serial"])
    op.create_index(op.f("ix_contact_entries_phone"), "contact_entries", ["phone"])
    op.create_index(op.f("ix_contact_entries_room_id"), "contact_entries", ["room_id"])
    op.create_index("ix_contact_entries_occurred_at", "contact_entries", ["occurred_at"])
    op.create_table(
        "day_signoffs",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["signed_by_id"], ["users.id"], name=op.f("fk_day_signoffs_signed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("kind", "day", name=op.f("pk_day_signoffs")),
    )
    op.create_table(
        "record_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_type", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_record_links_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_links")),
        sa.UniqueConstraint(
            "source_type", "source_id", "target_type", "target_id",
            name=op.f("uq_record_links_source_type"),
        ),
    )
    op.create_index("ix_record_links_target", "record_links", ["target_type", "target_id"])
    op.bulk_insert(
        channels,
        [
            {"code": code, "label": label, "outgoing": outgoing, "sort_order": index, "active": True}
            for index, (code, label, outgoing) in enumerate(SEED_CHANNELS)
        ],
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("contact_search_insert", "contact_search_update", "contact_search_delete"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE contact_search")
    op.drop_table("record_links")
    op.drop_table("day_signoffs")
    op.drop_table("contact_entries")
    op.drop_table("contact_channels")
