"""Wording the shared room lookup's matches for the room field's completer."""

from __future__ import annotations

from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.ui.kit.room_field import LookupFn, RoomChoice

MATCHES_SHOWN = 12


def room_lookup(services: Services, actor: Actor) -> LookupFn:
    """A lookup for RoomField: the form fills the caller's phone, so phones come in full."""

    def lookup(text: str) -> list[RoomChoice]:
        choices = []
        for match in services.rooms.lookup(actor, text, limit=MATCHES_SHOWN, full_phones=True):
            person = match.contact
            name = person.name if person else ""
            phone = person.phones[0] if person and person.phones else ""
            shown = "  ".join(part for part in (match.room_label, name, phone) if part)
            if person is not None and not person.current:
                shown += "（已迁出）"
            choices.append(RoomChoice(match.room_id, match.room_label, name, phone, shown))
        return choices

    return lookup
