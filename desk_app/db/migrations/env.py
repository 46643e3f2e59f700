"""Alembic environment: always run from desk_app.db.migrate with a live connection."""

from alembic import context

from desk_app.db.migrate import is_model_object
from desk_app.domain import models  # noqa: F401 - registers every table on Base.metadata
from desk_app.domain.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=is_model_object,
)
with context.begin_transaction():
    context.run_migrations()
