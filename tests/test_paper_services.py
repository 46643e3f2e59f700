"""The paper through the paths the desk takes: the masking setting and the dispatcher
on printed slips, the register of a day with a very long entry, and the test and
calibration pages from the command line, on both databases."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.cli import main
from desk_app.domain.contacts import Category
from desk_app.services.contacts import ContactDraft
from tests.register_fixtures import one_home
from tests.test_work_order_slip import runs
from tests.test_work_orders import leak

DAY = date(2026, 11, 23)  # the FakeClock's day in Beijing


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


def entry(content: str, category: Category) -> ContactDraft:
    return ContactDraft(
        content=content,
        category=category,
        caller_name="张伟强",
        place="3栋2单元1501",
        phone="13812345678",
        since="昨天晚上",
    )


def part_texts(pdf: bytes) -> list[str]:
    """The text of each part of a one-slip continuous print (one page per part)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize(
    ("setting", "masked"),
    [
        (None, [False, False, True]),
        ("department_and_receipt", [False, True, True]),
        ("none", [False] * 3),
    ],
)
def test_the_phone_is_masked_on_the_parts_the_setting_names(
    services, admin, clerk, home, setting, masked
):
    if setting is not None:
        services.settings.update(admin, {"print.mask_phone_parts": setting})
    row = services.work_orders.orders.create(clerk, leak(home))

    parts = part_texts(services.work_orders.slips.print(clerk, [row.id], paper="continuous"))

    full = home.phone
    hidden = full[:3] + "****" + full[-4:]
    assert [hidden in text and full not in text for text in parts] == masked
    assert [full in text for text in parts] == [not m for m in masked]


def test_a_slip_names_the_dispatcher_only_once_the_order_is_dispatched(
    services, admin, clerk, supervisor, home
):
    wo = services.work_orders
    row = wo.orders.create(clerk, leak(home))

    before = wo.slips.data(supervisor, row.id)
    assert before.dispatcher == "" and before.dispatched_at is None
    stub = part_texts(wo.slips.print(supervisor, [row.id], paper="continuous"))[0]
    assert "supervisor-名" not in stub.split("打印：")[0]  # only in the printed-by footer

    wo.steps.dispatch(clerk, row.id)
    after = wo.slips.data(supervisor, row.id)
    assert after.dispatcher == "clerk-名" and after.dispatched_at is not None


def test_a_register_day_with_a_3000_character_entry_prints_all_of_it(
    services, clerk, supervisor, home
):  # the repair is to a room of the register
    base = "住户反映卫生间顶部持续漏水，楼上装修后开始出现；家中有老人和婴儿，请从北门进入。"
    long = (base * 80)[:3000]
    services.contacts.log(clerk, entry("咨询停水时间", Category.CONSULTATION))
    services.contacts.log(clerk, entry(long, Category.REPAIR))
    services.contacts.sign_day(supervisor, DAY)

    reader = PdfReader(io.BytesIO(services.contacts.print_register(clerk, DAY)))

    page_texts = [page.extract_text() for page in reader.pages]
    total = len(page_texts)
    assert total >= 3  # the entry alone is taller than a page
    for number, text in enumerate(page_texts, start=1):
        assert "来电来访登记表" in text
        assert "2026年11月23日" in text
        assert f"第 {number} 页 / 共 {total} 页" in text
    # The content column, page after page, without the heads and feet between.
    column_x = 10 * mm + 133 * mm + 2
    printed = ""
    for page in reader.pages:
        pieces = [
            r
            for r in runs(page)
            if column_x - 1 < r.x < column_x + 60 * mm and r.text != "来电来访内容"
        ]
        printed += "".join(r.text for r in sorted(pieces, key=lambda r: (-r.y, r.x)))
    assert long in printed.replace(" ", "")
    assert "主管手写签字" in page_texts[-1]  # a line for the pen, though signed in the app


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("form", ["test-page", "calibration"])
def test_the_cli_prints_test_and_calibration_pages_on_either_paper(
    capsys, services, admin, db_url, tmp_path, form
):
    services.settings.update(admin, {"print.offset_x_mm": 1.5})
    sizes = {"a4": (210, 297), "continuous": (241, 139.7)}
    for paper, (width, height) in sizes.items():
        out = tmp_path / f"{form}-{paper}.pdf"
        code, said, err = run(
            capsys, "print", form, "--paper", paper, "--db", db_url, "--out", str(out)
        )
        assert code == 0, err
        assert str(out) in said
        (page,) = PdfReader(out).pages
        assert float(page.mediabox.width) == pytest.approx(width * mm, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height * mm, abs=0.5)
        text = page.extract_text()
        assert "50 mm × 20 mm" in text
        if form == "calibration":
            assert "水平 +1.5 mm" in text  # the offset of the settings
    # Without --paper: the paper of the settings.
    services.settings.update(admin, {"print.paper": "continuous"})
    out = tmp_path / "default.pdf"
    assert run(capsys, "print", form, "--db", db_url, "--out", str(out))[0] == 0
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(241 * mm, abs=0.5)
