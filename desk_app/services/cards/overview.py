"""Card requests and cards at a glance: the workbench's lists, the daily summary's
section and the global search's groups (registered in ``desk_app.services.app``)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desk_app.domain.card_requests import (
    AccessCard,
    AccessCardEvent,
    CardRequest,
    CardState,
    RequestKind,
    Status,
)
from desk_app.domain.cards import card_display, normalize_card_number
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.printing.card_words import CARD_STATE_WORDS, KIND_WORDS, STATUS_WORDS
from desk_app.services.cards import queries
from desk_app.services.context import Actor
from desk_app.services.daily.views import DailyContext, DailySection, Figure
from desk_app.services.home.providers import RANK_WAITING
from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList
from desk_app.services.register.labels import room_labels
from desk_app.services.search.providers import COUNT_CAP, as_serial, capped_count
from desk_app.services.search.service import GROUP_LIMIT, SearchGroup, SearchHit

if TYPE_CHECKING:
    from desk_app.services.app import Services

REQUESTS_PAGE = "cards"  # the main-window page of a card request
CARD_PAGE = "access_cards"  # a card of the register, shown on the same page
SERIAL_PREFIX = "KB-"

# The summary's words (Chinese on paper whatever the interface language).
WORDS = {
    "cards": "住户卡",
    "cards.requests": "受理申请",
    "cards.by_kind": "按类型",
    "cards.by_status": "按当前状态",
    "cards.fees": "收取卡费（当日发卡，元）",
    "cards.waived": "减免卡费",
    "cards.blocked_lost": "挂失停用",
}


def _request_summary(room: str, request: CardRequest) -> str:
    what = f"{request.applicant}　{KIND_WORDS[request.kind]}×{request.card_count}"
    return f"{room}　{what}" if room else what


# -- the workbench ----------------------------------------------------------------------------


def card_request_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    """Requests waiting for a supervisor's approval (those who approve), and approved
    ones waiting for the desk to hand the cards over."""
    if not actor.can(Permission.VIEW_RECORDS):
        return []
    found: list[HomeList] = []
    wanted: list[tuple[str, str, Status, Any]] = []
    if actor.can(Permission.APPROVE):
        wanted.append(
            (
                "cards.awaiting_approval",
                QT_TRANSLATE_NOOP("Home", "Card requests waiting for your approval"),
                Status.SUBMITTED,
                CardRequest.created_at,
            )
        )
    if actor.can(Permission.LOG_WORK):
        wanted.append(
            (
                "cards.awaiting_issue",
                QT_TRANSLATE_NOOP("Home", "Approved card requests: cards to hand over"),
                Status.APPROVED,
                CardRequest.decided_at,
            )
        )
    with services.db.read() as session:
        for key, title, status, since in wanted:
            where = CardRequest.status == status.value
            requests = list(
                session.scalars(
                    select(CardRequest)
                    .where(where)
                    .order_by(since, CardRequest.id)  # the longest waiting first
                    .limit(LIST_LIMIT)
                )
            )
            if not requests:
                continue
            total = session.scalar(select(func.count(CardRequest.id)).where(where)) or 0
            labels = room_labels(session, {r.room_id for r in requests})
            items = tuple(
                HomeItem(
                    REQUESTS_PAGE,
                    r.id,
                    r.serial,
                    _request_summary(labels.get(r.room_id, ""), r),
                    r.decided_at if status is Status.APPROVED else r.created_at,
                )
                for r in requests
            )
            found.append(HomeList(key, title, items, total, RANK_WAITING))
    return found


# -- the daily summary ------------------------------------------------------------------------


def card_sections(d: DailyContext) -> Iterable[DailySection]:
    """Requests taken that day by kind and by their status now; the fees of the cards
    handed over that day (the resident pays as they get the cards) and how many were
    waived; cards blocked as lost that day."""
    session = d.session
    of_day = CardRequest.day == d.day
    taken = session.scalar(select(func.count(CardRequest.id)).where(of_day)) or 0
    by_kind = dict(
        session.execute(
            select(CardRequest.kind, func.count(CardRequest.id))
            .where(of_day)
            .group_by(CardRequest.kind)
        ).all()
    )
    by_status = dict(
        session.execute(
            select(CardRequest.status, func.count(CardRequest.id))
            .where(of_day)
            .group_by(CardRequest.status)
        ).all()
    )
    issued = list(
        session.scalars(
            select(CardRequest).where(
                CardRequest.issued_at >= d.start, CardRequest.issued_at < d.end
            )
        )
    )
    fees = sum((queries.amount_due(r) for r in issued), Decimal("0.00"))
    waived = sum(1 for r in issued if r.fee_waived)
    blocked = session.scalar(
        select(func.count(AccessCardEvent.id)).where(
            AccessCardEvent.to_state == CardState.LOST_BLOCKED.value,
            AccessCardEvent.at >= d.start,
            AccessCardEvent.at < d.end,
        )
    )
    kinds = tuple(
        Figure(f"cards.kind.{kind.value}", KIND_WORDS[kind.value], by_kind[kind.value])
        for kind in RequestKind
        if by_kind.get(kind.value)
    )
    statuses = tuple(
        Figure(f"cards.status.{status.value}", STATUS_WORDS[status.value], by_status[status.value])
        for status in Status
        if by_status.get(status.value)
    )
    groups = tuple(
        (WORDS[key], figures)
        for key, figures in (("cards.by_kind", kinds), ("cards.by_status", statuses))
        if figures
    )
    yield DailySection(
        "cards",
        WORDS["cards"],
        (
            Figure("cards.requests", WORDS["cards.requests"], taken),
            Figure("cards.fees", WORDS["cards.fees"], fees),
            Figure("cards.waived", WORDS["cards.waived"], waived),
            Figure("cards.blocked_lost", WORDS["cards.blocked_lost"], blocked or 0),
        ),
        groups=groups,
        rank=40,
    )


# -- the global search ------------------------------------------------------------------------


def card_number_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    """A card number as typed or swiped (any reader format) finds every issue of it;
    the newest is the record the number names."""
    with services.db.read() as session:
        try:
            number = normalize_card_number(query, reader=queries.reader(session))
        except ValidationError:
            return None
        cards = list(
            session.scalars(
                select(AccessCard)
                .where(AccessCard.number == number)
                .order_by((AccessCard.state != CardState.ACTIVE.value), AccessCard.issued_at.desc())
                .limit(GROUP_LIMIT)
            )
        )
        labels = room_labels(session, {c.room_id for c in cards})
    if not cards:
        return None
    hits = tuple(
        SearchHit(
            CARD_PAGE,
            card.id,
            card_display(card.number),
            "　".join(
                filter(
                    None, (CARD_STATE_WORDS[card.state], labels.get(card.room_id, ""), card.holder)
                )
            ),
            exact=n == 0,
        )
        for n, card in enumerate(cards)
    )
    title = QT_TRANSLATE_NOOP("Home", "Access cards")
    return SearchGroup("access_cards", title, hits, len(hits), rank=15)


def card_request_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    """A KB- serial names its request; other words find requests by the applicant."""
    title = QT_TRANSLATE_NOOP("Home", "Card requests")
    serial = as_serial(query)
    if serial is not None:
        if not serial.startswith(SERIAL_PREFIX):
            return None
        with services.db.read() as session:
            request = session.scalar(select(CardRequest).where(CardRequest.serial == serial))
            labels = room_labels(session, [request.room_id]) if request else {}
        if request is None:
            return None
        hit = SearchHit(
            REQUESTS_PAGE,
            request.id,
            request.serial,
            _request_summary(labels.get(request.room_id, ""), request),
            exact=True,
        )
        return SearchGroup("cards", title, (hit,), 1, rank=35)
    matching = select(CardRequest).where(CardRequest.applicant.contains(query, autoescape=True))
    with services.db.read() as session:
        requests = list(
            session.scalars(
                matching.order_by(CardRequest.created_at.desc(), CardRequest.id.desc()).limit(
                    GROUP_LIMIT
                )
            )
        )
        labels = room_labels(session, {r.room_id for r in requests})
    if not requests:
        return None
    total = len(requests)
    if total >= GROUP_LIMIT:
        total = capped_count(services, matching.with_only_columns(CardRequest.id))
    hits = tuple(
        SearchHit(
            REQUESTS_PAGE,
            r.id,
            r.serial,
            f"{_request_summary(labels.get(r.room_id, ''), r)}　{STATUS_WORDS[r.status]}",
        )
        for r in requests
    )
    return SearchGroup("cards", title, hits, total, rank=35, more=total > COUNT_CAP)
