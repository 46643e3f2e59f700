"""Every Designer form loads and has the widgets its behaviour class relies on."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtWidgets import QWidget

import desk_app.ui
from desk_app.paths import FORMS
from desk_app.ui.kit.forms import FormBacked, FormError, load_form

# Importing every UI module registers every behaviour class with its form.
for _module in pkgutil.walk_packages(desk_app.ui.__path__, "desk_app.ui."):
    importlib.import_module(_module.name)


def test_every_form_file_has_a_behaviour_class():
    on_disk = {path.relative_to(FORMS).as_posix() for path in FORMS.rglob("*.ui")}
    assert on_disk == set(FormBacked.registry)


def test_every_form_loads_with_the_widgets_its_class_needs(qtbot):
    for name, cls in FormBacked.registry.items():
        host = QWidget()
        qtbot.addWidget(host)
        form = load_form(name, host, cls.WIDGETS)
        for widget_name in cls.WIDGETS:
            assert getattr(form, widget_name) is not None, (name, widget_name)


def test_a_missing_widget_is_reported_by_name(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    try:
        load_form("login.ui", host, {"noSuchField": QWidget})
    except FormError as error:
        assert "noSuchField" in str(error)
    else:
        raise AssertionError("a missing widget must fail the load")
