"""UI tests: real widgets, offscreen, in Chinese (the product's language), on a real
SQLite file per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desk_app.services.app import open_services
from desk_app.ui.fonts import install_app_font
from desk_app.ui.i18n import install_language
from tests.conftest import ZONE


@pytest.fixture(scope="session", autouse=True)
def _bundled_font(qapp):
    install_app_font(qapp)


@pytest.fixture(autouse=True)
def _private_qsettings(qapp, tmp_path_factory):
    """The window's remembered layout goes to a folder of the test's, never to the
    user's own settings, and each test starts as on a PC that never ran the app."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    qapp.setOrganizationName("desk_app")
    qapp.setApplicationName("desk_app")
    yield folder


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):
    """Per test: a test of the start-up path may switch the language ("auto")."""
    install_language(qapp, "zh_CN")


@pytest.fixture
def services(sqlite_url, clock):
    """The UI tests run on SQLite only; the services tests cover PostgreSQL."""
    services = open_services(sqlite_url, clock=clock, zone=ZONE)
    yield services
    services.close()
