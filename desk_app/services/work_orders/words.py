"""The Chinese words work orders are written down with outside the screen: in the
export and in the follow-up of the entry an order was made from. Like the paper's, they
are Chinese whatever the interface language; where the slip has the same word, it is
the slip's (``desk_app.printing.words``)."""

from __future__ import annotations

from desk_app.domain.work_orders import Location, Satisfaction, Status, Urgency
from desk_app.printing import words as paper

URGENCY_WORDS = {Urgency(code): word for code, word in paper.URGENCY_WORDS.items()}
LOCATION_WORDS = {Location(code): word for code, word in paper.LOCATION_WORDS.items()}
# The slip's satisfaction boxes, in the order of Satisfaction.
SATISFACTION_WORDS = dict(zip(Satisfaction, paper.SATISFACTION_WORDS, strict=True))
FREE_WORD, PAID_WORD = paper.PAYMENT_WORDS
STATUS_WORDS = {
    Status.CREATED: "待派工",
    Status.DISPATCHED: "已派工",
    Status.ON_SITE: "已到场",
    Status.ON_HOLD: "暂停",
    Status.COMPLETED: "已完工",
    Status.SLIP_RETURNED: "已返单",
    Status.CALLBACK_DONE: "已回访",
    Status.CLOSED: "已关闭",
    Status.CANCELLED: "已撤销",
    Status.VOIDED: "已作废",
}
YES_WORD = "是"
