"""Resident register: communities, buildings, units, rooms, residents and their search keys.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

import desk_app.domain.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def search_text(length: int) -> sa.String:
    # As desk_app.domain.register.search_text: collated "C" on PostgreSQL so that the
    # B-tree indexes answer the room lookup's prefix searches.
    return sa.String(length=length).with_variant(
        sa.String(length=length, collation="C"), "postgresql"
    )


def upgrade() -> None:
    op.create_table(
        "communities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communities")),
        sa.UniqueConstraint("name", name=op.f("uq_communities_name")),
    )
    op.create_table(
        "buildings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_buildings_community_id_communities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buildings")),
        sa.UniqueConstraint("community_id", "code", name=op.f("uq_buildings_community_id")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_units_building_id_buildings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("building_id", "code", name=op.f("uq_units_building_id")),
    )
    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("number", search_text(10), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("area", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("occupancy", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("sort_key", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_rooms_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("unit_id", "number", name=op.f("uq_rooms_unit_id")),
    )
    op.create_index(op.f("ix_rooms_number"), "rooms", ["number"])
    op.create_index(op.f("ix_rooms_sort_key"), "rooms", ["sort_key"])
    op.create_table(
        "residents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("name", search_text(40), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("phones", sa.String(length=100), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("move_in", sa.Date(), nullable=True),
        sa.Column("move_out", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("emergency_name", sa.String(length=40), nullable=False),
        sa.Column("emergency_phone", sa.String(length=20), nullable=False),
        sa.Column("created_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", desk_app.domain.base.UTCDateTime(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", desk_app.domain.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_residents_room_id_rooms")),
        sa.ForeignKeyConstraint(
            ["voided_by_id"], ["users.id"], name=op.f("fk_residents_voided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
    )
    op.create_index(op.f("ix_residents_name"), "residents", ["name"])
    op.create_index(op.f("ix_residents_room_id"), "residents", ["room_id"])
    op.create_table(
        "resident_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", search_text(40), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_resident_keys_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_keys")),
    )
    op.create_index("ix_resident_keys_kind_key", "resident_keys", ["kind", "key"])
    op.create_index(op.f("ix_resident_keys_resident_id"), "resident_keys", ["resident_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_resident_keys_resident_id"), table_name="resident_keys")
    op.drop_index("ix_resident_keys_kind_key", table_name="resident_keys")
    op.drop_table("resident_keys")
    op.drop_index(op.f("ix_residents_room_id"), table_name="residents")
    op.drop_index(op.f("ix_residents_name"), table_name="residents")
    op.drop_table("residents")
    op.drop_index(op.f("ix_rooms_sort_key"), table_name="rooms")
    op.drop_index(op.f("ix_rooms_number"), table_name="rooms")
    op.drop_table("rooms")
    op.drop_table("units")
    op.drop_table("buildings")
    op.drop_table("communities")
