"""Complaints (投诉): the complaints, their timeline of steps, escalations and
progress notes, and the administrator's working-day overrides.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "working_day_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_working_day_overrides")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("received_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("complainant", sa.String(length=40), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("written", sa.Boolean(), nullable=False),
        sa.Column("solved_on_spot", sa.Boolean(), nullable=False),
        sa.Column("nature", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("major_signs", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("repeat_of_id", sa.Integer(), nullable=True),
        sa.Column("manager_notified_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("acknowledged_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.Column("reply_due_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("replied_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("written_reply_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("resolve_due_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("due_phase", sa.String(length=8), nullable=False),
        sa.Column("due_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=80), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("approved_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("carried_out", sa.Text(), nullable=False),
        sa.Column("confirmation", sa.Text(), nullable=False),
        sa.Column("resolved_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("resolved_late", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        sa.Column("callback_note", sa.Text(), nullable=False),
        sa.Column("callback_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("summary_cause", sa.Text(), nullable=False),
        sa.Column("summary_lesson", sa.Text(), nullable=False),
        sa.Column("summary_prevention", sa.Text(), nullable=False),
        sa.Column("closed_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_acknowledged_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_complaints_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_complaints_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_complaints_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["repeat_of_id"], ["complaints.id"], name=op.f("fk_complaints_repeat_of_id_complaints")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_complaints_room_id_rooms")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("serial", name=op.f("uq_complaints_serial")),
    )
    op.create_index("ix_complaints_created_at", "complaints", ["created_at"], unique=False)
    op.create_index(op.f("ix_complaints_day"), "complaints", ["day"], unique=False)
    op.create_index(
        "ix_complaints_room_category",
        "complaints",
        ["room_id", "category", "created_at"],
        unique=False,
    )
    op.create_index("ix_complaints_status_due", "complaints", ["status", "due_at"], unique=False)
    op.create_table(
        "complaint_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_complaint_steps_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_steps_complaint_id_complaints"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_steps")),
    )
    op.create_index(
        op.f("ix_complaint_steps_complaint_id"), "complaint_steps", ["complaint_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_steps_complaint_id"), table_name="complaint_steps")
    op.drop_table("complaint_steps")
    op.drop_index("ix_complaints_status_due", table_name="complaints")
    op.drop_index("ix_complaints_room_category", table_name="complaints")
    op.drop_index(op.f("ix_complaints_day"), table_name="complaints")
    op.drop_index("ix_complaints_created_at", table_name="complaints")
    op.drop_table("complaints")
    op.drop_table("working_day_overrides")
