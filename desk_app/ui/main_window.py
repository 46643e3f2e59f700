"""The main window: navigation column, search field, pages, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.formatting import role_label
from desk_app.ui.kit.forms import FormBacked, load_form
from desk_app.ui.kit.placeholder import PlaceholderPage

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _screen(module: str, name: str) -> Callable[[Services, Actor], QWidget]:
    """A page class imported when the page is first shown, not with the window."""

    def build(services: Services, actor: Actor) -> QWidget:
        return getattr(importlib.import_module(module), name)(services, actor)

    return build


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, context MainWindow
    build: Callable[[Services, Actor], QWidget] | None = None  # None: not built yet
    needs: Permission | None = None  # without it the page says so instead


# The screens in the order of the navigation column; later issues give each its page.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Workbench"),
        _screen("desk_app.ui.home.page", "DashboardPage"),
    ),
    PageSpec(
        "contacts",
        QT_TRANSLATE_NOOP("MainWindow", "Calls & visits"),
        _screen("desk_app.ui.contacts.page", "ContactsPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "visitors",
        QT_TRANSLATE_NOOP("MainWindow", "Visitors"),
        _screen("desk_app.ui.visitors.page", "VisitorsPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "work_orders",
        QT_TRANSLATE_NOOP("MainWindow", "Work orders"),
        _screen("desk_app.ui.work_orders.page", "WorkOrdersPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "complaints",
        QT_TRANSLATE_NOOP("MainWindow", "Complaints"),
        _screen("desk_app.ui.complaints.page", "ComplaintsPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "cards",
        QT_TRANSLATE_NOOP("MainWindow", "Access cards"),
        _screen("desk_app.ui.cards.page", "CardsPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "residents",
        QT_TRANSLATE_NOOP("MainWindow", "Residents"),
        _screen("desk_app.ui.residents.page", "ResidentsPage"),
        Permission.LOG_WORK,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        _screen("desk_app.ui.reports.tabs", "ReportsScreen"),
        Permission.VIEW_RECORDS,
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        _screen("desk_app.ui.settings.page", "SettingsPage"),
    ),
)

# Records shown on another kind's page: key -> (page key, the page's method).
RECORD_PAGES = {"access_cards": ("cards", "show_card")}

# QSettings keys of what the window remembers between starts.
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class MainWindow(FormBacked, QMainWindow):
    """Loads its form as the central widget rather than through setup_form().

    A page is built when it is first shown (the workbench at once): the others cost
    nothing until the clerk goes there. The window's size and place, and each page's
    splitters and column widths, are kept in QSettings between starts.
    """

    WIDGETS = {
        "centerName": QLabel,
        "searchField": QLineEdit,
        "navigation": QListWidget,
        "pages": QStackedWidget,
    }
    FORM = "main_window.ui"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.ui = load_form(self.FORM, self, self.WIDGETS)
        self.setCentralWidget(self.ui)
        font = self.ui.centerName.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.ui.centerName.setFont(font)
        self.page_keys: list[str] = []
        self._built: dict[str, QWidget] = {}
        for spec in PAGES:
            slot = QWidget()  # stands in for the page until it is first shown
            slot.setObjectName(f"page_{spec.key}")
            self.ui.pages.addWidget(slot)
            QListWidgetItem(_t(spec.title), self.ui.navigation)
            self.page_keys.append(spec.key)
        self.ui.navigation.currentRowChanged.connect(self._show_row)
        self.ui.navigation.setCurrentRow(0)
        self._add_shortcuts()
        from desk_app.ui.search.popup import GlobalSearch

        self.search = GlobalSearch(self, self.ui.searchField, services, actor, self.show_record)
        self._fill_status_bar()
        self._show_center()
        # The administrator may rename the center while the window is open.
        follow(self, services.db.changes, {"setting"}, self._show_center)
        self.resize(1200, 760)

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built now if it has not been shown yet."""
        built = self._built.get(key)
        if built is not None:
            return built
        spec = PAGES[self.page_keys.index(key)]
        if spec.needs is not None and not self.actor.can(spec.needs):
            page = PlaceholderPage(_t(spec.title), self.tr("Your role does not use this screen."))
        elif spec.build is None:
            page = PlaceholderPage(_t(spec.title))
        else:
            page = spec.build(self.services, self.actor)
        page.setObjectName(f"page_{spec.key}")
        index = self.page_keys.index(key)
        slot = self.ui.pages.widget(index)
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(slot)
        slot.deleteLater()
        self._built[key] = page
        self._restore_layout(key, page)
        navigate = getattr(page, "navigate", None)  # the workbench's checklist
        if navigate is not None:
            navigate.connect(self.go_to)
        open_record = getattr(page, "open_record", None)  # the workbench's lists
        if open_record is not None:
            open_record.connect(self.show_record)
        return page

    def go_to(self, target: str) -> None:
        """Show ``page`` or ``page:part`` (a tab of the settings, say)."""
        key, _, part = target.partition(":")
        self.show_page(key)
        show_part = getattr(self.page(key), "show_part", None)
        if part and show_part is not None:
            show_part(part)

    def show_record(self, key: str, record_id: int) -> None:
        """Show the record on its page (``key``), chosen there: the page's
        ``show_record(record_id)`` (or the method RECORD_PAGES names for a kind that
        lives on another kind's page)."""
        key, method = RECORD_PAGES.get(key, (key, "show_record"))
        self.show_page(key)
        show = getattr(self.page(key), method, None)
        if show is not None:
            show(record_id)

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(self.page_keys.index(key))

    def current_page_key(self) -> str:
        return self.page_keys[self.ui.pages.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages.setCurrentWidget(self.page(self.page_keys[row]))

    # -- what is remembered between starts -------------------------------------------

    def show_as_remembered(self) -> None:
        """Show the window where it was left; maximised the first time."""
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.showMaximized()
            return
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.remember_layout()
        super().closeEvent(event)

    def remember_layout(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        for key, page in self._built.items():
            for name, widget in _laid_out(page):
                state = widget.saveState()
                settings.setValue(f"pages/{key}/{name}", state)

    def _restore_layout(self, key: str, page: QWidget) -> None:
        settings = QSettings()
        for name, widget in _laid_out(page):
            state = settings.value(f"pages/{key}/{name}")
            if state is not None:
                widget.restoreState(state)

    # -- keyboard and status ----------------------------------------------------------

    def _add_shortcuts(self) -> None:
        search = QAction(self)
        # Ctrl+K, as in many programs' "search everything"; Ctrl+F as before.
        search.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)])
        search.triggered.connect(self._focus_search)
        self.addAction(search)
        for number, key in enumerate(self.page_keys[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(action)
            item = self.ui.navigation.item(number - 1)
            item.setToolTip(f"Ctrl+{number}")
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _focus_search(self) -> None:
        self.ui.searchField.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchField.selectAll()

    def _show_center(self) -> None:
        center = self.services.settings.get("center.name")
        self.setWindowTitle(self.tr("Front desk — %1").replace("%1", center))
        self.ui.centerName.setText(center)

    def _fill_status_bar(self) -> None:
        bar = self.statusBar()
        user = QLabel(
            self.tr("User: %1 (%2)")
            .replace("%1", self.actor.display_name)
            .replace("%2", role_label(self.actor.role))
        )
        user.setObjectName("statusUser")
        database = QLabel(self.tr("Database: %1").replace("%1", self.services.db.display_url))
        database.setObjectName("statusDatabase")
        bar.addWidget(user)
        bar.addPermanentWidget(database)


def _laid_out(page: QWidget) -> list[tuple[str, QSplitter | object]]:
    """The named splitters and list headers of a page, whose state is remembered."""
    found: list[tuple[str, object]] = []
    for splitter in page.findChildren(QSplitter):
        if splitter.objectName():
            found.append((splitter.objectName(), splitter))
    for view in page.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if view.objectName() and header is not None:
            found.append((f"{view.objectName()}.header", header()))
    return found
