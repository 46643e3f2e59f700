"""工作台: what needs attention today, at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.contacts.service import ContactFilter
from desk_app.services.context import Actor


class DashboardPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.today = QLabel()
        self.today.setObjectName("todaySummary")
        font = self.today.font()
        font.setPointSize(font.pointSize() + 2)
        self.today.setFont(font)
        self.overdue = QLabel()
        self.overdue.setObjectName("overdueSummary")
        self.work = QLabel()
        self.work.setObjectName("workOrderSummary")
        self.work.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.today)
        layout.addWidget(self.overdue)
        layout.addWidget(self.work)
        self.unsigned_box = QGroupBox(self.tr("Days not yet signed (contact log)"))
        self.unsigned = QListWidget()
        self.unsigned.setObjectName("unsignedDays")
        self.unsigned.setMaximumHeight(160)
        box_layout = QVBoxLayout(self.unsigned_box)
        box_layout.addWidget(self.unsigned)
        self.unsigned_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.unsigned_box)
        self.unsigned_box.setVisible(actor.can(Permission.SIGN_DAY))
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        if not self.actor.can(Permission.VIEW_RECORDS):
            # The administrator keeps the system; the desk's records are not theirs to read.
            self.today.setText(self.tr("Users, departments and settings: see Settings."))
            return
        contacts = self.services.contacts
        today = self.services.ctx.today()
        logged = contacts.count(
            self.actor, ContactFilter(date_from=today, date_to=today, include_voided=False)
        )
        self.today.setText(
            self.tr("Today %1: %2 calls and visits logged.")
            .replace("%1", today.isoformat())
            .replace("%2", str(logged))
        )
        overdue = contacts.count(self.actor, ContactFilter(overdue_only=True))
        self.overdue.setText(self.tr("Follow-ups overdue: %1").replace("%1", str(overdue)))
        self.overdue.setStyleSheet("color: #b00020;" if overdue else "")
        counts = self.services.work_orders.queries.counts(self.actor)
        lines = [
            self.tr("Work orders overdue: %1").replace("%1", str(counts.overdue)),
            self.tr("due within the warning time: %1").replace("%1", str(counts.due_soon)),
            self.tr("callbacks due: %1").replace("%1", str(counts.callbacks_due)),
            self.tr("slips not returned: %1").replace("%1", str(counts.outstanding_slips)),
        ]
        if self.actor.can(Permission.SIGN_DAY):
            lines.append(
                self.tr("unreachable for callback: %1").replace("%1", str(counts.unreachable))
            )
        if counts.unread_notices:
            lines.append(self.tr("unread notices: %1").replace("%1", str(counts.unread_notices)))
        self.work.setText("　".join(lines))
        self.work.setStyleSheet("color: #b00020;" if counts.overdue else "")
        self.unsigned.clear()
        if self.actor.can(Permission.SIGN_DAY):
            days = contacts.unsigned_days(self.actor)
            for day in days:
                self.unsigned.addItem(day.isoformat())
            if not days:
                self.unsigned.addItem(self.tr("Every day is signed."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)
