"""The three-part work-order slip (派工单): what each part shows, where it shows it,
and that nothing leaves its box."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from desk_app.printing.calibration_page import render_calibration_page
from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead
from desk_app.printing.words import CONTINUED as TRUNCATED
from desk_app.printing.work_order_slip import QuoteLine, SlipData, render_slips

CENTER = Letterhead("阳光花园物业服务中心", "阳光花园 1 号楼一层", "0571-8888 6666")
ZONE = ZoneInfo("Asia/Shanghai")
PHONE, MASKED = "13812345678", "138****5678"
A4_W, A4_H = 210 * mm, 297 * mm
PART_H = A4_H / 3
LONG_DESCRIPTION = (
    "住户反映三栋二单元一五零一卫生间天花板持续渗水，楼下一四零一业主家中吊顶已出现大面积水渍"
    "并有滴水现象，要求物业尽快联系楼上住户并安排工程部上门查看维修，同时做好现场防护。"
) * 25
assert len(LONG_DESCRIPTION) >= 2000


def slip(**changes) -> SlipData:
    data = SlipData(
        serial="PG-20261123-0001",
        letterhead=CENTER,
        room="3栋2单元1501",
        contact_name="王女士",
        contact_phone=PHONE,
        reported_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC),  # 09:30 in Beijing
        location_kind="in_home",
        place="主卫淋浴间上方吊顶",
        category="水电维修",
        urgency="normal",
        description="卫生间天花板渗水，楼下1401吊顶有水渍。",
        dispatcher="张丽",
        printed_at=datetime(2026, 11, 23, 1, 35, tzinfo=UTC),
        department="工程部",
        technician="李建国",
        zone=ZONE,
    )
    return replace(data, **changes)


def paid_slip(lines: int, **changes) -> SlipData:
    quote = tuple(
        QuoteLine(f"角阀{n}号", Decimal(n), "个", Decimal("9.90"), Decimal("9.90") * n)
        for n in range(1, lines + 1)
    )
    return slip(
        paid=True,
        quote_lines=quote,
        labour_fee=Decimal("50"),
        total=Decimal("50") + sum((q.amount for q in quote), Decimal(0)),
        resident_agreed=True,
        **changes,
    )


def pages(pdf: bytes) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def texts(pdf: bytes) -> list[str]:
    # pypdf puts a space between a tick and its word when their gap looks wide.
    return [page.extract_text().replace("✓ ", "✓") for page in pages(pdf)]


@dataclass
class Run:
    """One line of text as placed on the page, in points from the bottom-left."""

    text: str
    x: float
    y: float
    size: float

    @property
    def end(self) -> float:
        return self.x + pdfmetrics.stringWidth(self.text, cjk_font(), self.size)


def runs(page) -> list[Run]:
    """Text lines with their positions. ReportLab switches between font subsets inside
    one string; pypdf reports every piece at the string's start, so pieces sharing a
    start are joined back into the line they are."""
    pieces: dict[tuple[float, float], list] = defaultdict(list)

    def visit(text, cm, tm, _font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces[(round(x, 2), round(y, 2))].append((text.rstrip("\n"), size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return [
        Run("".join(t for t, _ in parts), x, y, parts[0][1]) for (x, y), parts in pieces.items()
    ]


def find(all_runs: list[Run], text: str) -> list[Run]:
    return [r for r in all_runs if text in r.text]


def filled_rects(page, reader) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every filled rectangle, with the transforms applied."""
    ops = ContentStream(page.get_contents(), reader).operations
    ctm, stack, pending, found = [1, 0, 0, 1, 0, 0], [], [], []
    for args, op in ops:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in args)
            A, B, C, D, E, F = ctm  # noqa: N806
            ctm = [
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + f * C + E,
                e * B + f * D + F,
            ]
        elif op == b"re":
            x, y, w, h = (float(v) for v in args)
            pending.append((ctm[0] * x + ctm[4], ctm[3] * y + ctm[5], ctm[0] * w, ctm[3] * h))
        elif op in (b"f", b"f*", b"B", b"B*"):
            found += pending
            pending = []
        elif op in (b"S", b"n"):
            pending = []
    return found


# --- what each part shows ------------------------------------------------------


def test_a4_puts_the_three_labelled_parts_on_one_sheet():
    pdf = render_slips([slip()])

    (text,) = texts(pdf)
    for label in ("第一联", "存根（客服）", "第二联", "派工（维修）", "第三联", "回执（业主）"):
        assert text.count(label) == 1
    for common in (
        "派 工 单",
        "阳光花园物业服务中心",
        "0571-8888 6666",
        "PG-20261123-0001",
        "3栋2单元1501",
        "王女士",
        "主卫淋浴间上方吊顶",
        "水电维修",
        "工程部",
        "李建国",
        "张丽",
        "到场时间",
        "完工时间",
        "处理结果",
        "材料及费用",
        "非常满意",
        "不满意",
    ):
        assert text.count(common) >= 3, common
    # The department's copy and the receipt are signed; the stub records the callback.
    assert text.count("维修人员签字") == 2
    assert text.count("年　　月　　日") == 4  # a date beside each signature
    assert text.count("回访时间") == 1
    # Local time of the service center, whatever the zone of the test machine.
    assert text.count("2026-11-23 09:30") == 3
    assert text.count("沿此线剪开") == 2
    (page,) = pages(pdf)
    assert float(page.mediabox.width) == pytest.approx(A4_W, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(A4_H, abs=0.5)


@pytest.mark.parametrize(
    ("masked_parts", "masked_on"),
    [(None, {2}), ({2, 3}, {1, 2}), (set(), set())],
)
def test_the_phone_is_masked_on_the_parts_the_settings_say(masked_parts, masked_on):
    # By default only the receipt that goes home with the resident is masked: the
    # department's technician calls ahead.
    data = slip() if masked_parts is None else slip(masked_parts=frozenset(masked_parts))
    (page,) = pages(render_slips([data]))
    all_runs = runs(page)
    full, masked = find(all_runs, PHONE), find(all_runs, MASKED)
    assert {part_of(run.y) for run in masked} == masked_on
    assert {part_of(run.y) for run in full} == {0, 1, 2} - masked_on
    assert len(full) + len(masked) == 3


def test_continuous_form_has_one_part_per_241_mm_page():
    pdf = render_slips([slip()], paper="continuous")

    all_pages = pages(pdf)
    assert len(all_pages) == 3
    for page in all_pages:
        assert float(page.mediabox.width) == pytest.approx(241 * mm, abs=0.5 * mm)
        assert float(page.mediabox.height) == pytest.approx(139.7 * mm, abs=0.5 * mm)
        # Nothing on the tractor strips (12.7 mm each side), torn off after printing.
        for run in runs(page):
            assert 12.7 * mm < run.x and run.end < 241 * mm - 12.7 * mm, run
    stub, work, receipt = texts(pdf)
    assert "第一联" in stub and PHONE in stub and MASKED not in stub
    assert "第二联" in work and PHONE in work and MASKED not in work
    assert "第三联" in receipt and MASKED in receipt and PHONE not in receipt
    assert "服务监督电话：0571-8888 6666" in receipt


@pytest.mark.parametrize(("paper", "per_slip"), [("a4", 1), ("continuous", 3)])
def test_a_batch_prints_every_slip_in_order(paper, per_slip):
    batch = [slip(serial=f"PG-20261123-000{n}", room=f"{n}栋1单元101") for n in (1, 2, 3)]

    page_texts = texts(render_slips(batch, paper=paper))

    assert len(page_texts) == 3 * per_slip
    for n, text in enumerate(page_texts):
        number = n // per_slip + 1
        assert f"PG-20261123-000{number}" in text
        assert f"{number}栋1单元101" in text


def test_a_reprint_is_marked_and_counted():
    first = texts(render_slips([slip()]))[0]
    again = texts(render_slips([slip(print_count=3, printed_by="张丽")]))[0]

    assert "补" not in first and first.count("第 1 次打印") == 3
    assert again.count("补 打") == 3  # the stamp beside the title of each part
    assert again.count("第 3 次打印（补打）") == 3  # and the footer of each part
    assert "张丽" in again


def test_urgency_location_and_payment_are_ticked():
    text = texts(
        render_slips(
            [
                paid_slip(
                    2, urgency="emergency", location_kind="public_area", due_note="20分钟内到场"
                )
            ]
        )
    )[0]

    assert text.count("✓急修") == 3
    assert text.count("✓公共区域") == 3
    assert text.count("✓有偿") == 3
    assert text.count("✓业主已同意报价") == 3
    assert text.count("要求：20分钟内到场") == 3
    assert "✓一般" not in text and "✓户内" not in text and "✓无偿" not in text


def test_a_paid_order_prints_its_quote():
    text = texts(render_slips([paid_slip(3)]))[0]

    for line in ("角阀1号", "角阀2号", "角阀3号", "29.70", "人工费 ¥50.00", "合计 ¥109.40"):
        assert text.count(line) == 3, line


def test_the_serial_is_a_code_128_barcode_of_scannable_size():
    reader = PdfReader(io.BytesIO(render_slips([slip()])))
    page = reader.pages[0]
    serial_runs = find(runs(page), "PG-20261123-0001")
    code = Code128("PG-20261123-0001")
    code._calculate()
    expected_bars = sum(ch.isupper() for ch in code.decomposed)

    rects = filled_rects(page, reader)
    for serial in serial_runs:
        # The bars stand right above their human-readable serial.
        bars = [
            (x, y, w, h)
            for x, y, w, h in rects
            if serial.y < y < serial.y + 8 * mm and serial.x - 10 * mm < x < serial.end + 10 * mm
        ]
        assert len(bars) == expected_bars
        assert min(w for _, _, w, _ in bars) >= 0.25 * mm
        assert min(h for _, _, _, h in bars) >= 8 * mm
        left = min(x for x, *_ in bars)
        right = max(x + w for x, _, w, _ in bars)
        assert right - left <= 50 * mm  # well within the reach of a desk CCD scanner


def test_the_continuous_barcode_is_at_most_50_mm_wide():
    reader = PdfReader(io.BytesIO(render_slips([slip()], paper="continuous")))
    for page in reader.pages:
        bars = [r for r in filled_rects(page, reader) if r[3] >= 8 * mm]
        assert bars
        left = min(x for x, *_ in bars)
        right = max(x + w for x, _, w, _ in bars)
        assert right - left <= 50 * mm


@pytest.mark.parametrize(("paper", "dpi"), [("a4", 100), ("a4", 150), ("continuous", 100)])
def test_the_barcode_decodes(tmp_path, paper, dpi):
    # scripts/setup.sh --test installs both: zxing-cpp (test extra) and poppler-utils.
    import zxingcpp
    from PIL import Image

    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) renders the page to scan"

    (tmp_path / "slip.pdf").write_bytes(render_slips([slip()], paper=paper))
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-png",
            str(tmp_path / "slip.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )

    found = []
    for image in sorted(tmp_path.glob("page*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(image))]
    assert found == ["PG-20261123-0001"] * 3


# --- nothing leaves its box ----------------------------------------------------


def part_of(y: float) -> int:
    return int((A4_H - y) // PART_H)


def test_a_huge_description_and_material_list_stay_inside_their_boxes():
    data = paid_slip(30, description=LONG_DESCRIPTION, place="电梯厅" * 40, room="3栋" * 40)

    pdf = render_slips([data])

    text = texts(pdf)[0]
    assert text.count(TRUNCATED) == 3  # continued on the 续页
    assert "详见系统" not in "".join(texts(pdf))  # the technician cannot look it up
    assert text.count("项见续页（共 30 项）") == 3
    assert text.count("材料费 ¥4,603.50") == 3
    assert text.count("合计 ¥4,653.50") == 3
    page = pages(pdf)[0]
    all_runs = runs(page)
    for run in all_runs:
        assert run.x >= 0 and run.end <= A4_W
    for part in range(3):
        # The cut line's hint sits on the border between two parts, by design.
        mine = [r for r in all_runs if part_of(r.y) == part and r.text != "沿此线剪开"]
        band_top, band_bottom = A4_H - part * PART_H, A4_H - (part + 1) * PART_H
        for run in mine:
            assert band_bottom + 2 * mm < run.y < band_top - 2 * mm, run

        def one(text: str, runs=mine) -> Run:
            (run,) = find(runs, text)
            return run

        frame_right = one("打印：").end
        materials_left = one("材料及费用").x - 1.3 * mm
        # The description lies between the row above it and the row below it, and
        # left of the materials.
        above, below = one("派往部门").y, one("到场时间").y
        description = [
            r
            for r in mine
            if len(r.text) > 10
            and (r.text in LONG_DESCRIPTION or r.text.endswith(TRUNCATED))
            and r.x < materials_left
        ]
        assert len(description) >= 4
        for run in description:
            assert below + 4 * mm < run.y < above - 3 * mm, run
            assert run.end <= materials_left + 0.01, run
        assert description[-1].text.endswith(TRUNCATED)
        # The materials lie between their column heads and the totals, inside the frame.
        heads, totals = one("材料名称").y, one("材料费").y
        materials = [r for r in mine if r.text.startswith("角阀") or "见续页" in r.text]
        assert len(materials) >= 3
        for run in materials:
            assert totals + 3 * mm < run.y < heads - 3 * mm, run
            assert run.x >= materials_left and run.end <= frame_right + 0.01, run
        # A long single-line value is cut before the next cell.
        room = [r for r in mine if r.text.startswith("3栋3栋")]
        assert room and room[0].text.endswith("…")
        assert room[0].end < one("联系人").x


def test_line_breaks_of_the_description_are_kept_when_they_fit():
    (page,) = pages(render_slips([slip(description="一、厨房漏水\n二、客厅灯不亮\n三、门锁坏了")]))

    lines = [r for r in runs(page) if r.text[:2] in ("一、", "二、", "三、")]
    assert len(lines) == 9  # three lines on each of the three parts
    assert "详见系统" not in page.extract_text()
    stub = sorted((r for r in lines if part_of(r.y) == 0), key=lambda r: -r.y)
    assert [r.text for r in stub] == ["一、厨房漏水", "二、客厅灯不亮", "三、门锁坏了"]
    assert stub[0].size == 9  # the full size: nothing needed shrinking


def test_characters_the_font_lacks_print_as_a_visible_mark_not_tofu():
    pdf = render_slips([slip(description="水管爆了😱请速来", contact_name="王𠀾")])

    (text,) = texts(pdf)
    glyphs = pdfmetrics.getFont(cjk_font()).face.charToGlyph
    assert all(ord(ch) in glyphs for ch in text if not ch.isspace())
    assert text.count("水管爆了〓请速来") == 3


def test_only_the_embedded_cjk_font_is_used():
    for pdf in (
        render_slips([paid_slip(2, print_count=2)], paper="a4"),
        render_slips([slip()], paper="continuous"),
        render_calibration_page(paper="a4", offset_mm=(0, 0)),
    ):
        for page in pages(pdf):
            fonts = page["/Resources"]["/Font"]
            assert fonts
            for ref in fonts.values():
                font = ref.get_object()
                assert "WenQuanYi" in font["/BaseFont"]
                assert "/FontFile2" in font["/FontDescriptor"]  # embedded


# --- printer offset and calibration --------------------------------------------


def test_the_offset_moves_everything_right_and_down():
    def serial_positions(offset):
        (page,) = pages(render_slips([slip()], offset_mm=offset))
        return sorted((r.x, r.y) for r in find(runs(page), "PG-20261123-0001"))

    still = serial_positions((0, 0))
    moved = serial_positions((5, 5))
    assert len(still) == len(moved) == 3
    for (x0, y0), (x1, y1) in zip(still, moved, strict=True):
        # Positions are written to the PDF with two decimals.
        assert x1 - x0 == pytest.approx(5 * mm, abs=0.02)
        assert y1 - y0 == pytest.approx(-5 * mm, abs=0.02)  # PDF y grows upwards


@pytest.mark.parametrize(("paper", "side"), [("a4", 10), ("continuous", 20)])
def test_the_calibration_page_shows_marks_and_the_offset(paper, side):
    pdf = render_calibration_page(paper=paper, offset_mm=(1.5, -2))

    (page,) = pages(pdf)
    text = page.extract_text()
    assert "打印位置校准页" in text
    assert "当前偏移：水平 +1.5 mm，垂直 -2.0 mm" in text
    assert f"距左 {side} mm，距上 10 mm" in text
    assert "距右" in text and "距下 10 mm" in text
    plain = render_calibration_page(paper=paper, offset_mm=(0, 0))
    (mark,) = find(runs(page), f"距左 {side} mm，距上")
    (plain_mark,) = find(runs(pages(plain)[0]), f"距左 {side} mm，距上")
    assert mark.x - plain_mark.x == pytest.approx(1.5 * mm, abs=0.02)
    assert mark.y - plain_mark.y == pytest.approx(2 * mm, abs=0.02)


# --- input checks --------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"urgency": "urgent"},
        {"location_kind": "garden"},
        {"print_count": 0},
        {"reported_at": datetime(2026, 11, 23, 9, 30)},
        {"appointment_at": datetime(2026, 11, 23, 14, 0)},
        {"serial": "派工-0001"},
        {"serial": ""},
    ],
)
def test_bad_slip_data_is_refused(changes):
    with pytest.raises(ValueError):
        slip(**changes)


def test_bad_calls_are_refused():
    with pytest.raises(ValueError):
        render_slips([])
    with pytest.raises(ValueError):
        render_slips([slip()], paper="letter")  # type: ignore[arg-type]


# --- phone masking -------------------------------------------------------------


def test_a_landline_is_masked_like_a_mobile():
    text = texts(render_slips([slip(contact_phone="0571-88886666")]))[0]

    assert text.count("0571-88886666") == 2  # the desk's stub and the department's copy
    assert text.count("0571-****6666") == 1
