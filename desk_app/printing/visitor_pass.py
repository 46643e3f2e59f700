"""The visitor pass (访客通行证): a small card on A6 or an 80 mm receipt roll, with the
service center's name, the serial as a Code 128 barcode (scanned at the desk to sign
the visitor out), who, where to, since when and until when, and the privacy notice.

Pure ReportLab: data in, PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import inch, mm

from desk_app.printing.canvas import Pen, barcode, new_canvas
from desk_app.printing.paper import PaperProfile
from desk_app.printing.text_fit import fit_block, fit_line, leading

TITLE = "访客通行证"
REPRINT = "补打"
SIGNATURE = "被访人签字："

# A6 on a laser printer; an 80 mm thermal receipt printer marks 72 mm of its roll.
A6_PASS = PaperProfile(
    key="a6",
    name="A6",
    page=(105 * mm, 148 * mm),
    clear_x=6 * mm,
    clear_y=6 * mm,
    min_text=7,
    bar_module=inch / 100,
    bar_height=10 * mm,
    shade=Color(0.9, 0.9, 0.9),
    line_width=0.6,
    dot_matrix=False,
)
RECEIPT_PASS = PaperProfile(
    key="receipt80",
    name="80 mm",
    page=(80 * mm, 118 * mm),
    clear_x=4 * mm,
    clear_y=4 * mm,
    min_text=7,
    bar_module=inch / 100,
    bar_height=10 * mm,
    shade=None,
    line_width=0.6,
    dot_matrix=False,
)
PASS_PAPERS = {"a6": A6_PASS, "receipt80": RECEIPT_PASS}


@dataclass(frozen=True)
class PassData:
    center_name: str
    serial: str
    visitor_name: str
    kind: str
    room: str
    host: str
    arrived: str  # local time, as printed
    valid_until: str
    companions: int = 0
    plate: str = ""
    permit_no: str = ""
    privacy_notice: str = ""
    issued_by: str = ""
    printed_at: str = ""
    reprint: bool = False


def render_visitor_pass(data: PassData, paper: str = "a6") -> bytes:
    profile = PASS_PAPERS[paper]
    buffer = io.BytesIO()
    c = new_canvas(buffer, profile.page, f"{TITLE} {data.serial}", data.issued_by)
    pen = Pen(c, profile)
    width, height = profile.page
    left, right = profile.clear_x, width - profile.clear_x
    inner = right - left
    y = height - profile.clear_y

    size, name = fit_line(data.center_name, inner, 11, profile.min_text)
    y -= size
    pen.bold(width / 2, y, name, size, align="center")
    y -= 17
    pen.bold(width / 2, y, TITLE, 15, align="center")
    if data.reprint:
        pen.badge(right, y, REPRINT, 8)
    y -= 5 * mm
    barcode(
        c,
        data.serial,
        width / 2,
        y,
        module=profile.bar_module,
        height=profile.bar_height,
        max_width=inner,
        align="center",
    )
    y -= profile.bar_height + 10
    pen.text(width / 2, y, data.serial, 9, align="center")
    y -= 4 * mm
    c.setLineWidth(profile.line_width)
    c.line(left, y, right, y)

    rows = [
        ("访　　客", data.visitor_name),
        ("类　　别", data.kind),
        ("前往房号", data.room),
        ("被 访 人", data.host),
        ("到访时间", data.arrived),
        ("有效期至", data.valid_until),
    ]
    if data.companions:
        rows.append(("同行人数", f"{data.companions} 人"))
    if data.plate:
        rows.append(("车　　牌", data.plate))
    if data.permit_no:
        rows.append(("装修许可", data.permit_no))
    label_size, value_size = 8, 10
    label_width = pen.width_of("到访时间", label_size) + 2.5 * mm
    step = leading(value_size) + 2.2
    for label, value in rows:
        y -= step
        pen.text(left, y, label, label_size)
        at, shown = fit_line(value or "—", inner - label_width, value_size, profile.min_text)
        pen.text(left + label_width, y, shown, at)
    y -= 3.5 * mm
    c.line(left, y, right, y)

    footer = "　".join(part for part in (f"签发：{data.issued_by}", data.printed_at) if part)
    footer_size = profile.min_text
    bottom = profile.clear_y
    pen.text(left, bottom, footer, footer_size)
    # The host signs the pass, which comes back to the desk as the visitor leaves.
    sign_y = bottom + footer_size + 6 * mm
    pen.text(left, sign_y, SIGNATURE, 9)
    c.line(left + pen.width_of(SIGNATURE, 9) + 1 * mm, sign_y - 1, right, sign_y - 1)
    notice = data.privacy_notice.strip()
    if notice:
        room = y - 2 * mm - (sign_y + 9 + 2 * mm)
        fitted = fit_block(notice, inner, room, 7.5, profile.min_text - 0.5, "…")
        pen.block(left, y - 2 * mm, inner, room, "\n".join(fitted.lines), fitted.size)
    c.showPage()
    c.save()
    return buffer.getvalue()
