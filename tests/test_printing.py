"""Layout building blocks every printed form shares."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Labels, Letterhead, build_document, style
from desk_app.printing.test_page import render_test_page

CENTER = Letterhead("阳光花园物业服务中心", "阳光花园 1 号楼", "0571-8888 6666")
# What a resident said, as long as it gets: no spaces to break at.
LONG_TEXT = (
    "住户反映三栋二单元一五零一卫生间天花板持续渗水，楼下一四零一业主家中吊顶已出现大面积水渍"
    "并有滴水现象，要求物业尽快联系楼上住户并安排工程部上门查看维修，同时做好现场防护。"
) * 3


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def register_table(rows: int) -> Table:
    data = [["序号", "内容"]] + [[str(n), Paragraph(LONG_TEXT, style(10))] for n in range(rows)]
    table = Table(data, colWidths=[15 * mm, 60 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), cjk_font(), 10), ("GRID", (0, 0), (-1, -1), 0.5, "black")]
        )
    )
    return table


def test_every_page_is_numbered_and_headed():
    story = [Paragraph(f"第{n}条记录：{LONG_TEXT}", style(10)) for n in range(30)]

    pdf = build_document(story, letterhead=CENTER, title="来电来访登记")

    texts = pages_text(pdf)
    total = len(texts)
    assert total > 2
    for number, page in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {total} 页" in page
        assert "阳光花园物业服务中心" in page
        assert "0571-8888 6666" in page
    # Nothing of the story is lost between pages.
    everything = "".join(texts).replace("\n", "")
    assert all(f"第{n}条记录" in everything for n in range(30))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "来电来访登记"


def test_a_single_page_says_one_of_one():
    pdf = build_document([Paragraph("只有一行", style(10))], letterhead=CENTER, title="t")
    assert len(pages_text(pdf)) == 1
    assert "第 1 页 / 共 1 页" in pages_text(pdf)[0]


def test_labels_in_another_language():
    pdf = build_document(
        [Paragraph("text", style(10))],
        letterhead=Letterhead("Sunshine Garden"),
        title="t",
        labels=Labels(page="Page {page} of {pages}", phone="Tel"),
    )
    (text,) = pages_text(pdf)
    assert "Page 1 of 1" in text and "Sunshine Garden" in text
    assert "Tel" not in text  # no phone number set: no phone label


def test_long_chinese_text_wraps_inside_its_table_cell():
    # GIVEN a narrow cell and a text many times its width
    cell = Paragraph(LONG_TEXT, style(10))
    width, height = cell.wrap(60 * mm, 1000 * mm)

    # THEN it breaks into lines that each fit the cell
    lines = cell.blPara.lines
    assert len(lines) > 10
    assert width <= 60 * mm
    assert height >= len(lines) * 10

    # AND a register of such rows builds, growing onto more pages with more rows
    few = pages_text(build_document([register_table(2)], letterhead=CENTER, title="t"))
    many = pages_text(build_document([register_table(12)], letterhead=CENTER, title="t"))
    assert len(few) == 1
    assert len(many) > 2
    for number, page in enumerate(many, start=1):
        assert f"第 {number} 页 / 共 {len(many)} 页" in page
        assert "序号" in page  # the header row repeats on every page
    # The text is all there, wrapped: no line is longer than the cell holds.
    body = "".join(many)
    assert LONG_TEXT[:40] in body.replace("\n", "")
    longest = max(len(line) for line in body.splitlines() if "渗水" in line or "物业" in line)
    assert longest < 40


def test_the_test_page_renders_chinese_with_the_center_name():
    pdf = render_test_page(CENTER, datetime(2026, 11, 23, 9, 30))
    (text,) = pages_text(pdf)
    assert "打印测试页" in text
    assert "阳光花园物业服务中心" in text
    assert "打印时间：2026-11-23 09:30" in text


def test_every_font_of_a_document_is_embedded():
    # The printout must look the same on a PC without Chinese fonts: no font may be
    # left to the viewer (such as a Helvetica the page would start in).
    pdf = build_document(
        [Paragraph("来电来访登记表 ABC 123", style(10))],
        letterhead=Letterhead("阳光花园物业服务中心"),
        title="测试",
    )
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            described = descendant[0].get_object() if descendant else font
            assert "/FontDescriptor" in described, font["/BaseFont"]
            assert "/FontFile2" in described["/FontDescriptor"].get_object(), font["/BaseFont"]
