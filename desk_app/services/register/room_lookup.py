"""Room lookup: the one function every intake form uses to find the caller's home.

A clerk types what they heard — ``3-2-1501``, ``3栋2单元1501``, ``1501``, the last
digits of a phone, a surname, pinyin initials such as ``zwq`` for 张伟强 — and gets
ranked rooms with their residents and the reason each one matched.

Every kind of query is answered by an index, never by loading the register: room
codes and numbers by the rooms' own indexes, phone tails and initials by
``resident_keys`` (phone digits stored reversed, so a tail is a prefix), names by
the name index. benchmarks/room_lookup.py measures it on 5,000 rooms and 15,000
residents.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, case, select
from sqlalchemy.orm import Session

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_phone, phone_digits
from desk_app.domain.register import (
    RELATION_RANK,
    Building,
    Community,
    KeyKind,
    Relation,
    Resident,
    ResidentKey,
    Room,
    Unit,
)
from desk_app.domain.roles import Permission
from desk_app.domain.room_address import RoomAddress, parse_address
from desk_app.services.context import Actor, ServiceContext, require


class MatchKind(enum.StrEnum):
    ROOM = "room"  # 3-2-1501, 3栋2单元, 12#
    ROOM_NUMBER = "room_number"  # a bare 1501, in whichever building has one
    PHONE = "phone"  # a phone, whole or its last digits
    NAME = "name"  # a name, a surname or part of a name
    INITIALS = "initials"  # pinyin initials of a name


MATCH_LABELS: dict[MatchKind, str] = {
    MatchKind.ROOM: QT_TRANSLATE_NOOP("Register", "room"),
    MatchKind.ROOM_NUMBER: QT_TRANSLATE_NOOP("Register", "room number"),
    MatchKind.PHONE: QT_TRANSLATE_NOOP("Register", "phone"),
    MatchKind.NAME: QT_TRANSLATE_NOOP("Register", "name"),
    MatchKind.INITIALS: QT_TRANSLATE_NOOP("Register", "pinyin initials"),
}

# How sure a match is. Ties go to current residents, then owner before family
# before tenant, then rooms in natural order.
SCORE_ROOM_EXACT = 100
SCORE_PHONE_EXACT = 95
SCORE_ROOM_PARTIAL = 90
SCORE_NAME_EXACT = 85
SCORE_ROOM_NUMBER = 80
SCORE_PHONE_TAIL = 75
SCORE_NAME_PREFIX = 70
SCORE_INITIALS_EXACT = 65
SCORE_ROOM_NUMBER_PREFIX = 60
SCORE_INITIALS_PREFIX = 55
SCORE_NAME_PART = 50

MIN_PHONE_TAIL = 4
MIN_ROOM_NUMBER = 3
MIN_INITIALS = 2
MAX_ROOM_NUMBER = 6  # longer digit strings are phones


@dataclass(frozen=True)
class LookupPerson:
    resident_id: int
    name: str
    relation: Relation
    phones: tuple[str, ...]  # masked (138****5678) unless asked for in full
    current: bool  # False: moved out


@dataclass(frozen=True)
class RoomMatch:
    room_id: int
    room_label: str  # "3栋2单元1501"
    community: str
    kind: MatchKind  # why it matched
    matched: str  # what matched: the room, the phone, the name, the initials
    score: int
    person: LookupPerson | None  # who matched; None when the room itself matched
    residents: tuple[LookupPerson, ...]  # living there now, owner first

    @property
    def contact(self) -> LookupPerson | None:
        """The person a form fills in: who matched, else the room's first resident."""
        if self.person is not None:
            return self.person
        return self.residents[0] if self.residents else None


# -- reading what was typed ----------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    address: RoomAddress | None = None  # has a building or a unit
    room_number: str | None = None
    phone: str | None = None  # digits
    name: str | None = None
    initials: str | None = None


_DIGITISH = re.compile(r"[+\d\s\-()]+")
_LETTERS = re.compile(r"[a-z]+")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def plan_query(text: str) -> _Plan:
    """What kinds of match ``text`` can be (several may apply: 1501 is a room number
    and the tail of a phone)."""
    folded = unicodedata.normalize("NFKC", text or "").strip()
    compact = re.sub(r"\s+", "", folded)
    if not compact:
        return _Plan()
    address = parse_address(compact)
    plan: dict = {}
    if address is not None and (address.building is not None or address.unit is not None):
        plan["address"] = address
    if (
        address is not None
        and address.building is None
        and address.unit is None
        and address.number
        and address.number.isdigit()
        and MIN_ROOM_NUMBER <= len(address.number) <= MAX_ROOM_NUMBER
    ):
        plan["room_number"] = address.number
    if _DIGITISH.fullmatch(compact):
        digits = phone_digits(compact)
        if compact.startswith(("+86", "0086")) or (len(digits) == 13 and digits[:3] == "861"):
            digits = digits[2:] if not compact.startswith("0086") else digits[4:]
        # "3-2-1501" is a room; "138-1234-5678" and "0571-88886666" are phones.
        if len(digits) >= MIN_PHONE_TAIL and ("-" not in compact or len(digits) >= 7):
            plan["phone"] = digits
    if address is None and _has_cjk(compact):
        plan["name"] = compact
    lowered = compact.lower()
    if _LETTERS.fullmatch(lowered) and len(lowered) >= MIN_INITIALS:
        plan["initials"] = lowered
    return _Plan(**plan)


def _address_of(text: str) -> RoomAddress | None:
    """``text`` read as one room's address (it has a room number), else None."""
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    address = parse_address(compact) if compact else None
    return address if address is not None and address.number is not None else None


def looks_like_room(text: str) -> bool:
    """True if ``text`` is written as a room (3-2-1501, 1501室), not as a place (大堂)."""
    return _address_of(text) is not None


def rooms_at(session: Session, text: str, limit: int = 2) -> list[int]:
    """Ids of the rooms at exactly the address ``text`` (3-2-1501, 3栋2单元1501, or a
    bare 1501 in whichever building has one), at most ``limit``: a single id means the
    text names that room and no other."""
    address = _address_of(text)
    if address is None:
        return []
    query = (
        select(Room.id)
        .join(Unit, Room.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Room.number == address.number)
    )
    if address.building is not None:
        query = query.where(Building.code == address.building)
    if address.unit is not None:
        query = query.where(Unit.code == address.unit)
    return list(session.scalars(query.order_by(Room.id).limit(limit)))


# -- the service ---------------------------------------------------------------------------


def _successor(prefix: str) -> str:
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return prefix[:-1] + chr(last)


@dataclass
class _Candidate:
    score: int
    kind: MatchKind
    matched: str
    room_id: int
    sort_key: str
    resident_id: int | None = None
    current: bool = True
    relation_rank: int = 0

    def order(self) -> tuple:
        return (-self.score, not self.current, self.relation_rank, self.sort_key, self.resident_id)


class RoomLookupService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def lookup(
        self, actor: Actor, text: str, *, limit: int = 20, full_phones: bool = False
    ) -> list[RoomMatch]:
        """Ranked matches for what the clerk typed; [] for nothing useful.

        Phones come masked in the middle unless ``full_phones`` (a form that fills the
        caller's number asks for them in full). Voided residents never match; residents
        who moved out do, after the current ones, marked ``current=False``.
        """
        require(actor, Permission.VIEW_RECORDS)
        plan = plan_query(text)
        with self.ctx.db.read() as session:
            candidates = self._candidates(session, plan, limit)
            return self._decorate(session, candidates, full_phones)

    def rooms_matching(self, actor: Actor, text: str, limit: int = 2000) -> list[int]:
        """Ids of the rooms ``text`` finds, best first: a list filter's "room" box, where
        "3栋" means the whole building. Ids only, but found by names and phones too:
        the same permission as the lookup."""
        require(actor, Permission.VIEW_RECORDS)
        plan = plan_query(text)
        with self.ctx.db.read() as session:
            seen: dict[int, None] = {}
            for candidate in self._candidates(session, plan, limit):
                seen.setdefault(candidate.room_id, None)
            return list(seen)

    def exact(self, actor: Actor, text: str) -> RoomMatch | None:
        """The room ``text`` names when it names exactly one (see ``rooms_at``), with
        its residents and their phones in full: a room typed into a form and not picked
        from the completion is linked by this."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            found = rooms_at(session, text)
            if len(found) != 1:
                return None
            key = session.scalar(select(Room.sort_key).where(Room.id == found[0])) or ""
            candidate = _Candidate(SCORE_ROOM_EXACT, MatchKind.ROOM, "", found[0], key)
            return self._decorate(session, [candidate], full_phones=True)[0]

    # -- finding candidates ---------------------------------------------------------------

    def _candidates(self, session: Session, plan: _Plan, limit: int) -> list[_Candidate]:
        today = self.ctx.today()
        found: list[_Candidate] = []
        if plan.address is not None:
            found += self._by_address(session, plan.address, limit)
        if plan.room_number is not None:
            found += self._by_room_number(session, plan.room_number, limit)
        if plan.phone is not None:
            found += self._by_key(session, KeyKind.PHONE, plan.phone[::-1], limit, today)
        if plan.initials is not None:
            found += self._by_key(session, KeyKind.INITIALS, plan.initials, limit, today)
        if plan.name is not None:
            found += self._by_name(session, plan.name, limit, today)
        best: dict[tuple[int, int | None], _Candidate] = {}
        for candidate in found:
            key = (candidate.room_id, candidate.resident_id)
            if key not in best or candidate.order() < best[key].order():
                best[key] = candidate
        return sorted(best.values(), key=_Candidate.order)[:limit]

    def _starts_with(self, column, prefix: str):
        if self.ctx.db.is_sqlite:
            # SQLite compares text bytewise (code point order): a range uses the index,
            # where LIKE, case-insensitive by default, would not.
            return and_(column >= prefix, column < _successor(prefix))
        # PostgreSQL: a range would follow the database's collation, which need not be
        # code point order; LIKE is exact under every collation.
        return column.startswith(prefix, autoescape=True)

    def _rooms(self) -> Select:
        return select(Room.id, Room.sort_key, Room.number, Unit.code).join(
            Unit, Room.unit_id == Unit.id
        )

    def _by_address(self, session: Session, address: RoomAddress, limit: int) -> list[_Candidate]:
        readings = [address]
        if address.second_may_be_unit and address.number is not None:
            readings.append(RoomAddress(address.building, address.number, None))
        out: list[_Candidate] = []
        for reading in readings:
            query = self._rooms().join(Building, Unit.building_id == Building.id)
            if reading.building is not None:
                query = query.where(Building.code == reading.building)
            if reading.unit is not None:
                query = query.where(Unit.code == reading.unit)
            if reading.number is not None:
                query = query.where(self._starts_with(Room.number, reading.number))
            query = query.order_by(Room.sort_key).limit(limit)
            for room_id, key, number, _unit in session.execute(query):
                exact = (
                    reading.building is not None
                    and reading.number is not None
                    and number == reading.number
                )
                score = SCORE_ROOM_EXACT if exact else SCORE_ROOM_PARTIAL
                out.append(_Candidate(score, MatchKind.ROOM, "", room_id, key))
        return out

    def _by_room_number(self, session: Session, number: str, limit: int) -> list[_Candidate]:
        out: list[_Candidate] = []
        exact = self._rooms().where(Room.number == number).order_by(Room.sort_key).limit(limit)
        for room_id, key, _number, _unit in session.execute(exact):
            out.append(_Candidate(SCORE_ROOM_NUMBER, MatchKind.ROOM_NUMBER, number, room_id, key))
        if len(out) < limit:
            prefix = (
                self._rooms()
                .where(self._starts_with(Room.number, number), Room.number != number)
                .order_by(Room.sort_key)
                .limit(limit - len(out))
            )
            for room_id, key, found, _unit in session.execute(prefix):
                out.append(
                    _Candidate(SCORE_ROOM_NUMBER_PREFIX, MatchKind.ROOM_NUMBER, found, room_id, key)
                )
        return out

    def _people(self, today: date):
        current = case(
            ((Resident.move_out.is_(None)) | (Resident.move_out > today), 0), else_=1
        ).label("moved")
        rank = case(
            {relation.value: n for relation, n in RELATION_RANK.items()},
            value=Resident.relation,
            else_=9,
        ).label("rank")
        return current, rank

    def _by_key(
        self, session: Session, kind: KeyKind, key: str, limit: int, today: date
    ) -> list[_Candidate]:
        moved, rank = self._people(today)
        query = (
            select(ResidentKey.key, Resident.id, Room.id, Room.sort_key, moved, rank)
            .join(Resident, ResidentKey.resident_id == Resident.id)
            .join(Room, Resident.room_id == Room.id)
            .where(
                ResidentKey.kind == kind.value,
                self._starts_with(ResidentKey.key, key),
                Resident.voided.is_(False),
            )
            .order_by(moved, rank, Room.sort_key)
            .limit(limit * 2)
        )
        out = []
        for found, resident_id, room_id, sort, is_moved, relation_rank in session.execute(query):
            exact = found == key
            if kind is KeyKind.PHONE:
                score = SCORE_PHONE_EXACT if exact else SCORE_PHONE_TAIL
                match_kind, matched = MatchKind.PHONE, found[::-1]
            else:
                score = SCORE_INITIALS_EXACT if exact else SCORE_INITIALS_PREFIX
                match_kind, matched = MatchKind.INITIALS, found
            out.append(
                _Candidate(
                    score,
                    match_kind,
                    matched,
                    room_id,
                    sort,
                    resident_id,
                    not is_moved,
                    relation_rank,
                )
            )
        return out

    def _by_name(self, session: Session, name: str, limit: int, today: date) -> list[_Candidate]:
        moved, rank = self._people(today)
        base = (
            select(Resident.id, Resident.name, Room.id, Room.sort_key, moved, rank)
            .join(Room, Resident.room_id == Room.id)
            .where(Resident.voided.is_(False))
            .order_by(moved, rank, Room.sort_key)
            .limit(limit * 2)
        )
        out = []
        seen: set[int] = set()
        queries = [base.where(self._starts_with(Resident.name, name))]
        if len(name) >= 2:
            # A given name without the surname ("伟强"): a scan, bounded by the limit.
            queries.append(base.where(Resident.name.contains(name, autoescape=True)))
        for query in queries:
            for resident_id, found, room_id, sort, is_moved, relation_rank in session.execute(
                query
            ):
                if resident_id in seen:
                    continue
                seen.add(resident_id)
                if found == name:
                    score = SCORE_NAME_EXACT
                elif found.startswith(name):
                    score = SCORE_NAME_PREFIX
                else:
                    score = SCORE_NAME_PART
                out.append(
                    _Candidate(
                        score,
                        MatchKind.NAME,
                        found,
                        room_id,
                        sort,
                        resident_id,
                        not is_moved,
                        relation_rank,
                    )
                )
        return out

    # -- dressing the winners -------------------------------------------------------------

    def _decorate(
        self, session: Session, candidates: list[_Candidate], full_phones: bool
    ) -> list[RoomMatch]:
        if not candidates:
            return []
        today = self.ctx.today()
        room_ids = {c.room_id for c in candidates}
        rooms = {
            room_id: (label, community)
            for room_id, label, community in session.execute(
                select(Room.id, Room.label, Community.name)
                .join(Unit, Room.unit_id == Unit.id)
                .join(Building, Unit.building_id == Building.id)
                .join(Community, Building.community_id == Community.id)
                .where(Room.id.in_(room_ids))
            )
        }
        # Everyone registered in those rooms: the matched people live there too.
        people: dict[int, Resident] = {}
        living: dict[int, list[Resident]] = {}
        query = select(Resident).where(Resident.voided.is_(False), Resident.room_id.in_(room_ids))
        for resident in session.scalars(query):
            people[resident.id] = resident
            if resident.is_current(today):
                living.setdefault(resident.room_id, []).append(resident)

        def person(resident: Resident) -> LookupPerson:
            phones = resident.phone_list
            return LookupPerson(
                resident.id,
                resident.name,
                Relation(resident.relation),
                tuple(phones if full_phones else (mask_phone(p) for p in phones)),
                resident.is_current(today),
            )

        out = []
        for c in candidates:
            label, community = rooms[c.room_id]
            here = sorted(
                living.get(c.room_id, []),
                key=lambda r: (RELATION_RANK[Relation(r.relation)], r.id),
            )
            matched = c.matched
            who = people.get(c.resident_id) if c.resident_id is not None else None
            if c.kind is MatchKind.ROOM:
                matched = label
            elif c.kind is MatchKind.PHONE and who is not None:
                matched = next((p for p in who.phone_list if phone_digits(p) == matched), matched)
                matched = matched if full_phones else mask_phone(matched)
            out.append(
                RoomMatch(
                    room_id=c.room_id,
                    room_label=label,
                    community=community,
                    kind=c.kind,
                    matched=matched,
                    score=c.score,
                    person=person(who) if who is not None else None,
                    residents=tuple(person(r) for r in here),
                )
            )
        return out
