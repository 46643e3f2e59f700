"""Reading and changing the service center's settings (admin only to change)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import Setting
from desk_app.domain.roles import Permission
from desk_app.domain.settings import SETTING_SPECS, SPECS_BY_KEY
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit


def setting_value(session: Session, key: str) -> Any:
    """One setting inside another service's transaction; the default if never set."""
    row = session.get(Setting, key)
    return SPECS_BY_KEY[key].default if row is None else row.value


def setting_values(session: Session, keys: Iterable[str]) -> dict[str, Any]:
    """Several settings in one query, as ``setting_value`` gives each."""
    keys = list(keys)
    query = select(Setting.key, Setting.value).where(Setting.key.in_(keys))
    stored: dict[str, Any] = dict(session.execute(query).all())
    return {key: stored[key] if key in stored else SPECS_BY_KEY[key].default for key in keys}


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def all(self) -> dict[str, Any]:
        """Every setting, stored value or default."""
        with self.ctx.db.read() as session:
            stored = {row.key: row.value for row in session.scalars(select(Setting))}
        return {spec.key: stored.get(spec.key, spec.default) for spec in SETTING_SPECS}

    def get(self, key: str) -> Any:
        with self.ctx.db.read() as session:
            return setting_value(session, key)

    def update(self, actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
        """Validate every value first, then store them all or none; returns what changed."""
        require(actor, Permission.ADMINISTER)
        return self._store(actor, values)

    def seed(self, values: dict[str, Any]) -> None:
        """Store initial settings without an actor (first-run setup, demo data)."""
        self._store(None, values)

    @staticmethod
    def check(values: dict[str, Any]) -> dict[str, Any]:
        """The stored form of every value, or the ValidationError of the first bad one;
        stores nothing (the first run checks its settings before it makes the account)."""
        unknown = [key for key in values if key not in SPECS_BY_KEY]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key=unknown[0]
            )
        return {key: SPECS_BY_KEY[key].coerce(value) for key, value in values.items()}

    def _store(self, actor: Actor | None, values: dict[str, Any]) -> dict[str, Any]:
        clean = self.check(values)
        changed: dict[str, Any] = {}
        with self.ctx.db.write() as session:
            for key, value in clean.items():
                row = session.get(Setting, key)
                old = SPECS_BY_KEY[key].default if row is None else row.value
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
                if old != value:
                    changed[key] = value
                    audit.record(
                        session,
                        self.ctx,
                        actor,
                        "update",
                        "setting",
                        key,
                        old={"value": old},
                        new={"value": value},
                    )
        return changed
