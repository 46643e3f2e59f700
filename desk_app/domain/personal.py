"""Residents' personal data: phone numbers and resident ID numbers — cleaning what a
clerk or a spreadsheet gives, with a specific message for each kind of mistake, and
masking for display (DESIGN.md, "Personal data").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
)
from stdnum.exceptions import (
    ValidationError as StdnumError,
)

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

# -- phones ---------------------------------------------------------------------------

# Between the parts of one number: spaces, dashes, dots, brackets round an area code.
_PHONE_NOISE = re.compile(r"[\s\-‐‑–—.()]")
# Between two numbers written in one cell.
_PHONE_SPLIT = re.compile(r"[/／、,，;；|\n]+|\s*或\s*")
_THREE_DIGIT_AREAS = ("010", "02")  # Beijing and the 02x cities; every other area code has 4


def _fold(text: str) -> str:
    """Full-width digits and punctuation to their ASCII forms."""
    return unicodedata.normalize("NFKC", text).strip()


def normalize_phone(text: str, *, field: str = "phones") -> str:
    """One phone number in its stored form: 13812345678 or 0571-88886666.

    Accepts spaces, dashes, full-width digits and a +86 / 0086 prefix; raises
    ValidationError saying what is wrong otherwise.
    """
    raw = _fold(text)
    shown = raw or text
    if not raw:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a phone number."), field=field)
    body = raw
    if body.startswith("+"):
        body = body[1:]
        if not body.startswith("86"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Phone {phone}: only mainland numbers (+86) can be registered."
                ),
                field=field,
                phone=shown,
            )
        body = body[2:]
    elif body.startswith("0086"):
        body = body[4:]
    area = ""
    bracketed = re.match(r"^[(（]\s*(\d+)\s*[)）](.*)$", body)
    if bracketed:
        area, body = bracketed.group(1), bracketed.group(2)
    elif re.match(r"^0\d{2,3}[\s\-‐‑–—]", body):
        area, body = re.split(r"[\s\-‐‑–—]", body, maxsplit=1)
    digits = _PHONE_NOISE.sub("", body)
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: use digits only."),
            field=field,
            phone=shown,
        )
    if not area and digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]  # 86 written without the plus
    if area:
        return _landline(area, digits, shown, field)
    if digits.startswith("1"):
        if len(digits) != 11:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Phone {phone}: a mobile number has 11 digits, this one has {n}."
                ),
                field=field,
                phone=shown,
                n=len(digits),
            )
        if digits[1] not in "3456789":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Phone {phone}: mobile numbers begin with 13 to 19."),
                field=field,
                phone=shown,
            )
        return digits
    if digits.startswith("0"):
        cut = 3 if digits.startswith(_THREE_DIGIT_AREAS) else 4
        return _landline(digits[:cut], digits[cut:], shown, field)
    if 7 <= len(digits) <= 8:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Phone {phone}: add the area code, for example 0571-88886666."
            ),
            field=field,
            phone=shown,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Phone {phone} is not a phone number: give an 11-digit mobile or a landline "
            "with its area code.",
        ),
        field=field,
        phone=shown,
    )


def _landline(area: str, local: str, shown: str, field: str) -> str:
    if not (area.startswith("0") and 3 <= len(area) <= 4 and area[1] != "0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Phone {phone}: an area code is 3 or 4 digits beginning with 0."
            ),
            field=field,
            phone=shown,
        )
    if not (7 <= len(local) <= 8) or local[0] in "01":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Phone {phone}: after the area code {area} a landline has 7 or 8 digits.",
            ),
            field=field,
            phone=shown,
            area=area,
        )
    return f"{area}-{local}"


def split_phones(text: str, *, field: str = "phones") -> list[str]:
    """Every phone in one cell or field: "138 1234 5678 / 0571-88886666",
    "13812345678 13987654321". Duplicates are dropped; order is kept."""
    found: list[str] = []
    for piece in _PHONE_SPLIT.split(_fold(text)):
        piece = piece.strip()
        if not piece:
            continue
        try:
            numbers = [normalize_phone(piece, field=field)]
        except ValidationError as whole:
            # "13812345678 13987654321": two numbers parted only by a space.
            parts = piece.split()
            if len(parts) < 2:
                raise
            try:
                numbers = [normalize_phone(part, field=field) for part in parts]
            except ValidationError:
                raise whole from None
        found.extend(n for n in numbers if n not in found)
    return found


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def mask_phone(phone: str) -> str:
    """138****5678, 0571-****6666: enough to recognise, not enough to call."""
    if "-" in phone:
        area, local = phone.split("-", 1)
        return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}" if len(local) > 4 else phone
    if len(phone) == 11:
        return f"{phone[:3]}****{phone[-4:]}"
    if len(phone) > 4:
        return "*" * (len(phone) - 4) + phone[-4:]
    return phone


# -- resident ID numbers ---------------------------------------------------------------


def mask_id_number(number: str) -> str:
    """3301**********1234: the first four and last four characters."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return f"{number[:4]}{'*' * (len(number) - 8)}{number[-4:]}"


def _province_known(number: str) -> bool:
    return any("province" in props for _part, props in numdb.get("cn/loc").info(number[:6]))


@lru_cache(maxsize=8192)
def _place_known(region: str, year: int) -> bool:
    try:
        ric.get_birth_place(f"{region}{year:04d}01010000")
    except StdnumError:
        return False
    return True


def _validate(number: str) -> None:
    """``ric.validate`` step by step with its own functions and exceptions, the place
    lookup cached: it costs ~130 µs, and an import or the demo checks thousands."""
    if len(number) != 18:
        raise InvalidLength()
    if not number[:-1].isdigit() or not number[:-1].isascii():
        raise InvalidFormat()
    if number[-1] != ric.calc_check_digit(number):
        raise InvalidChecksum()
    born = ric.get_birth_date(number)
    if not _place_known(number[:6], born.year):
        raise InvalidComponent()


def normalize_id_number(text: str, *, today: date | None = None, field: str = "id_number") -> str:
    """A resident ID number in its stored form (18 characters, capital X), or "" for
    none; ValidationError with the reason otherwise.

    stdnum.cn.ric checks length, check digit, birth date and place. Its place check
    rejects real numbers whose county code was retired or created later than the
    holder's birth year (python-stdnum issue #442), so a number whose only fault is
    an unknown county is accepted as long as its province exists.
    """
    number = re.sub(r"\s", "", _fold(text)).upper()
    if not number:
        return ""
    masked = mask_id_number(number)
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ID number {id}: this is an old 15-digit number; ask for the 18-digit number "
                "on the current card.",
            ),
            field=field,
            id=masked,
        )
    try:
        _validate(number)
    except InvalidLength:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "ID number {id}: an ID number has 18 characters, this one has {n}."
            ),
            field=field,
            id=masked,
            n=len(number),
        ) from None
    except InvalidFormat:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ID number {id}: the first 17 characters are digits and the last is a digit or X.",
            ),
            field=field,
            id=masked,
        ) from None
    except InvalidChecksum:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ID number {id}: the check digit does not match; a digit was probably mistyped.",
            ),
            field=field,
            id=masked,
        ) from None
    except InvalidComponent:
        try:
            ric.get_birth_date(number)
        except StdnumError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "ID number {id}: the birth date in it (digits 7-14) is not a date."
                ),
                field=field,
                id=masked,
            ) from None
        if not _province_known(number):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "ID number {id}: the region code {region} does not exist."
                ),
                field=field,
                id=masked,
                region=number[:6],
            ) from None
    if today is not None and ric.get_birth_date(number) > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "ID number {id}: the birth date in it is in the future."),
            field=field,
            id=masked,
        )
    return number


def id_check_character(first17: str) -> str:
    """The check character that completes 17 digits to a valid ID number."""
    return ric.calc_check_digit(first17 + "0")
