"""工作台: what needs attention today, at a glance; for the administrator of a new
site, what is left to set up.

The figures follow the change feed: a work order saved at another screen (or by the
services behind it) shows here without a refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.services.backups.service import BACKUP_KIND
from desk_app.services.contacts import ContactFilter
from desk_app.services.setup import SETUP_KINDS
from desk_app.ui.home.record_lists import RecordLists
from desk_app.ui.kit.changes import follow
from desk_app.ui.settings.backup_panel import age_text

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor
    from desk_app.services.setup import SetupProgress

# What the desk's figures count: a commit writing one of these refreshes them.
DESK_KINDS = frozenset(
    {"contact", "contact_day", "work_order", "complaint", "notification", "setting", BACKUP_KIND}
)
DESK_KINDS |= {"card_request", "visit"}  # the card requests' and the visitors' lists
# Deadlines pass with the clock, not only with changes: the lists are read again this often.
REFRESH_MS = 60_000

DONE_MARK, TODO_MARK = "✔", "○"
WORD_JOINER = "\u2060"


def unbroken(parts: list[str], separator: str = "　") -> str:
    """``parts`` in one line of text that wraps only between them: a figure such as
    "待回访：11" never breaks inside, which Chinese text otherwise may between any two
    characters. Qt's rich text ignores ``white-space: nowrap`` there; a word joiner
    (U+2060, invisible) between the characters of a part is what its line breaker
    keeps together."""
    return separator.join(WORD_JOINER.join(part) for part in parts)


class DashboardPage(QWidget):
    # Where a checklist item is done, as "page:part" (the main window goes there).
    navigate = Signal(str)
    # A record chosen in a list: its page key and id (the main window shows it there).
    open_record = Signal(str, int)

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
        self._build_backup_warning(layout)
        layout.addWidget(self.today)
        layout.addWidget(self.overdue)
        layout.addWidget(self.work)
        self.lists = RecordLists(services.ctx)
        self.lists.setObjectName("homeLists")
        self.lists.chosen.connect(self.open_record.emit)
        self.lists.setVisible(actor.can(Permission.VIEW_RECORDS))
        layout.addWidget(self.lists, 1)
        self.unsigned_box = QGroupBox(self.tr("Days not yet signed (contact log)"))
        self.unsigned = QListWidget()
        self.unsigned.setObjectName("unsignedDays")
        self.unsigned.setMaximumHeight(160)
        box_layout = QVBoxLayout(self.unsigned_box)
        box_layout.addWidget(self.unsigned)
        self.unsigned_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.unsigned_box)
        self.unsigned_box.setVisible(actor.can(Permission.SIGN_DAY))
        self.changed_box = QGroupBox(self.tr("Days changed after signing: sign them again"))
        self.changed = QListWidget()
        self.changed.setObjectName("changedDays")
        self.changed.setMaximumHeight(120)
        QVBoxLayout(self.changed_box).addWidget(self.changed)
        self.changed_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.changed_box)
        self.changed_box.setVisible(False)
        self.checklist: dict[str, tuple[QLabel, QPushButton]] = {}
        self.setup_box = QGroupBox(self.tr("Setting up this site"))
        self.setup_box.setObjectName("setupChecklist")
        self.setup_box.setVisible(actor.can(Permission.ADMINISTER))
        if actor.can(Permission.ADMINISTER):
            self._build_checklist()
        layout.addWidget(self.setup_box)
        if not actor.can(Permission.VIEW_RECORDS):
            layout.addStretch()
        kinds = SETUP_KINDS if actor.can(Permission.ADMINISTER) else DESK_KINDS
        follow(self, services.db.changes, set(kinds) | {BACKUP_KIND}, self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.isVisible() and self.refresh())
        self.timer.start()
        self.refresh()

    def _build_backup_warning(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_warning.setWordWrap(True)
        row.addWidget(self.backup_warning, 1)
        self.backup_button = QPushButton(self.tr("Go there"))
        self.backup_button.setObjectName("backupWarningButton")
        self.backup_button.clicked.connect(lambda: self.navigate.emit("settings:backups"))
        row.addWidget(self.backup_button)
        row.addStretch(1)
        self.daily_button = QPushButton(self.tr("Daily summary and handover…"))
        self.daily_button.setObjectName("dailySummaryButton")
        self.daily_button.setVisible(self.actor.can(Permission.LOG_WORK))
        self.daily_button.clicked.connect(self.open_daily_summary)
        row.addWidget(self.daily_button)
        layout.addLayout(row)

    def open_daily_summary(self) -> None:
        from desk_app.ui.home.daily_dialog import DailySummaryDialog

        DailySummaryDialog(self.services, self.actor, self).exec()

    def _show_backup_warning(self) -> None:
        backups = self.services.backups
        stale = self.services.db.is_sqlite and backups.is_stale()
        if stale:
            age = backups.age()
            if age is None:
                text = self.tr("The database has never been backed up.")
            else:
                text = self.tr("The last backup was made %1.").replace("%1", age_text(age))
            if not self.actor.can(Permission.ADMINISTER):
                text += " " + self.tr("Tell the administrator.")
            self.backup_warning.setText(text)
        self.backup_warning.setVisible(stale)
        self.backup_button.setVisible(stale and self.actor.can(Permission.ADMINISTER))

    def _build_checklist(self) -> None:
        grid = QGridLayout(self.setup_box)
        grid.setColumnStretch(1, 1)
        items = (
            ("users", self.tr("Users"), "settings:users"),
            ("departments", self.tr("Departments and their phones"), "settings:departments"),
            ("rooms", self.tr("Buildings and rooms (import or add)"), "settings:register"),
            ("paper", self.tr("Paper profile"), "settings:print"),
            ("calibration", self.tr("Printer calibration page"), "settings:print"),
        )
        for row, (key, title, target) in enumerate(items):
            mark = QLabel()
            mark.setObjectName(f"setup_{key}_mark")
            text = QLabel()
            text.setObjectName(f"setup_{key}")
            text.setWordWrap(True)
            button = QPushButton(self.tr("Go there"))
            button.setObjectName(f"setup_{key}_button")
            button.clicked.connect(lambda _=False, t=target: self.navigate.emit(t))
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2)
            text.setProperty("title", title)
            self.checklist[key] = (mark, text)

    def refresh(self) -> None:
        self._show_backup_warning()
        if not self.actor.can(Permission.VIEW_RECORDS):
            # The administrator keeps the system; the desk's records are not theirs to read.
            self.today.setText(self.tr("Users, departments and settings: see Settings."))
            if self.actor.can(Permission.ADMINISTER):
                self._show_setup(self.services.setup.progress(self.actor))
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
            self.tr("awaiting dispatch: %1").replace("%1", str(counts.awaiting_dispatch)),
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
        self.work_lines = lines
        self.work.setText(unbroken(lines))
        self.work.setStyleSheet("color: #b00020;" if counts.overdue else "")
        self.lists.show_lists(self.services.home.lists(self.actor))
        self.unsigned.clear()
        if self.actor.can(Permission.SIGN_DAY):
            days = contacts.unsigned_days(self.actor)
            for day in days:
                self.unsigned.addItem(day.isoformat())
            if not days:
                self.unsigned.addItem(self.tr("Every day is signed."))
            self.changed.clear()
            for status in contacts.days_changed_after_signing(self.actor):
                self.changed.addItem(
                    self.tr(
                        "%1: %n entries logged, amended or voided after %2 signed",
                        "",
                        status.changed_after_signing,
                    )
                    .replace("%1", status.day.isoformat())
                    .replace("%2", status.signed_by)
                )
            self.changed_box.setVisible(self.changed.count() > 0)

    def _show_setup(self, progress: SetupProgress) -> None:
        states = {
            "users": (
                progress.desk_users > 0,
                self.tr("%n desk user(s) besides the administrator", "", progress.desk_users),
            ),
            "departments": (
                progress.departments > 0 and progress.departments_without_phone == 0,
                self.tr(
                    "%n department(s) without a phone number",
                    "",
                    progress.departments_without_phone,
                )
                if progress.departments_without_phone
                else self.tr("%n department(s), each with its phone", "", progress.departments),
            ),
            "rooms": (
                progress.rooms > 0,
                self.tr("%n room(s) registered", "", progress.rooms),
            ),
            "paper": (
                progress.paper_chosen,
                self.tr("chosen") if progress.paper_chosen else self.tr("not chosen yet"),
            ),
            "calibration": (
                progress.calibration_printed,
                self.tr("printed") if progress.calibration_printed else self.tr("not printed yet"),
            ),
        }
        for key, (done, detail) in states.items():
            mark, text = self.checklist[key]
            mark.setText(DONE_MARK if done else TODO_MARK)
            mark.setStyleSheet("color: #1b5e20;" if done else "color: #8a6d00;")
            text.setText(
                self.tr("%1: %2").replace("%1", text.property("title")).replace("%2", detail)
            )
            text.setProperty("done", done)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # the figures also move with the clock (what is overdue)
        super().showEvent(event)
