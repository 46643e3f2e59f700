"""Chinese vehicle plates (车牌号) for the visitor register, in one stored form.

GA 36-2018: a province character, the issuing office's letter, then
- ordinary plates: 5 letters or digits (no I or O, which read as 1 and 0), the last
  possibly 学 (driving school), 警 (police), 挂 (trailer), 港 / 澳 (cross-border) or
  领 (consulate);
- new-energy plates: 6 characters: a small car's start with D (electric) or F (hybrid)
  and end with 4 digits ("粤BD12345"); a large vehicle's are 5 digits then D or F
  ("粤B12345D").
Stored upper-case without spaces or the middle dot: "粤B·D1234 5" → "粤BD12345".
"""

from __future__ import annotations

import re
import unicodedata

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"  # no I, no O
_CHAR = f"[{_LETTER}0-9]"
_ORDINARY = re.compile(f"^[{PROVINCES}][{_LETTER}]{_CHAR}{{4}}[{_LETTER}0-9学警挂港澳领]$")
_NEW_ENERGY_SMALL = re.compile(f"^[{PROVINCES}][{_LETTER}][DF]{_CHAR}[0-9]{{4}}$")
_NEW_ENERGY_LARGE = re.compile(f"^[{PROVINCES}][{_LETTER}][0-9]{{5}}[DF]$")


def normalize_plate(text: str, *, field: str = "plate") -> str:
    """The plate as stored, "" for none given, or a ValidationError saying what is wrong."""
    typed = unicodedata.normalize("NFKC", text or "").upper()
    typed = re.sub(r"[\s·•.\-]", "", typed)
    if not typed:
        return ""
    if typed[0] not in PROVINCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Plate {plate}: it begins with a province's character, such as 京 or 粤."
            ),
            field=field,
            plate=typed,
        )
    if any(pattern.match(typed) for pattern in (_ORDINARY, _NEW_ENERGY_SMALL, _NEW_ENERGY_LARGE)):
        return typed
    if len(typed) not in (7, 8):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Plate {plate}: a plate has 7 characters (8 for a new-energy vehicle), "
                "this one has {n}.",
            ),
            field=field,
            plate=typed,
            n=len(typed),
        )
    if "I" in typed or "O" in typed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Plate {plate}: plates have no letter I or O; use the digit 1 or 0."
            ),
            field=field,
            plate=typed,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Plate {plate} is not a valid plate number."),
        field=field,
        plate=typed,
    )
