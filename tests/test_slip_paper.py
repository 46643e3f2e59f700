"""The paper a technician and a resident hold: a slip never loses what they need
(long descriptions and long lists of charges go on a 续页), Chinese line breaking,
the paper's geometry, and the test and calibration pages of both papers."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.printing.calibration_page import SAMPLE_SERIAL, render_calibration_page
from desk_app.printing.test_page import render_test_page
from desk_app.printing.text_fit import NO_LINE_END, NO_LINE_START
from desk_app.printing.work_order_data import slip_measures
from desk_app.printing.work_order_slip import render_slips
from tests.test_work_order_slip import (
    CENTER,
    LONG_DESCRIPTION,
    Run,
    pages,
    paid_slip,
    runs,
    slip,
    texts,
)

PAPERS = ("a4", "continuous")
CLOSE = "（转续页）"
NORTH_GATE = "家中有老人和婴儿，请走北门进入。"
# 326 characters, as in the issue: the part that matters comes last.
ELDERLY = (LONG_DESCRIPTION[: 326 - len(NORTH_GATE)] + NORTH_GATE)[:326]


def is_continuation(text: str) -> bool:
    return "派工单续页" in text


def part_pages(pdf: bytes, paper: str) -> list[list[tuple[object, str]]]:
    """Per part (0 stub, 1 department, 2 receipt): its slip page, then its 续页, as
    (page, role) where role is "slip" or "more". On A4 a page holds all three parts."""
    out: list[list[tuple[object, str]]] = [[], [], []]
    for page, text in zip(pages(pdf), texts(pdf), strict=True):
        role = "more" if is_continuation(text) else "slip"
        if paper == "a4":
            for part in range(3):
                out[part].append((page, role))
        else:
            part = next(
                n for n, label in enumerate(("第一联", "第二联", "第三联")) if label in text
            )
            out[part].append((page, role))
    return out


def band(paper: str, part: int, run: Run) -> bool:
    if paper != "a4":
        return True
    third = 297 * mm / 3
    return 297 * mm - (part + 1) * third < run.y < 297 * mm - part * third


def description_of(pdf: bytes, paper: str) -> list[str]:
    """The description as each part prints it: the lines of its box on the slip,
    then the lines under 报修内容（接上页） on its continuation sheets."""
    m = slip_measures(paper)
    box_x = m.margin_x + m.label_w + 1.3 * mm
    more_x = m.margin_x + 1.3 * mm
    found = []
    for part, own in enumerate(part_pages(pdf, paper)):
        text = ""
        for page, role in own:
            mine = [r for r in runs(page) if band(paper, part, r)]
            if role == "slip":
                (times,) = [r for r in mine if r.text == "到场时间"]
                (above,) = [r for r in mine if r.text == "派往部门"]
                lines = [r for r in mine if abs(r.x - box_x) < 0.05 and times.y < r.y < above.y - 1]
            else:
                lines = [
                    r
                    for r in mine
                    if abs(r.x - more_x) < 0.05
                    and abs(r.size - m.text_size) < 0.01
                    and "接上页" not in r.text
                ]
            text += "".join(r.text for r in sorted(lines, key=lambda r: -r.y))
        found.append(text)
    return found


# --- nothing the technician needs is lost -------------------------------------


@pytest.mark.parametrize("paper", PAPERS)
def test_a_2000_character_description_prints_complete_on_the_slip_and_its_continuation(paper):
    pdf = render_slips([slip(description=LONG_DESCRIPTION)], paper=paper)

    every = "".join(texts(pdf))
    assert "详见系统" not in every
    for printed in description_of(pdf, paper):
        assert CLOSE in printed  # the box says where it goes on
        assert printed.replace(CLOSE, "") == LONG_DESCRIPTION
    continued = [t for t in texts(pdf) if is_continuation(t)]
    assert continued
    for text in continued:  # a loose page still says where it belongs
        assert "PG-20261123-0001" in text
        assert any(label in text for label in ("第一联", "第二联", "第三联"))


@pytest.mark.parametrize("paper", PAPERS)
def test_the_whole_326_character_description_prints_on_a4_and_continuous(paper):
    pdf = render_slips([slip(description=ELDERLY)], paper=paper)

    for printed in description_of(pdf, paper):
        assert printed.replace(CLOSE, "") == ELDERLY
        assert NORTH_GATE in printed


@pytest.mark.parametrize(("paper", "lines"), [("a4", 4), ("continuous", 7)])
def test_the_box_is_filled_before_the_rest_goes_on_a_continuation(paper, lines):
    # A 。 that hangs past the edge of a full line is no reason to give up on the box.
    pdf = render_slips([slip(description=LONG_DESCRIPTION)], paper=paper)

    m = slip_measures(paper)
    box_x = m.margin_x + m.label_w + 1.3 * mm
    first = pages(pdf)[0]
    all_runs = [r for r in runs(first) if band(paper, 0, r)]
    (times,) = [r for r in all_runs if r.text == "到场时间"]
    (above,) = [r for r in all_runs if r.text == "派往部门"]
    box = [r for r in all_runs if abs(r.x - box_x) < 0.05 and times.y < r.y < above.y - 1]
    assert len(box) >= lines
    assert {r.size for r in box} == {m.min_size}  # shrunk as far as the paper allows
    assert box[-1].text.endswith(CLOSE)


@pytest.mark.parametrize("paper", PAPERS)
def test_every_charged_line_of_30_prints_with_the_sums_and_the_capital_total(paper):
    data = paid_slip(30, description=LONG_DESCRIPTION)
    pdf = render_slips([data], paper=paper)

    for own in part_pages(pdf, paper):
        text = "".join(page.extract_text() for page, _ in own)
        names = [f"角阀{n}号" for n in range(1, 31)]
        for name in names:
            # Once per part: on its slip or on its 续页, and nowhere twice.
            assert text.count(name + "\n") + text.count(name + " ") >= 1, name
        slip_text = own[0][0].extract_text()
        assert "材料费 ¥4,603.50" in slip_text and "人工费 ¥50.00" in slip_text
        assert "合计 ¥4,653.50" in slip_text
        assert "肆仟陆佰伍拾叁元伍角整" in slip_text  # 大写, where the resident signs
        assert "肆仟陆佰伍拾叁元伍角整" in text.split("派工单续页")[-1]  # and after the list
    for page in pages(pdf):  # each line with its quantity, unit price and amount
        all_runs = runs(page)
        for name in [r for r in all_runs if r.text.startswith("角阀")]:
            n = int(name.text[2:-1])
            row = {r.text for r in all_runs if abs(r.y - name.y) < 0.5}
            assert {str(n), "个", "9.90", f"{Decimal('9.90') * n:,.2f}"} <= row, row


def test_a_14_line_order_lists_all_14_on_a4():
    pdf = render_slips([paid_slip(14)])
    every = "".join(texts(pdf))
    for n in range(1, 15):
        assert every.count(f"角阀{n}号") == 3  # once per part
    assert "等 14 项" not in every


# --- Chinese line breaking ----------------------------------------------------


PUNCTUATED = "".join(
    f"{'漏水' * (n * 4 % 7 + 1)}{'，；：？！、。'[n % 7]}" for n in range(40)
) + "".join(f"{'漏水' * (n % 7 + 1)}{'，；：？！、。）」》'[n % 10]}" for n in range(120))


@pytest.mark.parametrize("paper", PAPERS)
def test_no_printed_line_begins_with_closing_punctuation_or_ends_with_an_opening_one(paper):
    text = PUNCTUATED + "（附注：《物业服务合同》第「三」条）" * 6
    pdf = render_slips([slip(description=text)], paper=paper)

    lines = [r.text for page in pages(pdf) for r in runs(page)]
    assert len(lines) > 100
    for line in lines:
        assert line[0] not in NO_LINE_START, line
        assert line[-1] not in NO_LINE_END, line
    for printed in description_of(pdf, paper):
        assert printed.replace(CLOSE, "") == text


def test_full_width_spaces_are_kept_on_the_test_page():
    pdf = render_test_page(CENTER, datetime(2026, 11, 23, 9, 30))
    assert "阳光花园物业服务中心　阳光花园 1 号楼一层　0571-8888 6666" in texts(pdf)[0]


# --- the paper's geometry ------------------------------------------------------


def raster(pdf: bytes, tmp_path: Path, dpi: int = 100) -> list[Image.Image]:
    (tmp_path / "x.pdf").write_bytes(pdf)
    for old in tmp_path.glob("page*.png"):
        old.unlink()
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-png",
            str(tmp_path / "x.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    return [Image.open(path).convert("L") for path in sorted(tmp_path.glob("page*.png"))]


def a4_outputs() -> list[bytes]:
    return [
        render_slips(
            [paid_slip(30, description=LONG_DESCRIPTION, urgency="emergency", print_count=2)]
        ),
        render_test_page(CENTER, datetime(2026, 11, 23, 9, 30), paper="a4"),
        render_calibration_page(paper="a4", offset_mm=(0, 0)),
    ]


def test_every_mark_on_a4_keeps_5_mm_from_every_edge(tmp_path):
    clear = int(5 / 25.4 * 100)  # 5 mm at 100 dpi, rounded down
    for pdf in a4_outputs():
        for image in raster(pdf, tmp_path):
            w, h = image.size
            for box in (
                (0, 0, w, clear),
                (0, h - clear, w, h),
                (0, 0, clear, h),
                (w - clear, 0, w, h),
            ):
                darkest, _ = image.crop(box).getextrema()
                assert darkest > 200, box


def continuous_outputs() -> list[bytes]:
    return [
        render_slips(
            [paid_slip(30, description=LONG_DESCRIPTION, urgency="emergency", print_count=2)],
            paper="continuous",
        ),
        render_test_page(CENTER, datetime(2026, 11, 23, 9, 30), paper="continuous"),
        render_calibration_page(paper="continuous", offset_mm=(0, 0)),
    ]


def test_no_text_on_continuous_paper_is_below_8_pt():
    for pdf in continuous_outputs():
        for page in pages(pdf):
            sizes = {round(r.size, 2) for r in runs(page)}
            assert sizes and min(sizes) >= 8, sorted(sizes)


def black_fills(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of every path filled in black wider and taller than 2 mm."""
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        color, stack, points = (0.0, 0.0, 0.0), [], []
        for args, op in ContentStream(page.get_contents(), reader).operations:
            values = (
                [float(v) for v in args] if op in (b"g", b"rg", b"re", b"m", b"l", b"c") else []
            )
            if op == b"q":
                stack.append(color)
            elif op == b"Q":
                color = stack.pop()
            elif op == b"g":
                color = (values[0],) * 3
            elif op == b"rg":
                color = tuple(values)
            elif op == b"re":
                x, y, w, h = values
                points += [(x, y), (x + w, y + h)]
            elif op in (b"m", b"l", b"c"):
                points += list(zip(values[::2], values[1::2], strict=True))
            elif op in (b"f", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"n"):
                if op not in (b"S", b"s", b"n") and points and max(color) < 0.3:
                    xs, ys = [p[0] for p in points], [p[1] for p in points]
                    size = (max(xs) - min(xs), max(ys) - min(ys))
                    if min(size) > 2 * mm:
                        found.append(size)
                points = []
    return found


def test_badges_on_dot_matrix_paper_are_outlined_not_solid():
    # Solid black soaks a dot-matrix ribbon and smears: the badge is outlined there.
    for pdf in continuous_outputs():
        assert black_fills(pdf) == []
    # On A4 a laser prints the black badge with white words well.
    assert len(black_fills(render_slips([slip(urgency="emergency")]))) == 3


# --- what each part says -------------------------------------------------------


def test_the_desk_stub_has_a_callback_block_and_the_signatures_have_dates():
    stub, work, receipt = texts(render_slips([slip()], paper="continuous"))
    for words in ("回访时间", "回访人", "回访方式", "回访结果", "满意度", "电话", "上门"):
        assert words in stub, words
    assert "维修人员签字" not in stub
    for part in (work, receipt):
        assert "维修人员签字" in part and "业主签字" in part
        assert part.count("年　　月　　日") == 2
        assert "回访时间" not in part


# --- test and calibration pages ------------------------------------------------


@pytest.mark.parametrize(("paper", "size"), [("a4", (210, 297)), ("continuous", (241, 139.7))])
@pytest.mark.parametrize("kind", ["test", "calibration"])
def test_both_pages_exist_for_both_papers_with_a_barcode_and_a_measured_box(
    tmp_path, paper, size, kind
):
    import zxingcpp

    if kind == "test":
        pdf = render_test_page(CENTER, datetime(2026, 11, 23, 9, 30), paper=paper)
    else:
        pdf = render_calibration_page(paper=paper, offset_mm=(0, 0))

    (page,) = pages(pdf)
    assert float(page.mediabox.width) == pytest.approx(size[0] * mm, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(size[1] * mm, abs=0.5)
    text = page.extract_text()
    assert "50 mm × 20 mm" in text and "方框左上角距左" in text
    assert "实际大小" in text  # how to measure, and what to do when it is off
    if paper == "continuous":
        assert "齿孔" in text  # with the tractor strips on or off
    (image,) = raster(pdf, tmp_path)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [SAMPLE_SERIAL]


def test_the_box_of_the_test_page_stands_where_its_words_say(tmp_path):
    import re

    for paper in PAPERS:
        pdf = render_test_page(CENTER, datetime(2026, 11, 23, 9, 30), paper=paper)
        text = texts(pdf)[0]
        left, top = (
            float(v) for v in re.search(r"距左 ([\d.]+) mm、距上 ([\d.]+) mm", text).groups()
        )
        (image,) = raster(pdf, tmp_path, dpi=200)
        px = 200 / 25.4
        # The box's top edge runs right of its top-left corner; above it is paper.
        x, y = round((left + 10) * px), round(top * px)
        assert min(image.getpixel((x, y + d)) for d in (-1, 0, 1)) < 128
        assert image.getpixel((x, y - 8)) > 200
        x, y = round(left * px), round((top + 10) * px)
        assert min(image.getpixel((x + d, y)) for d in (-1, 0, 1)) < 128


def test_a_reprint_of_a_long_slip_marks_its_continuation_too():
    pdf = render_slips(
        [
            slip(
                description=LONG_DESCRIPTION,
                print_count=2,
                printed_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        ],
        paper="continuous",
    )
    assert len(texts(pdf)) > 3  # the parts and their continuation sheets
    for text in texts(pdf):
        assert "第 2 次打印（补打）" in text
