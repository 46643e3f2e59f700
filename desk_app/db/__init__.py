"""Connecting to the database and keeping its schema current."""

from desk_app.db.engine import Database

__all__ = ["Database"]
