"""The room-history panel beside every intake form: this home's recent records, kept
current through the change feed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.domain.contacts import CATEGORY_LABELS, Category
from desk_app.domain.visitors import CONTEXT as VISIT_CONTEXT
from desk_app.domain.visitors import STATUS_LABELS as VISIT_STATUS_LABELS
from desk_app.domain.visitors import Status as VisitStatus
from desk_app.domain.work_orders import CONTEXT as WO_CONTEXT
from desk_app.domain.work_orders import STATUS_LABELS, Status
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.kit.room_history import HistoryItem
from desk_app.ui.cards.wording import card_state_text
from desk_app.ui.i18n import translate
from desk_app.ui.kit.changes import follow

SUMMARY_CHARS = 40


class RoomHistoryPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.room_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop in the form's tab order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items)
        # The kinds of record the room-history providers draw on.
        follow(
            self,
            services.db.changes,
            {"contact", "work_order", "complaint", "visit", "card_request", "access_card"},
            self.refresh,
        )

    def refresh(self) -> None:
        self.show_room(self.room_id)

    def show_room(self, room_id: int | None) -> None:
        self.room_id = room_id
        self.items.clear()
        if room_id is None:
            self.heading.setText(self.tr("Choose a room to see its recent records."))
            return
        history = self.services.room_history.recent(self.actor, room_id)
        if not history:
            self.heading.setText(self.tr("No earlier records for this home."))
            return
        self.heading.setText(self.tr("%n recent record(s):", "", len(history)))
        for item in history:
            self.items.addItem(self._item(item))

    def _item(self, item: HistoryItem) -> QListWidgetItem:
        when = self.services.ctx.local(item.at).strftime("%m-%d %H:%M")
        summary = item.summary.replace("\n", " ")
        if len(summary) > SUMMARY_CHARS:
            summary = summary[:SUMMARY_CHARS] + "…"
        kind = self._state_text(item)
        widget_item = QListWidgetItem(f"{when}  {kind}\n{summary}")
        widget_item.setToolTip(f"{item.serial}\n{item.summary}")
        widget_item.setData(Qt.ItemDataRole.UserRole, (item.kind, item.record_id))
        if item.voided:
            font = QFont(self.font())
            font.setStrikeOut(True)
            widget_item.setFont(font)
            widget_item.setForeground(QBrush(QColor("#888888")))
        return widget_item

    def _state_text(self, item: HistoryItem) -> str:
        if item.kind == "contact":
            return translate("Contacts", CATEGORY_LABELS[Category(item.state)])
        if item.kind == "visit":
            status = translate(VISIT_CONTEXT, VISIT_STATUS_LABELS[VisitStatus(item.state)])
            kind = self.tr("Visitor")
            return f"{kind} {status}"
        if item.kind == "work_order":
            status = translate(WO_CONTEXT, STATUS_LABELS[Status(item.state)])
            kind = self.tr("Work order")
            return f"{kind} {status}"
        if item.kind in ("card_request", "access_card"):
            return card_state_text(item.kind, item.state)
        if item.kind == "complaint":
            from desk_app.domain.complaints import CONTEXT as CP_CONTEXT
            from desk_app.domain.complaints import STATUS_LABELS as CP_STATUS
            from desk_app.domain.complaints import Status as CpStatus

            status = translate(CP_CONTEXT, CP_STATUS[CpStatus(item.state)])
            word = self.tr("Complaint")
            return f"{word} {status}"
        return item.state
