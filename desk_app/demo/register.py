"""A believable estate for the demo: buildings, rooms and the people living in them.

Pure generation from a seeded random source — same seed, same estate — written
through ``ResidentService.bulk_register``, which cleans every value exactly as the
forms do. Dates are fixed, not relative to today, so that a demo built tomorrow
is the same as one built today.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desk_app.domain.personal import id_check_character
from desk_app.domain.register import Occupancy, Relation
from desk_app.services.register import BulkRoom, ResidentDraft

DEMO_COMMUNITY = "阳光花园"
DEFAULT_ROOMS = 1500
RESIDENTS_PER_ROOM = 3

# (units, floors, rooms per floor): high-rise, mid-rise, low-rise, and a small
# building without units. Each building takes the next shape in turn.
_SHAPES = ((2, 18, 2), (3, 11, 2), (2, 26, 2), (4, 6, 2), (0, 6, 4))

# Region codes valid for every birth year in python-stdnum's table.
_REGIONS = ("110101", "110105", "110108", "310101", "310104", "120101")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
_GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国海燕志红平刚"
    "桂兰玉梅晓东文辉鹏飞宇浩然欣怡子轩梓涵雨"
)
_AREAS = ("68.50", "89.20", "102.70", "120.30", "143.80")
_EARLIEST_MOVE_IN = date(2012, 3, 1)
_LATEST_MOVE_IN = date(2025, 6, 30)
_LATEST_MOVE_OUT = date(2025, 10, 31)
_LAST_LET = date(2024, 12, 1)  # late enough for a tenant who came and left since


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


# Mobile prefixes of people's phones; 14x and 16x are mostly data-only SIMs.
MOBILE_PREFIXES = tuple(
    str(n)
    for n in (*range(130, 140), *range(150, 160), *range(170, 179), *range(180, 200))
    if n not in (154, 174, 194)
)


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choices("0123456789", k=8))


def _id_number(rng: random.Random, born: date) -> str:
    first17 = f"{rng.choice(_REGIONS)}{born:%Y%m%d}{rng.randint(1, 999):03d}"
    return first17 + id_check_character(first17)


def _given(rng: random.Random) -> str:
    return "".join(rng.choices(_GIVEN_CHARS, k=rng.choice((1, 2, 2, 2))))


def _person(
    rng: random.Random,
    relation: Relation,
    surname: str,
    born_from: int,
    born_to: int,
    move_in: date,
    *,
    move_out: date | None = None,
    phone: bool = True,
) -> ResidentDraft:
    born = _day_between(rng, date(born_from, 1, 1), date(born_to, 12, 28))
    phones = [_mobile(rng)] if phone else []
    if phone and rng.random() < 0.1:
        phones.append(_mobile(rng))
    return ResidentDraft(
        name=surname + _given(rng),
        relation=relation,
        phones=phones,
        id_number=_id_number(rng, born) if rng.random() < 0.85 else "",
        move_in=move_in,
        move_out=move_out,
    )


def _household(rng: random.Random, size: int) -> tuple[Occupancy, tuple[ResidentDraft, ...]]:
    if size == 0:
        return Occupancy.VACANT, ()
    move_in = _day_between(rng, _EARLIEST_MOVE_IN, _LATEST_MOVE_IN)
    surname = rng.choice(_SURNAMES)
    owner = _person(rng, Relation.OWNER, surname, 1950, 1990, move_in)
    people = [owner]
    if size >= 3 and move_in < _LAST_LET and rng.random() < 0.3:
        # Rented out: the owner stays registered for the desk to reach; tenants live
        # there, and an earlier tenant is kept with the day they left.
        leave = _day_between(rng, move_in + timedelta(days=200), _LATEST_MOVE_OUT)
        people.append(
            _person(
                rng, Relation.TENANT, rng.choice(_SURNAMES), 1970, 2000, move_in, move_out=leave
            )
        )
        since = min(leave + timedelta(days=rng.randint(5, 60)), _LATEST_MOVE_OUT)
        tenant = rng.choice(_SURNAMES)
        while len(people) < size:
            people.append(_person(rng, Relation.TENANT, tenant, 1970, 2005, since))
        return Occupancy.RENTED, tuple(people)
    spouse = rng.choice(_SURNAMES)
    while len(people) < size:
        if len(people) == 1:
            people.append(_person(rng, Relation.FAMILY, spouse, 1950, 1992, move_in))
        else:
            child_phone = rng.random() < 0.5
            people.append(
                _person(rng, Relation.FAMILY, surname, 1995, 2020, move_in, phone=child_phone)
            )
    return Occupancy.SELF_OCCUPIED, tuple(people)


def _layout(rooms: int) -> list[tuple[str, str, str, int]]:
    """(building, unit, number, floor) of ``rooms`` rooms, building after building."""
    out: list[tuple[str, str, str, int]] = []
    building = 0
    while len(out) < rooms:
        building += 1
        units, floors, per_floor = _SHAPES[(building - 1) % len(_SHAPES)]
        for unit in range(1, max(units, 1) + 1):
            for floor in range(1, floors + 1):
                for position in range(1, per_floor + 1):
                    unit_code = str(unit) if units else ""
                    out.append((str(building), unit_code, f"{floor}{position:02d}", floor))
    return out[:rooms]


def demo_rooms(seed: int, rooms: int, residents: int | None = None) -> list[BulkRoom]:
    """``rooms`` rooms holding exactly ``residents`` registered people (default three a
    room), moved-out ones included; same arguments, same estate."""
    rng = random.Random(f"register-{seed}")
    target = RESIDENTS_PER_ROOM * rooms if residents is None else residents
    layout = _layout(rooms)
    sizes = [0 if rng.random() < 0.08 else rng.choice((1, 2, 3, 3, 4, 4, 5)) for _ in layout]
    occupied = [n for n, size in enumerate(sizes) if size]
    if not len(occupied) <= target <= 6 * len(occupied):
        raise ValueError(f"{target} residents do not fit {len(occupied)} occupied rooms")
    # Nudge households until the total is exact, keeping each between 1 and 6.
    while occupied and sum(sizes) != target:
        n = rng.choice(occupied)
        if sum(sizes) < target and sizes[n] < 6:
            sizes[n] += 1
        elif sum(sizes) > target and sizes[n] > 1:
            sizes[n] -= 1
    out = []
    for (building, unit, number, floor), size in zip(layout, sizes, strict=True):
        occupancy, people = _household(rng, size)
        out.append(
            BulkRoom(
                building=building,
                unit=unit,
                number=number,
                floor=floor,
                area=rng.choice(_AREAS),
                occupancy=occupancy,
                residents=people,
            )
        )
    return out
