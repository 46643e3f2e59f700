"""Visitor register: kinds of visitor, the block list, visits and their steps.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEED_KINDS = [
    ("guest", "亲友访客"),
    ("courier", "快递/外卖"),
    ("contractor", "施工/维修"),
    ("decoration", "装修工人"),
    ("applicant", "应聘人员"),
    ("official", "公务人员"),
    ("other", "其他"),
]


def upgrade() -> None:
    kinds = op.create_table(
        "visitor_kinds",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_visitor_kinds")),
    )
    op.create_table(
        "visitor_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("plate", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_visitor_blocks_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor_blocks")),
    )
    op.create_index(op.f("ix_visitor_blocks_id_number"), "visitor_blocks", ["id_number"])
    op.create_index(op.f("ix_visitor_blocks_plate"), "visitor_blocks", ["plate"])
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("visitor_name", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("kind_code", sa.String(length=20), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("host_name", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("companions", sa.Integer(), nullable=False),
        sa.Column("plate", sa.String(length=10), nullable=False),
        sa.Column("permit_no", sa.String(length=40), nullable=False),
        sa.Column("arrived_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("expected_until", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("departed_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("signed_in_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_out_by_id", sa.Integer(), nullable=True),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("block_reason", sa.Text(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("personal_purged_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["block_id"], ["visitor_blocks.id"], name=op.f("fk_visits_block_id_visitor_blocks")
        ),
        sa.ForeignKeyConstraint(
            ["kind_code"], ["visitor_kinds.code"], name=op.f("fk_visits_kind_code_visitor_kinds")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_visits_room_id_rooms")),
        sa.ForeignKeyConstraint(
            ["signed_in_by_id"], ["users.id"], name=op.f("fk_visits_signed_in_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["signed_out_by_id"], ["users.id"], name=op.f("fk_visits_signed_out_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
        sa.UniqueConstraint("serial", name=op.f("uq_visits_serial")),
    )
    op.create_index("ix_visits_arrived_at", "visits", ["arrived_at"])
    op.create_index(op.f("ix_visits_day"), "visits", ["day"])
    op.create_index(op.f("ix_visits_plate"), "visits", ["plate"])
    op.create_index(op.f("ix_visits_room_id"), "visits", ["room_id"])
    op.create_index("ix_visits_status_arrived_at", "visits", ["status", "arrived_at"])
    op.create_table(
        "visit_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_visit_steps_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_visit_steps_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_steps")),
    )
    op.create_index(op.f("ix_visit_steps_visit_id"), "visit_steps", ["visit_id"])
    op.bulk_insert(
        kinds,
        [
            {"code": code, "label": label, "sort_order": index, "active": True}
            for index, (code, label) in enumerate(SEED_KINDS)
        ],
    )


def downgrade() -> None:
    op.drop_table("visit_steps")
    op.drop_table("visits")
    op.drop_table("visitor_blocks")
    op.drop_table("visitor_kinds")
