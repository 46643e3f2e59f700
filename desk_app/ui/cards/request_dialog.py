"""The card request form, by keyboard: the home through the room lookup (its history
beside the form), the applicant, the documents of the kind's checklist, the fee from
the price list. A card reader in the old-cards field types a number and Enter: the
card is looked up at once and added to the list, its state shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.card_requests import (
    CONSENT_LABELS,
    CONTEXT,
    KIND_LABELS,
    OLD_CARD_STATES,
    RELATION_LABELS,
    CardState,
    Relation,
    RequestKind,
)
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.services.app import Services
from desk_app.services.cards.views import CardRequestDetail, CardRequestDraft
from desk_app.services.context import Actor
from desk_app.services.kit.links import RecordRef
from desk_app.ui.cards.reader import card_field
from desk_app.ui.cards.wording import state_word
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.text_limits import limit_lines
from desk_app.ui.work_orders.step_forms import save_keys

# The service's field names and the form's widgets, for pointing at a mistake.
_FIELDS = {
    "kind": "kind",
    "room_id": "room",
    "applicant": "applicant",
    "relation": "relation",
    "consent": "consent",
    "consent_note": "consentNote",
    "phone": "phone",
    "id_number": "idNumber",
    "old_cards": "oldCards",
    "card_count": "cardCount",
    "waive_reason": "waiveReason",
    "reason": "reason",
}


class CardRequestDialog(FormBacked, QDialog):
    FORM = "cards/request_dialog.ui"
    WIDGETS = {
        "kind": QComboBox,
        "room": QLineEdit,
        "applicant": QLineEdit,
        "relation": QComboBox,
        "consent": QComboBox,
        "consentNote": QLineEdit,
        "phone": QLineEdit,
        "idNumber": QLineEdit,
        "oldCards": QLineEdit,
        "homeCards": QListWidget,
        "oldCardsInfo": QLabel,
        "cardCount": QSpinBox,
        "feeLabel": QLabel,
        "feeWaived": QCheckBox,
        "waiveReason": QLineEdit,
        "reason": QPlainTextEdit,
        "documentsBox": QGroupBox,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
        "historyBox": QWidget,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        room: RoomChoice | None = None,
        source: RecordRef | None = None,
        applicant: str = "",
        phone: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.source = services, actor, source
        self.cards = services.cards
        self.saved: CardRequestDetail | None = None
        self.old_numbers: list[str] = []
        self._said: dict[str, str] = {}  # what each old card is, as the register has it
        self.document_boxes: list[QCheckBox] = []
        ui = self.setup_form()
        for kind in RequestKind:
            ui.kind.addItem(translate(CONTEXT, KIND_LABELS[kind]), kind.value)
        for relation in Relation:
            ui.relation.addItem(translate(CONTEXT, RELATION_LABELS[relation]), relation.value)
        ui.consent.addItem(self.tr("Not recorded"), "")
        for consent, label in CONSENT_LABELS.items():
            ui.consent.addItem(translate(CONTEXT, label), consent.value)
        limit_lines(
            {
                ui.room: limits.PLACE,
                ui.applicant: limits.NAME,
                ui.phone: MAX_PHONE_CHARS,
                ui.consentNote: 200,
                ui.waiveReason: 200,
            }
        )
        self.room_field = RoomField(ui.room, room_lookup(services, actor))
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        self.room_field.picked.connect(self._room_picked)
        self.room_field.cleared.connect(lambda: self.history.show_room(None))
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.relation.currentIndexChanged.connect(self._relation_changed)
        ui.cardCount.valueChanged.connect(self._show_fee)
        ui.homeCards.itemChanged.connect(lambda _item: self._count_old_cards())
        ui.feeWaived.toggled.connect(self._show_fee)
        card_field(ui.oldCards, self.add_old_card)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        save_keys(self)
        ui.applicant.setText(applicant)
        ui.phone.setText(phone)
        if room is not None:
            self.room_field.set_choice(room)
        self._kind_changed()
        self._relation_changed()
        ui.kind.setFocus()

    # -- what the form offers ------------------------------------------------------------

    def kind(self) -> RequestKind:
        return RequestKind(self.ui.kind.currentData())

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind()
        takes_old = kind in OLD_CARD_STATES
        ui.oldCards.setEnabled(takes_old)
        ui.homeCards.setEnabled(takes_old)
        ui.cardCount.setEnabled(kind is not RequestKind.CANCEL)
        if kind is RequestKind.CANCEL:
            ui.cardCount.setValue(0)
        elif ui.cardCount.value() == 0:
            ui.cardCount.setValue(max(len(self.old_numbers), 1))
        for box in self.document_boxes:
            ui.documentsBox.layout().removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.document_boxes = []
        for item in self.cards.requests.checklist(kind):
            box = QCheckBox(item, ui.documentsBox)
            ui.documentsBox.layout().addWidget(box)
            self.document_boxes.append(box)
        self._show_fee()

    def _relation_changed(self) -> None:
        tenant = self.ui.relation.currentData() == Relation.TENANT.value
        self.ui.consent.setEnabled(tenant)
        self.ui.consentNote.setEnabled(tenant)
        if not tenant:  # a tenant's clerk chooses how the owner agreed: never a default
            self.ui.consent.setCurrentIndex(0)

    def _show_fee(self) -> None:
        fee = self.cards.requests.fee(self.kind(), self.ui.cardCount.value())
        waived = self.ui.feeWaived.isChecked()
        self.ui.waiveReason.setEnabled(waived)
        text = self.tr("%1 yuan").replace("%1", f"{fee:.2f}")
        self.ui.feeLabel.setText(f"<s>{text}</s>" if waived else text)

    def _room_picked(self, choice: RoomChoice) -> None:
        if not self.ui.applicant.text().strip():
            self.ui.applicant.setText(choice.resident)
        if not self.ui.phone.text().strip():
            self.ui.phone.setText(choice.phone)
        self.history.show_room(choice.room_id)
        self._fill_home_cards(choice.room_id)

    def _fill_home_cards(self, room_id: int) -> None:
        """The home's active cards to tick: a lost card is not at hand to swipe."""
        listing = self.ui.homeCards
        listing.blockSignals(True)
        listing.clear()
        for card in self.cards.register.of_room(self.actor, room_id):
            if card.state != CardState.ACTIVE:
                continue
            item = QListWidgetItem(f"{card.shown}  {card.holder}")
            item.setData(Qt.ItemDataRole.UserRole, card.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.blockSignals(False)

    def ticked_cards(self) -> list[str]:
        listing = self.ui.homeCards
        items = (listing.item(row) for row in range(listing.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _tick(self, number: str) -> bool:
        listing = self.ui.homeCards
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def _count_old_cards(self) -> None:
        if self.kind() in OLD_CARD_STATES and self.kind() is not RequestKind.CANCEL:
            count = len(set(self.ticked_cards()) | set(self.old_numbers))
            self.ui.cardCount.setValue(max(count, 1))

    def add_old_card(self) -> None:
        """The reader's Enter: find the card now, say what it is, keep it in the list."""
        ui = self.ui
        typed = ui.oldCards.text().strip()
        if not typed:
            return
        found = run_op(
            ui.errorLabel,
            lambda: self.cards.register.find(self.actor, typed),
            fields={"card_number": ui.oldCards},
        )
        if found is None:
            return
        ui.oldCards.clear()
        feedback.clear(ui.errorLabel)
        if self._tick(found.number):  # one of the home's cards: ticked in its list
            return
        if found.number not in self.old_numbers:
            self.old_numbers.append(found.number)
        card = found.current
        said = (
            f"{card.shown} {state_word(card.state)} · {card.room} · {card.holder}"
            if card is not None
            else self.tr("%1: not in the register").replace("%1", found.number)
        )
        self._said[found.number] = said
        ui.oldCardsInfo.setText("\n".join(self._said[n] for n in self.old_numbers))
        self._count_old_cards()

    # -- saving --------------------------------------------------------------------------------

    def draft(self) -> CardRequestDraft:
        ui = self.ui
        pending = ui.oldCards.text().strip()  # typed and not yet entered with Enter
        swiped = [n for n in self.old_numbers if n not in self.ticked_cards()]
        old = [*self.ticked_cards(), *swiped, *([pending] if pending else [])]
        choice = self.room_field.choice
        return CardRequestDraft(
            kind=self.kind(),
            room_id=choice.room_id if choice else None,
            applicant=ui.applicant.text(),
            relation=ui.relation.currentData(),
            phone=ui.phone.text(),
            id_number=ui.idNumber.text(),
            card_count=ui.cardCount.value(),
            reason=ui.reason.toPlainText(),
            documents=tuple(box.text() for box in self.document_boxes if box.isChecked()),
            consent=ui.consent.currentData() or "",
            consent_note=ui.consentNote.text(),
            fee_waived=ui.feeWaived.isChecked(),
            waive_reason=ui.waiveReason.text(),
            old_cards=tuple(old),
            source=self.source,
        )

    def accept(self) -> None:
        fields = {key: getattr(self.ui, name) for key, name in _FIELDS.items()}
        draft = self.draft()
        saved = run_op(
            self.ui.errorLabel,
            lambda: self.cards.requests.submit(self.actor, draft),
            fields=fields,
        )
        if saved is not None:
            self.saved = saved
            super().accept()
