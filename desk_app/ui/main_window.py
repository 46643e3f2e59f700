"""The main window: navigation column, search field, pages, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.home.page import DashboardPage
from desk_app.ui.kit.formatting import role_label
from desk_app.ui.kit.forms import FormBacked, load_form
from desk_app.ui.kit.placeholder import PlaceholderPage
from desk_app.ui.residents.page import ResidentsPage
from desk_app.ui.settings.page import SettingsPage
from desk_app.ui.work_orders.page import WorkOrdersPage


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, context MainWindow
    build: Callable[[Services, Actor], QWidget] | None = None  # None: not built yet
    needs: Permission | None = None  # without it the page says so instead


# The screens in the order of the navigation column; later issues give each its page.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Workbench"), DashboardPage),
    PageSpec(
        "contacts",
        QT_TRANSLATE_NOOP("MainWindow", "Calls & visits"),
        ContactsPage,
        Permission.LOG_WORK,
    ),
    PageSpec("visitors", QT_TRANSLATE_NOOP("MainWindow", "Visitors")),
    PageSpec(
        "work_orders",
        QT_TRANSLATE_NOOP("MainWindow", "Work orders"),
        WorkOrdersPage,
        Permission.LOG_WORK,
    ),
    PageSpec("complaints", QT_TRANSLATE_NOOP("MainWindow", "Complaints")),
    PageSpec("cards", QT_TRANSLATE_NOOP("MainWindow", "Access cards")),
    PageSpec(
        "residents",
        QT_TRANSLATE_NOOP("MainWindow", "Residents"),
        ResidentsPage,
        Permission.LOG_WORK,
    ),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SettingsPage),
)


class MainWindow(FormBacked, QMainWindow):
    """Loads its form as the central widget rather than through setup_form()."""

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
        center = services.settings.get("center.name")
        self.setWindowTitle(self.tr("Front desk — %1").replace("%1", center))
        font = self.ui.centerName.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.ui.centerName.setFont(font)
        self.ui.centerName.setText(center)
        self.page_keys: list[str] = []
        for spec in PAGES:
            if spec.needs is not None and not actor.can(spec.needs):
                page = PlaceholderPage(
                    _t(spec.title), self.tr("Your role does not use this screen.")
                )
            elif spec.build is None:
                page = PlaceholderPage(_t(spec.title))
            else:
                page = spec.build(services, actor)
            page.setObjectName(f"page_{spec.key}")
            self.ui.pages.addWidget(page)
            QListWidgetItem(_t(spec.title), self.ui.navigation)
            self.page_keys.append(spec.key)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self._add_shortcuts()
        self._fill_status_bar()
        self.resize(1200, 760)

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(self.page_keys.index(key))

    def current_page_key(self) -> str:
        return self.page_keys[self.ui.pages.currentIndex()]

    def _add_shortcuts(self) -> None:
        search = QAction(self)
        search.setShortcut(QKeySequence.StandardKey.Find)
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
