"""IC住户卡增办/补办申请表 (A4 portrait) and the fee receipt (收款收据).

The form carries every field of the request, the documents checked, the terms the
resident accepts (from the settings), signature lines for the applicant, the owner
(for a tenant), the handler and the approving supervisor, and a receipt section
where the issued card numbers are entered and signed for. The ID number comes in
already masked (or not) as the reader of the paper may see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.printing.card_words import (
    CONSENT_WORDS,
    KIND_WORDS,
    RECEIPT_TITLE,
    RELATION_WORDS,
    TITLE,
)
from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, plain, style
from desk_app.printing.text_fit import printable

TICKED, UNTICKED = "■", "□"
DATE_BLANK = "　　年　　月　　日"
REPRINT = "（补打）"

_W = A4[0] - 30 * mm  # the frame between 15 mm margins
_LABEL = style(9, leading=12)
_VALUE = style(9.5, leading=12.5)
_SMALL = style(8.5, leading=11.5)
_TITLE = style(16, leading=20, alignment=1)
_HEAD = style(10, leading=13)
_SIGN = style(9.5, leading=13)


@dataclass(frozen=True)
class CardForm:
    """The form's values, all as printed text."""

    letterhead: Letterhead
    serial: str
    kind: str  # a code of KIND_WORDS
    status: str
    created_at: str  # local "2026-11-23 09:30"
    handler: str
    room: str
    applicant: str
    relation: str
    phone: str
    id_number: str  # masked unless the reader may see it
    card_count: int
    reason: str
    checklist: Sequence[str]
    documents: Sequence[str]
    consent: str  # a code of CONSENT_WORDS or ""
    consent_note: str
    fee: str  # "30.00"
    fee_waived: bool
    waive_reason: str
    amount: str
    amount_capital: str
    old_cards: Sequence[str]
    new_cards: Sequence[str]
    terms: str
    decided_by: str = ""
    decided_at: str = ""
    decision_note: str = ""
    issued_at: str = ""
    signed_by: str = ""
    reprint: bool = False
    printed: str = ""  # "打印：2026-11-23 09:31 王芳"
    blank_card_lines: int = field(default=0)


def _p(text: str, paragraph_style=_VALUE) -> Paragraph:
    return Paragraph(plain(printable(text, newlines=True)), paragraph_style)


def _barcode(value: str) -> Code128:
    return Code128(value, barWidth=0.33 * mm, barHeight=10 * mm, humanReadable=False)


def _grid(rows: list[list], widths: list[float], spans: Sequence[tuple] = ()) -> Table:
    table = Table(rows, colWidths=widths)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.6, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", a, b) for a, b in spans]
    spanned = {start[1] for start, _ in spans}
    for row in range(len(rows)):  # the label cells are shaded
        for col in range(0, 1 if row in spanned else len(widths), 2):
            commands.append(("BACKGROUND", (col, row), (col, row), "#EEEEEE"))
    table.setStyle(TableStyle(commands))
    return table


def _ticks(checklist: Sequence[str], checked: Sequence[str]) -> str:
    return "　".join(f"{TICKED if item in checked else UNTICKED} {item}" for item in checklist)


def _cards(numbers: Sequence[str]) -> str:
    return "、".join(numbers) if numbers else "—"


def render_card_request_form(form: CardForm) -> bytes:
    label_w, value_w = 24 * mm, (_W - 48 * mm) / 2
    widths = [label_w, value_w, label_w, value_w]
    fee = (
        f"免收（原价 {form.fee} 元；原因：{form.waive_reason}）"
        if form.fee_waived
        else f"{form.amount} 元（大写：{form.amount_capital}）"
    )
    consent = ""
    if form.relation == "tenant":
        consent = CONSENT_WORDS.get(form.consent, "") + (
            f"（{form.consent_note}）" if form.consent_note else ""
        )
    head = Table(
        [
            [
                _p(f"编号：{form.serial}{REPRINT if form.reprint else ''}", _HEAD),
                _barcode(form.serial),
            ]
        ],
        colWidths=[_W - 75 * mm, 75 * mm],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    fields: list[list[Any]] = [
        [
            _p("申请类别", _LABEL),
            _p(KIND_WORDS.get(form.kind, form.kind)),
            _p("申请时间", _LABEL),
            _p(form.created_at),
        ],
        [
            _p("房号", _LABEL),
            _p(form.room),
            _p("办卡数量", _LABEL),
            _p(f"{form.card_count} 张" if form.card_count else "—"),
        ],
        [
            _p("申请人", _LABEL),
            _p(form.applicant),
            _p("与业主关系", _LABEL),
            _p(RELATION_WORDS.get(form.relation, form.relation)),
        ],
        [_p("联系电话", _LABEL), _p(form.phone), _p("身份证号", _LABEL), _p(form.id_number)],
        [_p("业主同意", _LABEL), _p(consent or "—"), _p("受理人", _LABEL), _p(form.handler)],
        [_p("原卡号", _LABEL), _p(_cards(form.old_cards)), "", ""],
        [_p("申请原因", _LABEL), _p(form.reason or "—"), "", ""],
        [_p("核验资料", _LABEL), _p(_ticks(form.checklist, form.documents) or "—"), "", ""],
        [_p("工本费", _LABEL), _p(fee), "", ""],
        [_p("审批意见", _LABEL), _p(_decision(form)), "", ""],
    ]
    spans = [((1, row), (3, row)) for row in range(5, len(fields))]
    signatures = [
        [_p("申请人签字：", _SIGN), _p("日期：" + DATE_BLANK, _SIGN)],
        [_p("业主签字（租户申请时）：", _SIGN), _p("日期：" + DATE_BLANK, _SIGN)],
        [
            _p(f"受理人签字：　　　　　　　　（{form.handler}）", _SIGN),
            _p("日期：" + DATE_BLANK, _SIGN),
        ],
        [_p("审批主管签字：", _SIGN), _p("日期：" + DATE_BLANK, _SIGN)],
    ]
    sign_table = Table(signatures, colWidths=[_W * 0.6, _W * 0.4], rowHeights=9 * mm)
    sign_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    issued = list(form.new_cards)
    blank = max(form.card_count - len(issued), 0) if not issued else 0
    receipt_rows = [
        [_p("序号", _LABEL), _p("新卡号", _LABEL), _p("持卡人", _LABEL), _p("领卡人签字", _LABEL)]
    ]
    for n, number in enumerate(issued, start=1):
        receipt_rows.append([_p(str(n)), _p(number), _p(form.signed_by), _p("")])
    for n in range(len(issued) + 1, len(issued) + 1 + min(blank, 6)):
        receipt_rows.append([_p(str(n)), _p(""), _p(""), _p("")])
    receipt = Table(
        receipt_rows, colWidths=[14 * mm, 60 * mm, 40 * mm, _W - 114 * mm], rowHeights=None
    )
    receipt.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "#000000"),
                ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    issued_line = (
        f"发卡时间：{form.issued_at}　　领卡人：{form.signed_by}"
        if form.issued_at
        else "发卡时间：" + DATE_BLANK + "　　时　　分"
    )
    story = [
        _p(TITLE, _TITLE),
        _p(
            form.letterhead.name
            + (f"　{form.letterhead.address}" if form.letterhead.address else ""),
            style(9, leading=12, alignment=1),
        ),
        Spacer(1, 3 * mm),
        head,
        Spacer(1, 2 * mm),
        _grid(fields, widths, spans),
        Spacer(1, 3 * mm),
        _p("申请人须知", _HEAD),
        _p(form.terms, _SMALL),
        _p("本人已阅读并同意遵守以上条款，所填信息真实有效。", _SMALL),
        sign_table,
        Spacer(1, 4 * mm),
        _p("领卡回执", _HEAD),
        receipt,
        Spacer(1, 1.5 * mm),
        _p(issued_line, _SIGN),
    ]
    if form.printed:
        story += [Spacer(1, 2 * mm), _p(form.printed, style(7.5, leading=10))]
    return build_document(
        story,
        letterhead=form.letterhead,
        title=f"{TITLE} {form.serial}",
        pagesize=A4,
        margins_mm=(15, 15, 14, 15),
    )


def _decision(form: CardForm) -> str:
    if not form.decided_by:
        return "□ 同意　□ 不同意　　意见："
    verdict = "驳回" if form.status == "rejected" else "同意"
    note = f"：{form.decision_note}" if form.decision_note else ""
    return f"{verdict}{note}（{form.decided_by} {form.decided_at}）"


@dataclass(frozen=True)
class FeeReceipt:
    letterhead: Letterhead
    serial: str
    receipt_no: int
    room: str
    payer: str
    item: str  # "住户卡补办（遗失）工本费 × 2"
    amount: str
    amount_capital: str
    received_by: str
    received_at: str
    reprint: bool = False


def render_fee_receipt(receipt: FeeReceipt) -> bytes:
    """收款收据 on A5 landscape: the payer's copy of the card fee."""
    width = landscape(A5)[0] - 30 * mm
    rows: list[list[Any]] = [
        [_p("房号", _LABEL), _p(receipt.room), _p("交款人", _LABEL), _p(receipt.payer)],
        [_p("收费项目", _LABEL), _p(receipt.item), "", ""],
        [
            _p("金额", _LABEL),
            _p(f"¥{receipt.amount}"),
            _p("大写", _LABEL),
            _p(receipt.amount_capital),
        ],
        [
            _p("收款人", _LABEL),
            _p(receipt.received_by),
            _p("收款时间", _LABEL),
            _p(receipt.received_at),
        ],
    ]
    table = _grid(
        rows, [22 * mm, width / 2 - 22 * mm, 22 * mm, width / 2 - 22 * mm], [((1, 1), (3, 1))]
    )
    number = f"{receipt.serial}-{receipt.receipt_no}{REPRINT if receipt.reprint else ''}"
    story = [
        _p(RECEIPT_TITLE, _TITLE),
        _p(receipt.letterhead.name, style(9, leading=12, alignment=1)),
        Spacer(1, 3 * mm),
        _p(f"No. {number}", _HEAD),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 8 * mm),
        _p("收款单位（盖章）：　　　　　　　　　　　经手人签字：", _SIGN),
    ]
    return build_document(
        story,
        letterhead=receipt.letterhead,
        title=f"{RECEIPT_TITLE} {receipt.serial}",
        pagesize=landscape(A5),
        margins_mm=(15, 15, 12, 15),
    )
