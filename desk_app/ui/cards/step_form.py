"""The form of a card request's step (domain.card_requests.LIFECYCLE): approving
takes an optional note, rejecting a reason; handing over takes the new cards, each
swiped (number + Enter) and checked at once, and who signed for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.card_requests import CONTEXT, LIFECYCLE, Action, CardState
from desk_app.services.app import Services
from desk_app.services.cards.views import CardRequestDetail
from desk_app.services.context import Actor
from desk_app.ui.cards.reader import card_field
from desk_app.ui.cards.wording import kind_word, state_word
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.text_limits import limit_lines
from desk_app.ui.work_orders.step_forms import save_keys

_FIELDS = {
    "new_cards": "newCard",
    "card_number": "newCard",
    "signed_by": "signedBy",
    "reason": "note",
    "note": "note",
}


class CardStepDialog(FormBacked, QDialog):
    FORM = "cards/step.ui"
    WIDGETS = {
        "requestLabel": QLabel,
        "fields": QFormLayout,
        "newCard": QLineEdit,
        "cardList": QListWidget,
        "removeButton": QPushButton,
        "signedBy": QLineEdit,
        "noteLabel": QLabel,
        "note": QPlainTextEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: CardRequestDetail,
        action: Action,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.request, self.action = services, actor, request, action
        self.saved: CardRequestDetail | None = None
        self.numbers: list[str] = []
        ui = self.setup_form()
        label = translate(CONTEXT, LIFECYCLE.label(action))
        self.setWindowTitle(f"{label} · {request.serial}")
        ui.requestLabel.setText(
            f"{request.serial}  {kind_word(request.kind)}  {request.room}\n"
            f"{request.applicant} × {request.card_count}"
        )
        issuing = action is Action.ISSUE
        for widget in (ui.newCard, ui.cardList, ui.removeButton, ui.signedBy):
            ui.fields.setRowVisible(widget, issuing)
        if action is Action.REJECT:
            ui.noteLabel.setText(self.tr("&Reason"))
        ui.fields.setRowVisible(ui.note, not issuing)
        limit_lines({ui.signedBy: limits.NAME, ui.newCard: 40})
        ui.signedBy.setText(request.applicant)
        card_field(ui.newCard, self.add_card)
        ui.removeButton.clicked.connect(self.remove_card)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        save_keys(self)
        (ui.newCard if issuing else ui.note).setFocus()

    def add_card(self) -> None:
        """The reader's Enter: the card is looked up now; one active elsewhere is
        refused here already, with whose it is."""
        ui = self.ui
        typed = ui.newCard.text().strip()
        if not typed:
            return
        found = run_op(
            ui.errorLabel,
            lambda: self.services.cards.register.find(self.actor, typed),
            fields={"card_number": ui.newCard},
        )
        if found is None:
            return
        card = found.current
        if card is not None and card.state == CardState.ACTIVE:
            feedback.show_error_text(
                ui.errorLabel,
                self.tr("Card %1 is already active for %2 (%3).")
                .replace("%1", card.shown)
                .replace("%2", card.room)
                .replace("%3", card.holder),
            )
            ui.newCard.selectAll()
            return
        ui.newCard.clear()
        if found.number in self.numbers:
            return
        self.numbers.append(found.number)
        shown = found.number if card is None else f"{card.shown} ({state_word(card.state)})"
        ui.cardList.addItem(shown)
        feedback.show_ok(
            ui.errorLabel,
            self.tr("%1 of %2 card(s) entered.")
            .replace("%1", str(len(self.numbers)))
            .replace("%2", str(self.request.card_count)),
        )

    def remove_card(self) -> None:
        row = self.ui.cardList.currentRow()
        if row >= 0:
            self.ui.cardList.takeItem(row)
            del self.numbers[row]

    def call(self) -> Callable[[], CardRequestDetail]:
        ui, steps, actor, request_id = (
            self.ui,
            self.services.cards.steps,
            self.actor,
            self.request.id,
        )
        note = ui.note.toPlainText()
        pending = ui.newCard.text().strip()
        numbers = [*self.numbers, *([pending] if pending else [])]
        calls: dict[Action, Callable[[], CardRequestDetail]] = {
            Action.APPROVE: lambda: steps.approve(actor, request_id, note),
            Action.REJECT: lambda: steps.reject(actor, request_id, note),
            Action.ISSUE: lambda: steps.issue(
                actor, request_id, numbers, signed_by=ui.signedBy.text()
            ),
            Action.FINISH: lambda: steps.finish(actor, request_id, note),
        }
        return calls[self.action]

    def accept(self) -> None:
        fields = {key: getattr(self.ui, name) for key, name in _FIELDS.items()}
        saved = run_op(self.ui.errorLabel, self.call(), fields=fields)
        if saved is not None:
            self.saved = saved
            super().accept()
