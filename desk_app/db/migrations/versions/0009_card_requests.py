"""Access cards: the card register with its history, card requests with theirs.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _utc(name, nullable):
    return sa.Column(name, desk_app.domain.base.UTCDateTime(), nullable=nullable)


def _fk(table, column, target):
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "card_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        _utc("created_at", False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("applicant", sa.String(length=40), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("card_count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("consent", sa.String(length=10), nullable=False),
        sa.Column("consent_note", sa.String(length=200), nullable=False),
        sa.Column("fee", sa.Numeric(10, 2), nullable=False),
        sa.Column("fee_waived", sa.Boolean(), nullable=False),
        sa.Column("waive_reason", sa.Text(), nullable=False),
        sa.Column("old_cards", sa.JSON(), nullable=False),
        sa.Column("new_cards", sa.JSON(), nullable=False),
        _utc("decided_at", True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        _utc("issued_at", True),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("signed_by", sa.String(length=40), nullable=False),
        _utc("done_at", True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("receipt_count", sa.Integer(), nullable=False),
        _fk("card_requests", "created_by_id", "users"),
        _fk("card_requests", "decided_by_id", "users"),
        _fk("card_requests", "issued_by_id", "users"),
        _fk("card_requests", "room_id", "rooms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_requests")),
        sa.UniqueConstraint("serial", name=op.f("uq_card_requests_serial")),
    )
    op.create_index(op.f("ix_card_requests_day"), "card_requests", ["day"])
    op.create_index(op.f("ix_card_requests_kind"), "card_requests", ["kind"])
    op.create_index(op.f("ix_card_requests_status"), "card_requests", ["status"])
    op.create_index(op.f("ix_card_requests_room_id"), "card_requests", ["room_id"])
    op.create_index("ix_card_requests_created_at", "card_requests", ["created_at"])

    op.create_table(
        "card_request_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        _utc("at", False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _fk("card_request_steps", "actor_id", "users"),
        _fk("card_request_steps", "request_id", "card_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_request_steps")),
    )
    op.create_index(op.f("ix_card_request_steps_request_id"), "card_request_steps", ["request_id"])

    op.create_table(
        "access_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=40), nullable=False),
        _utc("issued_at", False),
        sa.Column("state", sa.String(length=20), nullable=False),
        _utc("state_at", False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("access_cards", "request_id", "card_requests"),
        _fk("access_cards", "room_id", "rooms"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_cards")),
    )
    op.create_index("ix_access_cards_number", "access_cards", ["number"])
    op.create_index(op.f("ix_access_cards_room_id"), "access_cards", ["room_id"])
    op.create_index(op.f("ix_access_cards_request_id"), "access_cards", ["request_id"])
    # A card number is never active twice.
    op.create_index(
        "uq_access_cards_active_number",
        "access_cards",
        ["number"],
        unique=True,
        sqlite_where=sa.text("state = 'active'"),
        postgresql_where=sa.text("state = 'active'"),
    )

    op.create_table(
        "access_card_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        _utc("at", False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        _fk("access_card_events", "actor_id", "users"),
        _fk("access_card_events", "card_id", "access_cards"),
        _fk("access_card_events", "request_id", "card_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_card_events")),
    )
    op.create_index(op.f("ix_access_card_events_card_id"), "access_card_events", ["card_id"])


def downgrade() -> None:
    op.drop_table("access_card_events")
    op.drop_table("access_cards")
    op.drop_table("card_request_steps")
    op.drop_table("card_requests")
