"""How dates, times and codes look on screen."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.roles import ROLE_LABELS, Role
from desk_app.ui.i18n import translate


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def role_label(role: Role | str) -> str:
    return translate("Roles", ROLE_LABELS[Role(role)])
