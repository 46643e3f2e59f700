"""Wording the shared room lookup's matches for the room field's completer."""

from __future__ import annotations

from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register.room_lookup import RoomMatch
from desk_app.ui.kit.room_field import RoomChoice

MATCHES_SHOWN = 12


def _choice(match: RoomMatch) -> RoomChoice:
    person = match.contact
    name = person.name if person else ""
    phone = person.phones[0] if person and person.phones else ""
    shown = "  ".join(part for part in (match.room_label, name, phone) if part)
    if person is not None and not person.current:
        shown += "（已迁出）"
    return RoomChoice(match.room_id, match.room_label, name, phone, shown)


class RoomLookup:
    """A lookup for RoomField: the form fills the caller's phone, so phones come in
    full. ``exact`` links a room typed and not picked (``RoomField.link_typed``)."""

    def __init__(self, services: Services, actor: Actor):
        self.services, self.actor = services, actor

    def __call__(self, text: str) -> list[RoomChoice]:
        matches = self.services.rooms.lookup(
            self.actor, text, limit=MATCHES_SHOWN, full_phones=True
        )
        return [_choice(match) for match in matches]

    def exact(self, text: str) -> RoomChoice | None:
        match = self.services.rooms.exact(self.actor, text)
        return _choice(match) if match is not None else None


def room_lookup(services: Services, actor: Actor) -> RoomLookup:
    return RoomLookup(services, actor)
