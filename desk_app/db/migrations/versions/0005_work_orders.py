"""Work orders: categories, orders with their bigram search index, quote lines,
status history, callbacks, print log, notifications.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEED_CATEGORIES = [
    ("water", "给排水"),
    ("electrical", "电气照明"),
    ("doors_windows", "门窗"),
    ("civil", "土建"),
    ("lift", "电梯"),
    ("gas", "燃气"),
    ("public_facilities", "公共设施"),
    ("cleaning", "保洁"),
    ("greenery", "绿化"),
    ("security", "安防"),
    ("other", "其他"),
]

# SQLite: an external-content FTS5 table over the bigram column, kept by triggers.
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE work_order_search USING fts5("
    "search_text, content='work_orders', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER work_order_search_insert AFTER INSERT ON work_orders BEGIN "
    "INSERT INTO work_order_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER work_order_search_update AFTER UPDATE OF search_text ON work_orders BEGIN "
    "INSERT INTO work_order_search(work_order_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO work_order_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER work_order_search_delete AFTER DELETE ON work_orders BEGIN "
    "INSERT INTO work_order_search(work_order_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
]
# PostgreSQL: a GIN index over the bigrams as an array.
POSTGRES_SEARCH = [
    "CREATE INDEX ix_work_orders_search_grams ON work_orders "
    "USING gin (string_to_array(search_text, ' '))",
]


def _utc(name, nullable):
    return sa.Column(name, desk_app.domain.base.UTCDateTime(), nullable=nullable)


def upgrade() -> None:
    categories = op.create_table(
        "work_order_categories",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("complete_hours", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_work_order_categories")),
    )
    op.create_table(
        "work_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        _utc("created_at", False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=12), nullable=False),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("contact_name", sa.String(length=40), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("category_code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        _utc("appointment_at", True),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("labour_fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("quote_revision", sa.Integer(), nullable=False),
        _utc("resident_agreed_at", True),
        sa.Column("agreement_note", sa.String(length=200), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("technician", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("held_from", sa.String(length=16), nullable=False),
        sa.Column("hold_reason", sa.String(length=20), nullable=False),
        sa.Column("hold_note", sa.Text(), nullable=False),
        sa.Column("hold_until", sa.Date(), nullable=True),
        _utc("hold_started_at", True),
        sa.Column("held_seconds", sa.Integer(), nullable=False),
        _utc("clock_start_at", False),
        _utc("onsite_due_at", True),
        _utc("complete_due_at", False),
        sa.Column("due_phase", sa.String(length=10), nullable=False),
        _utc("due_at", True),
        _utc("manager_notified_at", True),
        _utc("dispatched_at", True),
        sa.Column("dispatched_by_id", sa.Integer(), nullable=True),
        _utc("onsite_at", True),
        sa.Column("onsite_late", sa.Boolean(), nullable=False),
        _utc("completed_at", True),
        sa.Column("completed_late", sa.Boolean(), nullable=False),
        sa.Column("work_done", sa.Text(), nullable=False),
        sa.Column("stop_gap", sa.Text(), nullable=False),
        _utc("slip_returned_at", True),
        _utc("callback_due_at", True),
        _utc("callback_next_at", True),
        sa.Column("callback_attempts", sa.Integer(), nullable=False),
        sa.Column("callback_unreachable", sa.Boolean(), nullable=False),
        _utc("callback_done_at", True),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        _utc("closed_at", True),
        _utc("ended_at", True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("handback_count", sa.Integer(), nullable=False),
        sa.Column("transfer_count", sa.Integer(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_code"], ["work_order_categories.code"],
            name=op.f("fk_work_orders_category_code_work_order_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_work_orders_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"],
            name=op.f("fk_work_orders_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["dispatched_by_id"], ["users.id"], name=op.f("fk_work_orders_dispatched_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_work_orders_room_id_rooms")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_orders")),
        sa.UniqueConstraint("serial", name=op.f("uq_work_orders_serial")),
    )
    op.create_index(op.f("ix_work_orders_day"), "work_orders", ["day"])
    op.create_index(op.f("ix_work_orders_room_id"), "work_orders", ["room_id"])
    op.create_index(op.f("ix_work_orders_department_id"), "work_orders", ["department_id"])
    op.create_index(op.f("ix_work_orders_due_at"), "work_orders", ["due_at"])
    op.create_index("ix_work_orders_status_due", "work_orders", ["status", "due_at"])
    op.create_index("ix_work_orders_created_at", "work_orders", ["created_at"])
    op.create_table(
        "work_order_quote_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"],
            name=op.f("fk_work_order_quote_lines_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_quote_lines")),
    )
    op.create_index(
        op.f("ix_work_order_quote_lines_order_id"), "work_order_quote_lines", ["order_id"]
    )
    op.create_table(
        "work_order_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        _utc("at", False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("hold_reason", sa.String(length=20), nullable=False),
        sa.Column("hold_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_work_order_steps_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"],
            name=op.f("fk_work_order_steps_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_work_order_steps_order_id_work_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_steps")),
    )
    op.create_index(op.f("ix_work_order_steps_order_id"), "work_order_steps", ["order_id"])
    op.create_table(
        "work_order_callbacks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        _utc("at", False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        _utc("call_later_at", True),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        _utc("amended_at", True),
        sa.Column("amended_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["amended_by_id"], ["users.id"],
            name=op.f("fk_work_order_callbacks_amended_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["by_id"], ["users.id"], name=op.f("fk_work_order_callbacks_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"],
            name=op.f("fk_work_order_callbacks_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_callbacks")),
    )
    op.create_index(op.f("ix_work_order_callbacks_order_id"), "work_order_callbacks", ["order_id"])
    op.create_table(
        "work_order_prints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=False),
        _utc("printed_at", False),
        sa.Column("printed_by_id", sa.Integer(), nullable=False),
        sa.Column("paper", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_work_order_prints_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["printed_by_id"], ["users.id"], name=op.f("fk_work_order_prints_printed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_prints")),
    )
    op.create_index(op.f("ix_work_order_prints_order_id"), "work_order_prints", ["order_id"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        _utc("created_at", False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("recipient_role", sa.String(length=20), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        _utc("read_at", True),
        sa.Column("read_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["read_by_id"], ["users.id"], name=op.f("fk_notifications_read_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["users.id"], name=op.f("fk_notifications_recipient_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(op.f("ix_notifications_recipient_id"), "notifications", ["recipient_id"])
    op.bulk_insert(
        categories,
        [
            {
                "code": code,
                "label": label,
                "sort_order": index,
                "active": True,
                "complete_hours": None,
            }
            for index, (code, label) in enumerate(SEED_CATEGORIES)
        ],
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in (
            "work_order_search_insert",
            "work_order_search_update",
            "work_order_search_delete",
        ):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE work_order_search")
    op.drop_table("notifications")
    op.drop_table("work_order_prints")
    op.drop_table("work_order_callbacks")
    op.drop_table("work_order_steps")
    op.drop_table("work_order_quote_lines")
    op.drop_table("work_orders")
    op.drop_table("work_order_categories")
