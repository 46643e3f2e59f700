"""One card, however the reader types it."""

from __future__ import annotations

import pytest

from desk_app.domain.cards import card_display, normalize_card_number
from desk_app.domain.errors import ValidationError

# 12,345,678 = 0x00BC614E = facility 188 (0xBC), card 24910 (0x614E)
SAME_CARD = [
    "0012345678",  # a decimal reader, zero-padded
    "12345678",  # typed by hand without the zeros
    "00BC614E",  # a hexadecimal reader
    "00bc614e",
    "0x00BC614E",
    "188,24910",  # the Wiegand-26 numbers printed on the card
    "188，24910",  # typed with a Chinese comma
    "００１２３４５６７８",  # full-width digits from a Chinese input method
    " 0012345678\t",
]


@pytest.mark.parametrize("typed", SAME_CARD)
def test_every_format_of_one_card_is_the_same_number(typed):
    assert normalize_card_number(typed) == "0012345678"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "Enter the card number"),
        ("4294967296", "at most 4294967295"),
        ("256,1", "facility code is 0–255"),
        ("12AB", "is not a card number"),
        ("=1+1", "is not a card number"),
        ("00BC614E1", "is not a card number"),
    ],
)
def test_what_is_no_card_number_is_refused_saying_why(typed, fragment):
    with pytest.raises(ValidationError) as caught:
        normalize_card_number(typed)
    assert fragment in caught.value.message
    assert caught.value.field == "card_number"


def test_the_display_adds_the_printed_form():
    assert card_display("0012345678") == "0012345678（188,24910）"


def test_eight_digits_from_a_hexadecimal_reader_are_hexadecimal():
    assert normalize_card_number("00123456") == "0000123456"
    assert normalize_card_number("00123456", reader="hex") == f"{0x123456:010d}"
    assert normalize_card_number("0012345678", reader="hex") == "0012345678"  # 10 digits
