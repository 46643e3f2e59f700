"""Access-card numbers (IC住户卡) in one form, whatever the card reader typed.

Desk readers are keyboards: they type the card's number and Enter, but in one of
several formats depending on the model and its setting:
- the 32-bit chip number in decimal, usually zero-padded to 10 digits ("0012345678");
- the same in hexadecimal, 8 digits ("00BC614E"), sometimes with "0x";
- the Wiegand-26 form printed on many cards: facility code and card number
  ("188,24910"), which is the low 24 bits, facility × 65536 + number.
The register keeps every card as 10 decimal digits, so a number typed from the card's
print, read by a decimal reader or by a hex one is the same card.

Eight digits without a letter could be either: ``reader="hex"`` (the desk's setting
for a hexadecimal reader) reads them as hexadecimal; by default they are decimal.
"""

from __future__ import annotations

import re
import unicodedata

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

MAX_CHIP = 0xFFFF_FFFF
_WIEGAND = re.compile(r"^(\d{1,3})[,，](\d{1,5})$")
_HEX = re.compile(r"^(?:0X)?([0-9A-F]{8})$")
_DECIMAL = re.compile(r"^\d{1,10}$")


READERS = ("decimal", "hex")


def normalize_card_number(text: str, *, reader: str = "decimal", field: str = "card_number") -> str:
    """The card's chip number as 10 decimal digits, or a ValidationError saying why not."""
    typed = unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "")
    typed = typed.replace("-", "")
    if not typed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the card number."), field=field)
    if match := _WIEGAND.match(typed):
        facility, number = int(match.group(1)), int(match.group(2))
        if facility > 0xFF or number > 0xFFFF:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Card {card}: a facility code is 0–255 and a card number 0–65535.",
                ),
                field=field,
                card=typed,
            )
        return f"{facility * 65536 + number:010d}"
    hex_match = _HEX.match(typed)
    if hex_match and (reader == "hex" or not typed.isdigit()):
        value = int(hex_match.group(1), 16)
    elif _DECIMAL.match(typed):
        value = int(typed)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Card {card} is not a card number: the reader gives up to 10 digits, "
                "8 hexadecimal characters, or the printed form such as 188,24910.",
            ),
            field=field,
            card=typed,
        )
    if value > MAX_CHIP:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Card {card}: a card number is at most 4294967295."),
            field=field,
            card=typed,
        )
    return f"{value:010d}"


def card_display(number: str) -> str:
    """The stored number with its printed Wiegand form, as staff see it on the card:
    "0012345678（188,24910）"."""
    value = int(number)
    return f"{number}（{(value >> 16) & 0xFF},{value & 0xFFFF}）"
