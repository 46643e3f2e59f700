"""住户卡: a home's access cards and their states, the card requests, and the card
reader. A reader is a keyboard: it types the card number and Enter into the search
field, and the card is found at once — whether it is active or lost, and whose.

The step button and the "more steps" menu come from the requests' life cycle
(``domain.card_requests.LIFECYCLE``). The page follows the change feed: whatever
changes a request or a card (this page, another desk), it reloads.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from desk_app.domain.card_requests import (
    CARD_ENTITY,
    CONTEXT,
    ENTITY,
    KIND_LABELS,
    LIFECYCLE,
    STATUS_LABELS,
    Action,
    CardState,
    RequestKind,
    Status,
)
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.cards.views import (
    CardFound,
    CardRequestDetail,
    CardRequestFilter,
    CardRequestRow,
    CardRow,
)
from desk_app.services.context import Actor
from desk_app.services.kit.links import RecordRef
from desk_app.ui.cards.request_dialog import CardRequestDialog
from desk_app.ui.cards.step_form import CardStepDialog
from desk_app.ui.cards.wording import (
    detail_html,
    found_html,
    kind_word,
    relation_word,
    state_word,
    status_word,
)
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.record_history import RecordHistoryDialog
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.table_model import Column, PagedTableModel, RowTableModel, setup_list_view

SHOWN_KINDS = (ENTITY, CARD_ENTITY, "room", "setting")


class CardsPage(FormBacked, QWidget):
    FORM = "cards/page.ui"
    WIDGETS = {
        "cardSearch": QLineEdit,
        "roomField": QLineEdit,
        "newButton": QPushButton,
        "foundLabel": QLabel,
        "cardsLabel": QLabel,
        "cards": QTableView,
        "filterStatus": QComboBox,
        "filterKind": QComboBox,
        "dateFrom": QDateEdit,
        "dateTo": QDateEdit,
        "homeOnly": QCheckBox,
        "exportButton": QPushButton,
        "requests": QTableView,
        "summary": QLabel,
        "detail": QTextBrowser,
        "stepButton": QPushButton,
        "moreButton": QToolButton,
        "printButton": QPushButton,
        "receiptButton": QPushButton,
        "historyButton": QPushButton,
        "status": QLabel,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.cards_service = services.cards
        self.current: CardRequestDetail | None = None
        self.home: RoomChoice | None = None
        self.search_text = ""  # what the card list shows when no home is chosen
        ui = self.setup_form()
        ui.filterStatus.addItem(self.tr("Any status"), "")
        for status in Status:
            ui.filterStatus.addItem(translate(CONTEXT, STATUS_LABELS[status]), status.value)
        ui.filterKind.addItem(self.tr("Any kind"), "")
        for kind in RequestKind:
            ui.filterKind.addItem(translate(CONTEXT, KIND_LABELS[kind]), kind.value)
        self.card_model = RowTableModel[CardRow](self._card_columns(), self)
        ui.cards.setModel(self.card_model)
        setup_list_view(ui.cards)
        for column, width in enumerate((190, 130, 90, 110, 120)):
            ui.cards.setColumnWidth(column, width)
        ui.cards.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.model = PagedTableModel[CardRequestRow](self._request_columns(), self)
        ui.requests.setModel(self.model)
        setup_list_view(ui.requests)
        for column, width in enumerate((130, 90, 110, 90, 120, 90, 60)):
            ui.requests.setColumnWidth(column, width)
        ui.requests.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        ui.requests.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.splitter.setSizes([860, 420])
        ui.layout().setStretchFactor(ui.splitter, 1)  # the lists take the height, not the labels
        today = services.ctx.today()
        ui.dateFrom.setDate(qdate(today).addDays(-30))
        ui.dateTo.setDate(qdate(today))
        self.room_field = RoomField(ui.roomField, room_lookup(services, actor))
        self.room_field.picked.connect(self.choose_home)
        self.room_field.cleared.connect(lambda: self.choose_home(None))
        self._more = QMenu(self)
        ui.moreButton.setMenu(self._more)
        self._wire()
        ui.homeOnly.setEnabled(False)  # until a home is chosen
        follow(self, services.db.changes, SHOWN_KINDS, self.reload)
        self.reload()
        self._show(None)

    def _wire(self) -> None:
        ui = self.ui
        ui.cardSearch.returnPressed.connect(self.search)
        ui.newButton.clicked.connect(lambda: self.new_request())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_request())
        ui.stepButton.clicked.connect(self.next_step)
        ui.printButton.clicked.connect(self.print_form)
        ui.receiptButton.clicked.connect(self.print_receipt)
        ui.historyButton.clicked.connect(self.show_history)
        ui.exportButton.clicked.connect(self.export)
        ui.exportButton.setVisible(self.actor.can(Permission.EXPORT))
        ui.cards.doubleClicked.connect(lambda index: self.show_card_history(index.row()))
        for combo in (ui.filterStatus, ui.filterKind):
            combo.currentIndexChanged.connect(self.reload_requests)
        for widget in (ui.dateFrom, ui.dateTo):
            widget.dateChanged.connect(self.reload_requests)
        ui.homeOnly.toggled.connect(self.reload_requests)

    def _card_columns(self) -> list[Column[CardRow]]:
        ctx = self.services.ctx
        return [
            Column(self.tr("Card"), lambda c: c.shown),
            Column(self.tr("Home"), lambda c: c.room),
            Column(self.tr("Holder"), lambda c: c.holder),
            Column(self.tr("State"), lambda c: state_word(c.state)),
            Column(self.tr("Issued"), lambda c: ctx.local(c.issued_at).strftime("%Y-%m-%d")),
            Column(self.tr("Request"), lambda c: c.request_serial),
        ]

    def _request_columns(self) -> list[Column[CardRequestRow]]:
        ctx = self.services.ctx
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Taken"), lambda r: ctx.local(r.created_at).strftime("%m-%d %H:%M")),
            Column(self.tr("Kind"), lambda r: kind_word(r.kind)),
            Column(self.tr("Status"), lambda r: status_word(r.status)),
            Column(self.tr("Home"), lambda r: r.room),
            Column(self.tr("Applicant"), lambda r: r.applicant),
            Column(self.tr("No. of cards"), lambda r: r.card_count),
            Column(self.tr("Relation"), lambda r: relation_word(r.relation)),
        ]

    # -- the card reader and the home ------------------------------------------------------

    def search(self) -> None:
        """Enter in the search field (a reader's or a clerk's): a card number shows the
        card at once; other words list the cards of matching rooms and holders."""
        typed = self.ui.cardSearch.text()
        found = run_op(
            self.ui.status, lambda: self.cards_service.register.search(self.actor, typed)
        )
        if found is None:
            return
        self.ui.cardSearch.selectAll()  # the next swipe replaces it
        if isinstance(found, CardFound):
            self.ui.foundLabel.setText(found_html(found))
            self._show_cards(found.cards)
        else:
            self.ui.foundLabel.setText(
                escape(self.tr("%n card(s) found.", "", len(found)))
                if found
                else escape(self.tr("No card matches “%1”.").replace("%1", typed.strip()))
            )
            self._show_cards(found)
        feedback.clear(self.ui.status)

    def choose_home(self, choice: RoomChoice | None) -> None:
        """A home chosen shows its cards and its requests; cleared, every request."""
        self.home = choice
        self.ui.foundLabel.clear()
        box = self.ui.homeOnly
        box.blockSignals(True)
        box.setChecked(choice is not None)
        box.setEnabled(choice is not None)
        box.blockSignals(False)
        self.reload()

    def _show_cards(self, rows: list[CardRow]) -> None:
        self.card_model.set_rows(rows)

    # -- the lists -------------------------------------------------------------------------------

    def current_filter(self) -> CardRequestFilter:
        ui = self.ui
        home = self.home.room_id if self.home is not None and ui.homeOnly.isChecked() else None
        return CardRequestFilter(
            status=ui.filterStatus.currentData() or "",
            kind=ui.filterKind.currentData() or "",
            room_id=home,
            date_from=pydate(ui.dateFrom.date()),
            date_to=pydate(ui.dateTo.date()),
        )

    def reload(self) -> None:
        if self.home is not None:
            rows = self.cards_service.register.of_room(self.actor, self.home.room_id)
            active = sum(1 for c in rows if c.state == CardState.ACTIVE)
            self.ui.cardsLabel.setText(
                self.tr("Cards of %1: %2 active")
                .replace("%1", self.home.room_label)
                .replace("%2", str(active))
            )
            self._show_cards(rows)
        else:
            self.ui.cardsLabel.setText(self.tr("Cards"))
        self.reload_requests()

    def reload_requests(self) -> None:
        flt = self.current_filter()
        requests = self.cards_service.requests
        self.model.load(
            lambda after, limit: requests.page(
                self.actor, flt, limit, None if after is None else (after.created_at, after.id)
            ),
            requests.count(self.actor, flt),
            keyed=True,
        )
        self.ui.summary.setText(self.tr("%n request(s)", "", self.model.total))
        if self.current is not None:
            self._show(requests.get(self.actor, self.current.id))

    def show_record(self, request_id: int) -> None:
        """The request shown and chosen in the list, the filters widened to hold it (the
        workbench and the global search open a request here)."""
        requests = self.cards_service.requests
        request = run_op(self.ui.status, lambda: requests.get(self.actor, request_id))
        if request is None:
            return
        ui = self.ui
        day = self.services.ctx.local(request.created_at).date()
        quiet = (ui.filterStatus, ui.filterKind, ui.dateFrom, ui.dateTo, ui.homeOnly)
        blockers = [QSignalBlocker(widget) for widget in quiet]
        ui.filterStatus.setCurrentIndex(0)
        ui.filterKind.setCurrentIndex(0)
        ui.homeOnly.setChecked(False)
        ui.dateFrom.setDate(min(ui.dateFrom.date(), qdate(day)))
        ui.dateTo.setDate(max(ui.dateTo.date(), qdate(day)))
        del blockers
        self.current = request
        self.reload_requests()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == request_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                ui.requests.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
                ui.requests.scrollTo(self.model.index(row, 0))
                break
        ui.requests.setFocus()

    def show_card(self, card_id: int) -> None:
        """A card of the register shown as if its number had been read: every issue of
        the number, this one chosen (the global search opens a card here)."""
        register = self.cards_service.register
        card = run_op(self.ui.status, lambda: register.card(self.actor, card_id))
        if card is None:
            return
        self.ui.cardSearch.setText(card.number)
        self.search()
        for row in range(self.card_model.rowCount()):
            if self.card_model.row_at(row).id == card_id:
                self.ui.cards.setCurrentIndex(self.card_model.index(row, 0))
                break
        self.ui.cards.setFocus()

    def _selection_changed(self) -> None:
        rows = self.ui.requests.selectionModel().selectedRows()
        if rows:
            row = self.model.row_at(rows[0].row())
            self._show(self.cards_service.requests.get(self.actor, row.id))

    # -- the request shown ------------------------------------------------------------------------

    def _show(self, request: CardRequestDetail | None) -> None:
        ui = self.ui
        self.current = request
        self._more.clear()
        buttons = (ui.stepButton, ui.moreButton, ui.printButton, ui.receiptButton, ui.historyButton)
        for widget in buttons:
            widget.setEnabled(request is not None)
        if request is None:
            hint = self.tr("Select a request to see it here.")
            ui.detail.setHtml(f"<p>{escape(hint)}</p>")
            ui.stepButton.setText(self.tr("Next step"))
            return
        step = Action(request.next_action) if request.next_action else None
        ui.stepButton.setText(
            translate(CONTEXT, LIFECYCLE.label(step)) + "…" if step else self.tr("Next step")
        )
        ui.stepButton.setEnabled(step is not None)
        for action in map(Action, request.other_actions):
            item = self._more.addAction(translate(CONTEXT, LIFECYCLE.label(action)) + "…")
            item.triggered.connect(lambda _=False, a=action: self.take(a))
        ui.moreButton.setEnabled(not self._more.isEmpty())
        ui.receiptButton.setEnabled(request.amount > 0)
        ui.detail.setHtml(detail_html(self.services.ctx, request))

    def next_step(self) -> None:
        if self.current is not None and self.current.next_action:
            self.take(Action(self.current.next_action))

    def take(self, action: Action) -> None:
        request = self.current
        if request is None:
            return
        dialog = CardStepDialog(self.services, self.actor, request, action, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show(dialog.saved)
            feedback.show_ok(
                self.ui.status,
                self.tr("%1: %2.")
                .replace("%1", request.serial)
                .replace("%2", translate(CONTEXT, LIFECYCLE.label(action))),
            )

    def new_request(
        self,
        *,
        source: RecordRef | None = None,
        applicant: str = "",
        phone: str = "",
        room: RoomChoice | None = None,
    ) -> CardRequestDetail | None:
        dialog = CardRequestDialog(
            self.services,
            self.actor,
            room=room or self.home,
            source=source,
            applicant=applicant,
            phone=phone,
            parent=self,
        )
        if not dialog.exec() or dialog.saved is None:
            return None
        saved = dialog.saved
        self._show(saved)
        feedback.show_ok(self.ui.status, self.tr("Taken %1.").replace("%1", saved.serial))
        return saved

    # -- paper ------------------------------------------------------------------------------------

    def print_form(self) -> None:
        request = self.current
        if request is None:
            return
        papers = self.cards_service.papers
        pdf = run_op(self.ui.status, lambda: papers.form(self.actor, request.id, record=False))
        if pdf is None:
            return
        PdfPreviewDialog(
            pdf,
            self.tr("Access card application form"),
            f"住户卡申请表-{request.serial}.pdf",
            self,
            commit=lambda: papers.form(self.actor, request.id),
        ).exec()

    def print_receipt(self) -> None:
        request = self.current
        if request is None:
            return
        papers = self.cards_service.papers
        pdf = run_op(self.ui.status, lambda: papers.receipt(self.actor, request.id, record=False))
        if pdf is None:
            return
        PdfPreviewDialog(
            pdf,
            self.tr("Fee receipt"),
            f"收款收据-{request.serial}.pdf",
            self,
            commit=lambda: papers.receipt(self.actor, request.id),
        ).exec()

    # -- history -----------------------------------------------------------------------------

    def show_history(self) -> None:
        request = self.current
        if request is None:
            return
        history = self.cards_service.history
        lines = run_op(self.ui.status, lambda: history.of_request(self.actor, request.id))
        if lines is not None:
            title = self.tr("Change history of %1").replace("%1", request.serial)
            RecordHistoryDialog(title, lines, self).exec()

    def show_card_history(self, row: int) -> None:
        if not 0 <= row < self.card_model.rowCount():
            return
        card = self.card_model.row_at(row)
        history = self.cards_service.history
        lines = run_op(self.ui.status, lambda: history.of_card(self.actor, card.id))
        if lines is not None:
            title = self.tr("History of card %1").replace("%1", card.shown)
            RecordHistoryDialog(title, lines, self).exec()

    def export(self) -> None:
        """The requests of the dates chosen, as a spreadsheet (supervisor; audited)."""
        ui = self.ui
        start, end = pydate(ui.dateFrom.date()), pydate(ui.dateTo.date())
        path = file_dialogs.save_file_name(
            self,
            self.tr("Export card requests"),
            f"住户卡申请-{start}-{end}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        run_op(
            ui.status,
            lambda: self.cards_service.export(self.actor, start, end, fmt, path),
            self.tr("Exported to %1.").replace("%1", str(path)),
            file=path,
        )
