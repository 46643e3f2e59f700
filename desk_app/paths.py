"""Where the app finds its bundled files and keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
FORMS = PROJECT_ROOT / "forms"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "i18n"

CJK_FONT_FILE = FONTS / "wqy-microhei.ttc"

APP_NAME = "desk_app"


def data_dir() -> Path:
    """The per-user data folder; DESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("DESK_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'desk.sqlite3').as_posix()}"


def resolve_db_url(cli_value: str | None = None) -> str:
    """--db beats DESK_DB_URL beats the SQLite file in the user data folder."""
    return cli_value or os.environ.get("DESK_DB_URL") or default_db_url()


def log_file() -> Path:
    """The program's log in the data folder (older parts beside it: .1 … .5)."""
    return data_dir() / "logs" / "desk_app.log"
