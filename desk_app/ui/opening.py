"""The database opened behind the first dialog, while the clerk types.

SQLAlchemy, the models, the services and the schema check cost about a second of
imports and queries; the login dialog needs none of it to be on screen. A worker
thread opens the services (and imports the main window's screens and ReportLab,
which the first print would otherwise wait for) while the dialog waits for input.
Only the import and the database work run there: every widget is made in the GUI
thread, which the ``finished`` signal reaches through Qt's queued connection.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from desk_app.services.app import Services

# Imported in the worker once the services are open: the main window and its screens,
# and the printing stack.
PRELOADED_MODULES = (
    "desk_app.ui.main_window",
    "desk_app.ui.home.page",
    "desk_app.ui.contacts.page",
    "desk_app.ui.work_orders.page",
    "desk_app.ui.residents.page",
    "desk_app.ui.settings.page",
    "reportlab.pdfgen.canvas",
    "reportlab.platypus",
)


def _open_services(url: str) -> Services:
    from desk_app.services.app import open_services

    return open_services(url)


class DatabaseOpening(QObject):
    """The services of one database, opening in a worker thread.

    ``services()`` waits for them (under a wait cursor, if the clerk was quicker)
    and raises what the opening raised; ``when_ready`` runs code in the GUI thread
    once they are open.
    """

    finished = Signal()

    def __init__(
        self,
        url: str = "",
        opener: Callable[[str], Services] = _open_services,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.url = url
        self._opener = opener
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._services: Services | None = None
        self._error: BaseException | None = None
        self._waiting: list[Callable[[Services], None]] = []
        # A method of this object, which lives in the GUI thread: the signal the
        # worker emits is queued to it there.
        self.finished.connect(self._finished)

    @classmethod
    def of(cls, services: Services | DatabaseOpening) -> DatabaseOpening:
        """``services`` as an opening: already open services are ready at once."""
        if isinstance(services, DatabaseOpening):
            return services
        opening = cls()
        opening._services = services
        opening._done.set()
        return opening

    def start(self) -> None:
        if self._thread is None and not self._done.is_set():
            # A daemon: a window closed while the database still opens does not wait.
            self._thread = threading.Thread(target=self._work, name="open-database", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        try:
            self._services = self._opener(self.url)
        except BaseException as error:  # noqa: BLE001 - shown by the GUI thread
            self._error = error
        finally:
            self._done.set()
            self.finished.emit()
        if self._error is None:
            for name in PRELOADED_MODULES:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - imported again, and reported, when used
                    break

    def settle(self) -> None:
        """Wait for the worker to finish its imports too: the GUI thread then imports
        the screens from the module cache instead of racing the worker for them."""
        if self._thread is not None:
            self._thread.join()

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        return self._error if self.ready else None

    def services(self) -> Services:
        """The open services, once open; raises what the opening raised."""
        self._wait()
        if self._error is not None:
            raise self._error
        assert self._services is not None
        return self._services

    def wait(self) -> Services | None:
        """The open services, once open; None if the opening failed (see ``error``)."""
        self._wait()
        return self._services if self._error is None else None

    def _wait(self) -> None:
        if not self._done.is_set():
            self.start()
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._done.wait()
            finally:
                QGuiApplication.restoreOverrideCursor()

    def when_ready(self, callback: Callable[[Services], None]) -> None:
        """``callback(services)`` in the GUI thread: now if open, else once they are;
        never if the opening failed."""
        if not self._done.is_set():
            # The worker's signal is queued to this thread, so it is handled after
            # this call even if the worker finishes meanwhile.
            self._waiting.append(callback)
            return
        if self._error is None:
            callback(self.services())

    def _finished(self) -> None:
        waiting, self._waiting = self._waiting, []
        if self._error is None:
            for callback in waiting:
                callback(self.services())
