"""A resident register for tests of other features (intake forms, room history):
registered through the services, as the desk would."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain.register import Relation
from desk_app.domain.roles import Role
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register import ResidentDraft, RoomDraft
from tests.conftest import make_user

REGISTRAR = "registrar"  # its own account, so tests keep "clerk" and "supervisor" free


@dataclass(frozen=True)
class Home:
    room_id: int
    room_label: str
    resident: str  # the owner, whom the lookup offers as the caller
    phone: str  # in full, as a form fills it
    query: str  # what a clerk types to find it


def registrar(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, Role.SUPERVISOR, REGISTRAR)


def one_home(services: Services, admin: Actor) -> Home:
    """Community 阳光花园 with room 3栋2单元1501: owner 张伟强 (13812345678) and family."""
    actor = registrar(services, admin)
    services.residents.add_community(actor, "阳光花园")
    room = services.residents.add_room(actor, RoomDraft("3", "1501", "2"))
    services.residents.add_resident(
        actor, room.id, ResidentDraft("张伟强", Relation.OWNER, ["13812345678"])
    )
    services.residents.add_resident(
        actor, room.id, ResidentDraft("李秀英", Relation.FAMILY, ["13987654321"])
    )
    return Home(room.id, room.label, "张伟强", "13812345678", "3-2-1501")
