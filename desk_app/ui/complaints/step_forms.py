"""The small form each step of a complaint asks: its rows come from ``ROWS`` (which
fields the step needs), its title from the life cycle's label. It saves through the
service and stays open, with what was typed, on an error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.complaints import (
    CATEGORY_LABELS,
    LIFECYCLE,
    NATURE_LABELS,
    NOTE_CHANNEL_LABELS,
    SATISFACTION_LABELS,
    Action,
    Category,
    Level,
    Nature,
    NoteChannel,
    Satisfaction,
)
from desk_app.domain.errors import DeskError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.services.app import Services
from desk_app.services.complaints.views import ComplaintDetail
from desk_app.services.context import Actor
from desk_app.ui.complaints.wording import t
from desk_app.ui.kit import feedback


@dataclass(frozen=True)
class Row:
    key: str  # the keyword the service takes, and the field its errors name
    kind: str  # text, line, nature, category, major, department, satisfaction, channel
    label: str  # English source, context ComplaintSteps


def _rows(*rows: tuple[str, str, str]) -> tuple[Row, ...]:
    return tuple(Row(*row) for row in rows)


# The fields of each step's form, in the order the clerk tabs through them.
ROWS: dict[Action, tuple[Row, ...]] = {
    Action.ASSESS: _rows(
        ("nature", "nature", QT_TRANSLATE_NOOP("ComplaintSteps", "Nature")),
        ("category", "category", QT_TRANSLATE_NOOP("ComplaintSteps", "Category")),
        ("major", "major", QT_TRANSLATE_NOOP("ComplaintSteps", "Major complaint")),
        ("assessment", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Assessment")),
    ),
    Action.DISMISS: _rows(
        (
            "explanation",
            "text",
            QT_TRANSLATE_NOOP("ComplaintSteps", "Explanation given to the complainant"),
        )
    ),
    Action.INVESTIGATE: _rows(
        ("cause", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Cause")),
        ("responsible", "line", QT_TRANSLATE_NOOP("ComplaintSteps", "Responsible party")),
        ("department_id", "department", QT_TRANSLATE_NOOP("ComplaintSteps", "Department")),
    ),
    Action.PROPOSE: _rows(
        ("resolution", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Resolution proposed"))
    ),
    Action.APPROVE: _rows(("note", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Note (optional)"))),
    Action.REJECT: _rows(
        ("reason", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Why it goes back"))
    ),
    Action.CARRY_OUT: _rows(
        ("done", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "What was done")),
        (
            "confirmation",
            "text",
            QT_TRANSLATE_NOOP("ComplaintSteps", "How the complainant confirmed"),
        ),
    ),
    Action.CALLBACK: _rows(
        ("satisfaction", "satisfaction", QT_TRANSLATE_NOOP("ComplaintSteps", "Satisfaction")),
        ("note", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "What they said")),
    ),
    Action.SUMMARISE: _rows(
        ("cause", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Cause")),
        ("lesson", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Lesson")),
        (
            "prevention",
            "text",
            QT_TRANSLATE_NOOP("ComplaintSteps", "Corrective and preventive action"),
        ),
    ),
    Action.ESCALATE: _rows(
        ("reason", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Reason for escalating"))
    ),
    Action.NOTE: _rows(
        ("channel", "channel", QT_TRANSLATE_NOOP("ComplaintSteps", "How")),
        ("text", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "What they were told")),
    ),
    Action.VOID: _rows(("reason", "text", QT_TRANSLATE_NOOP("ComplaintSteps", "Why it is void"))),
}
# Error fields of the services that name another key than the form's.
_ALIASES = {
    "summary_cause": "cause",
    "summary_lesson": "lesson",
    "summary_prevention": "prevention",
}


def asks(action: Action) -> bool:
    return action in ROWS


def _tr(text: str) -> str:
    from desk_app.ui.i18n import translate

    return translate("ComplaintSteps", text)


class StepDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        complaint: ComplaintDetail,
        action: Action,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.complaint, self.action = services, actor, complaint, action
        self.saved: ComplaintDetail | None = None
        self.setWindowTitle(f"{complaint.serial} — {t(LIFECYCLE.label(action))}")
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{complaint.serial}</b> {complaint.content[:80]}")
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QWidget] = {}
        for row in ROWS[action]:
            widget = self._input(row)
            widget.setObjectName(row.key)
            self.inputs[row.key] = widget
            form.addRow(_tr(row.label), widget)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.resize(560, 120 + 90 * len(ROWS[action]))

    def _input(self, row: Row) -> QWidget:
        c = self.complaint
        if row.kind == "text":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            return box
        if row.kind == "line":
            line = QLineEdit()
            line.setMaxLength(limits.PLACE)
            return line
        if row.kind == "major":
            box = QCheckBox()
            box.setChecked(c.level is Level.MAJOR)
            box.setEnabled(c.level is not Level.MAJOR)  # a major one stays major
            return box
        combo = QComboBox()
        if row.kind == "nature":
            for nature in Nature:
                combo.addItem(t(NATURE_LABELS[nature]), nature.value)
            combo.setCurrentIndex(combo.findData(c.nature.value))
        elif row.kind == "category":
            for category in Category:
                combo.addItem(t(CATEGORY_LABELS[category]), category.value)
            combo.setCurrentIndex(combo.findData(c.category.value))
        elif row.kind == "satisfaction":
            for level in Satisfaction:
                combo.addItem(t(SATISFACTION_LABELS[level]), level.value)
            combo.setCurrentIndex(1)
        elif row.kind == "channel":
            for channel in NoteChannel:
                combo.addItem(t(NOTE_CHANNEL_LABELS[channel]), channel.value)
            if c.written and c.written_reply_at is None:
                combo.setCurrentIndex(combo.findData(NoteChannel.WRITTEN.value))
        elif row.kind == "department":
            combo.addItem("—", None)
            for department in self.services.accounts.list_departments():
                combo.addItem(department.name, department.id)
            combo.setCurrentIndex(max(0, combo.findData(c.department_id)))
        return combo

    def value(self, key: str):
        widget = self.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.currentData()

    def _call(self) -> Callable[[], ComplaintDetail]:
        steps, actor, cid = self.services.complaints.steps, self.actor, self.complaint.id
        v = {key: self.value(key) for key in self.inputs}
        calls = {
            Action.ASSESS: lambda: steps.assess(
                actor, cid, nature=v["nature"], category=v["category"],
                assessment=v["assessment"], major=v["major"],
            ),
            Action.DISMISS: lambda: steps.dismiss(actor, cid, v["explanation"]),
            Action.INVESTIGATE: lambda: steps.investigate(
                actor, cid, cause=v["cause"], responsible=v["responsible"],
                department_id=v["department_id"],
            ),
            Action.PROPOSE: lambda: steps.propose(actor, cid, v["resolution"]),
            Action.APPROVE: lambda: steps.approve(actor, cid, v["note"]),
            Action.REJECT: lambda: steps.reject(actor, cid, v["reason"]),
            Action.CARRY_OUT: lambda: steps.carry_out(
                actor, cid, done=v["done"], confirmation=v["confirmation"]
            ),
            Action.CALLBACK: lambda: steps.callback(actor, cid, v["satisfaction"], v["note"]),
            Action.SUMMARISE: lambda: steps.summarise(
                actor, cid, cause=v["cause"], lesson=v["lesson"], prevention=v["prevention"]
            ),
            Action.ESCALATE: lambda: steps.escalate(actor, cid, v["reason"]),
            Action.NOTE: lambda: steps.note(actor, cid, v["channel"], v["text"]),
            Action.VOID: lambda: steps.void(actor, cid, v["reason"]),
        }  # fmt: skip
        return calls[self.action]

    def accept(self) -> None:
        try:
            self.saved = self._call()()
        except DeskError as error:
            fields = dict(self.inputs)
            fields.update(
                {alias: self.inputs[key] for alias, key in _ALIASES.items() if key in self.inputs}
            )
            fields.setdefault("reason", next(iter(self.inputs.values())))
            feedback.show_error(self.error, error, fields)
            return
        super().accept()
