"""Loading Qt Designer forms from forms/ at run time.

Each screen's behaviour class names its ``.ui`` file and the widgets it relies
on; the loader checks them, so a renamed widget fails at once (and in the form
test) instead of deep inside a handler.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desk_app.paths import FORMS


class FormError(RuntimeError):
    pass


def load_form(name: str, parent: QWidget, widgets: dict[str, type]) -> QWidget:
    """Load ``forms/<name>`` as a child of ``parent`` and check the named widgets."""
    file = QFile(str(FORMS / name))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open form {name}")
    try:
        form = QUiLoader().load(file, parent)
    finally:
        file.close()
    if form is None:
        raise FormError(f"cannot load form {name}")
    for widget_name, widget_type in widgets.items():
        widget = form.findChild(widget_type, widget_name)
        if widget is None:
            raise FormError(f"{name}: no {widget_type.__name__} named {widget_name!r}")
    return form


class FormBacked:
    """Mixin for a widget whose layout comes from a ``.ui`` file.

    Subclasses set FORM and WIDGETS and call ``self.setup_form()``; the form's
    named children are then attributes of ``self.ui``.
    """

    FORM: ClassVar[str]
    WIDGETS: ClassVar[dict[str, type]]
    registry: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "FORM" in cls.__dict__:
            FormBacked.registry[cls.FORM] = cls

    def setup_form(self) -> QWidget:
        self.ui = load_form(self.FORM, self, self.WIDGETS)
        layout = QVBoxLayout(self)
        margin = 12 if isinstance(self, QDialog) else 0
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.ui)
        if self.ui.windowTitle():
            self.setWindowTitle(self.ui.windowTitle())
        return self.ui
