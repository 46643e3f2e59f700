"""Demo access cards: homes with their cards issued some weeks ago, then lost cards
blocked and replaced, a damaged card exchanged, a tenant's request with the owner's
consent, one rejected, some still awaiting approval — every state of the register
and of the requests, made through the services as the desk would."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desk_app.demo.activity import demo_homes
from desk_app.domain.personal import id_check_character
from desk_app.services.cards import Cards
from desk_app.services.cards.views import CardRequestDraft
from desk_app.services.context import Actor, ServiceContext

HOMES = 40  # homes that got their cards at the start of the demo period
_REGIONS = ("110105", "310104", "330106", "440304", "510107")


class _Clock:
    def __init__(self, moment: datetime):
        self.current = moment

    def __call__(self) -> datetime:
        return self.current


def _id_number(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = rng.choice(_REGIONS) + birth + f"{rng.randint(0, 999):03d}"
    return first17 + id_check_character(first17)


def generate_cards(
    services, rng: random.Random, *, clerk: Actor, supervisor: Actor, days: int
) -> int:
    """Card requests over the last ``days`` days; returns how many were taken."""
    now = services.ctx.now()
    clock = _Clock(now - timedelta(days=max(days, 2)))
    cards = Cards(ServiceContext(services.db, clock, services.ctx.zone))
    homes = demo_homes(services, rng, HOMES)
    numbers = iter(rng.sample(range(10_000_000, 4_000_000_000), 4 * len(homes) + 50))
    ids = {home.room_id: _id_number(rng) for home in homes}
    step = (now - clock.current) / (len(homes) * 5 + 100)  # more ticks than the steps take
    made = 0

    def tick() -> None:
        clock.current = min(clock.current + step * rng.uniform(0.5, 1.5), now)

    def draft(home, kind: str, count: int, **extra) -> CardRequestDraft:
        values = dict(
            kind=kind,
            room_id=home.room_id,
            applicant=home.resident,
            relation="owner",
            phone=home.phone,
            id_number=ids[home.room_id],
            card_count=count,
            documents=tuple(cards.requests.checklist(kind)[:2]),
        )
        values.update(extra)
        return CardRequestDraft(**values)

    def through(request, new: list[str], *, finish: bool = True):
        tick()
        cards.steps.approve(supervisor, request.id)
        tick()
        cards.steps.issue(clerk, request.id, new, signed_by=request.applicant)
        if finish:
            tick()
            cards.steps.finish(clerk, request.id)

    issued: dict[int, list[str]] = {}
    for home in homes:
        count = rng.choice((1, 2, 2, 3))
        new = [f"{next(numbers):010d}" for _ in range(count)]
        request = cards.requests.submit(clerk, draft(home, "first_issue", count))
        through(request, new)
        issued[home.room_id] = new
        made += 1
        tick()
    for index, home in enumerate(homes[:12]):
        lost = issued[home.room_id][0]
        if index % 4 == 3:  # a damaged card exchanged
            request = cards.requests.submit(
                clerk, draft(home, "replace_damaged", 1, old_cards=(lost,), reason="卡片折断")
            )
        else:
            waived = index == 5
            request = cards.requests.submit(
                clerk,
                draft(
                    home,
                    "replace_lost",
                    1,
                    old_cards=(lost,),
                    reason="买菜时遗失",
                    fee_waived=waived,
                    waive_reason="孤寡老人，物业减免" if waived else "",
                ),
            )
        made += 1
        if index < 9:  # the last ones are still waiting for the supervisor
            through(request, [f"{next(numbers):010d}"], finish=index % 2 == 0)
        tick()
    for home in homes[12:16]:
        request = cards.requests.submit(
            clerk,
            draft(
                home,
                "additional",
                1,
                applicant="租户" + home.resident[-1],
                relation="tenant",
                consent=rng.choice(("present", "written", "phone")),
                consent_note="业主" + home.resident,
                reason="租户入住",
            ),
        )
        made += 1
        tick()
        if home is homes[12]:
            cards.steps.reject(supervisor, request.id, "租赁合同已过期，请补交新合同")
        elif home is homes[13]:
            through(request, [f"{next(numbers):010d}"])
        tick()
    return made
