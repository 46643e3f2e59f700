"""Fitting text into the fixed boxes of a form, Chinese line breaking, and amounts
in capital figures as a receipt writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk_app.printing.money import capital_amount
from desk_app.printing.text_fit import (
    NO_LINE_END,
    NO_LINE_START,
    break_lines,
    fit_block,
    leading,
    printable,
    text_width,
)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # The examples of 《正确填写票据和结算凭证的基本规定》, with 整 after 角.
        ("1409.50", "壹仟肆佰零玖元伍角整"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("664.70", "陆佰陆拾肆元柒角整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("0.00", "零元整"),
        ("10.00", "壹拾元整"),
        ("10000.00", "壹万元整"),
        ("1001.01", "壹仟零壹元零壹分"),
        ("100500", "壹拾万零伍佰元整"),
        ("100010000", "壹亿零壹万元整"),
        ("999999999.99", "玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_amounts_in_capital_figures(amount, words):
    assert capital_amount(Decimal(amount)) == words


def test_a_negative_amount_is_refused():
    with pytest.raises(ValueError):
        capital_amount(Decimal("-1"))


def test_no_line_begins_with_closing_or_ends_with_opening_punctuation():
    text = "".join(f"{'维修' * (n % 5 + 1)}{'，。；：？！、）」》'[n % 10]}（注" for n in range(60))
    for size in (8, 9, 10):
        for width in range(60, 240, 7):
            lines = break_lines(text, width, size)
            assert "".join(lines) == text  # nothing lost, nothing added
            for line in lines:
                assert text_width(line, size) <= width + 1e-6
                assert line[0] not in NO_LINE_START, (width, line)
                assert line[-1] not in NO_LINE_END, (width, line)


def test_latin_words_and_numbers_stay_whole():
    lines = break_lines("请联系 13812345678 或 0571-88886666 更换 DN15 角阀", 90, 9)
    assert any("13812345678" in line for line in lines)
    assert any("0571-88886666" in line for line in lines)


def test_full_width_spaces_and_an_indent_are_kept():
    assert break_lines("　　地址　电话", 500, 10) == ["　　地址　电话"]
    assert printable("中心\u3000地址\t电话") == "中心\u3000地址 电话"


def test_a_block_shrinks_then_hands_back_the_rest():
    text = "卫生间漏水，楼下吊顶有水渍。" * 40
    fitted = fit_block(text, 200, leading(8) * 5, 10, 8, "（转续页）")
    assert fitted.size == 8 and len(fitted.lines) == 5
    assert fitted.lines[-1].endswith("（转续页）")
    shown = "".join(fitted.lines).removesuffix("（转续页）")
    assert shown + fitted.rest == text
    small = fit_block("卫生间漏水。", 200, leading(10) * 2, 10, 8)
    assert small.size == 10 and small.rest == "" and small.lines == ("卫生间漏水。",)
