"""Residents' personal data: phone numbers and resident ID numbers — cleaning what a
clerk or a spreadsheet gives, with a specific message for each kind of mistake, and
masking for display (docs/domain.md, "Residents' personal data").
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
#
# Stored forms: mobiles 13812345678; landlines 0571-88886666, with an extension
# 0571-88886666转801; service numbers 400-820-8820 and 95588. Google's numbering
# data (phonenumbers, region CN) decides what is a number in use; the messages
# below only say which part of a refused number is wrong.

EXTENSION_MARK = "转"
# Between the parts of one number: spaces, dashes, dots, brackets round an area code.
_PHONE_CHARS = re.compile(r"[\d\s\-‐‑–—.()+]*")
_PHONE_NOISE = re.compile(r"[\s\-‐‑–—.()]")
# 转801, 分机801, ext. 801, x801 at the end of a number.
_EXTENSION = re.compile(r"^(?P<main>.*?\d)\s*(?:转|分机|ext\.?|x)\s*(?P<ext>\d{1,6})$", re.I)
# -801 at the end: an extension only if what is before it is a whole number.
_DASH_EXTENSION = re.compile(r"^(?P<main>.*\d)\s*[\-‐‑–—]\s*(?P<ext>\d{1,6})$")
_AREA_GIVEN = re.compile(r"^\(?(0\d{2,3})(?:\)|\s*[\-‐‑–—\s])\s*(\d.*)$")
# Between two numbers written in one cell.
_PHONE_SPLIT = re.compile(r"[/／、,，;；|\n]+|\s*或\s*")
_THREE_DIGIT_AREAS = ("10", "2")  # Beijing and the 02x cities; every other area code has 4
_SERVICE_PREFIXES = ("400", "800")
_SHORT_SERVICE_PREFIXES = ("95", "96")  # banks', carriers' and utilities' short numbers
MAX_PHONE_CHARS = 40


def _fold(text: str) -> str:
    """Full-width digits and punctuation to their ASCII forms."""
    return unicodedata.normalize("NFKC", text).strip()


def _phone_error(template: str, field: str, phone: str, **params) -> ValidationError:
    return ValidationError(template, field=field, phone=phone, **params)


def normalize_phone(text: str, *, field: str = "phones") -> str:
    """One phone number in its stored form (see above).

    Accepts spaces, dashes, brackets round the area code, full-width digits, a +86 /
    0086 prefix and an extension (转801, -801, ext. 801); raises ValidationError
    saying what is wrong otherwise.
    """
    raw = _fold(text)
    if not raw:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a phone number."), field=field)
    if len(raw) > MAX_PHONE_CHARS:
        raise _phone_error(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: too long for one phone number."),
            field,
            raw,
        )
    main, extension = raw, ""
    marked = _EXTENSION.match(raw)
    if marked:
        main, extension = marked.group("main"), marked.group("ext")
    if not _PHONE_CHARS.fullmatch(main):
        raise _phone_error(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: use digits only."), field, raw
        )
    try:
        stored = _stored_number(main, raw, field)
    except ValidationError as whole:
        dashed = None if marked else _DASH_EXTENSION.match(raw)
        if dashed is None:
            raise
        try:
            stored = _stored_number(dashed.group("main"), raw, field)
        except ValidationError:
            raise whole from None  # the message about the whole is the better one
        extension = dashed.group("ext")
    if extension:
        if not ("-" in stored and stored[0] in "048"):
            raise _phone_error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Phone {phone}: only a landline or a 400/800 number has an extension."
                ),
                field,
                raw,
            )
        stored += EXTENSION_MARK + extension
    return stored


def _parse(main: str):
    """The number phonenumbers reads in ``main``, or None if it reads none."""
    import phonenumbers  # ~15 ms, paid on the first phone rather than at start-up

    try:
        return phonenumbers.parse(main, "CN")
    except phonenumbers.NumberParseException:
        return None


def _stored_number(main: str, shown: str, field: str) -> str:
    import phonenumbers

    number = _parse(main)
    if number is not None and number.country_code != 86:
        raise _phone_error(
            QT_TRANSLATE_NOOP(
                "Errors", "Phone {phone}: only mainland numbers (+86) can be registered."
            ),
            field,
            shown,
        )
    digits = _PHONE_NOISE.sub("", main)
    national = str(number.national_number) if number is not None else digits.lstrip("+")
    if number is not None and phonenumbers.is_valid_number(number):
        kind = phonenumbers.number_type(number)
        if kind == phonenumbers.PhoneNumberType.MOBILE:
            return national
        if national.startswith(_SERVICE_PREFIXES) and len(national) == 10:
            return f"{national[:3]}-{national[3:6]}-{national[6:]}"
        cut = phonenumbers.length_of_geographical_area_code(number)
        area, local = national[:cut], national[cut:]
        given = _given_area(main)
        # The data also admits a few short or 0/1-led local numbers no desk will meet,
        # and splits some typed area codes differently: those are refused, with reason.
        if (
            cut in (2, 3)
            and 7 <= len(local) <= 8
            and local[0] not in "01"
            and given in (None, "0" + area)
        ):
            return f"0{area}-{local}"
    if (
        national.startswith(_SHORT_SERVICE_PREFIXES)
        and number is not None
        and _short_service(number)
    ):
        return national
    raise _why_not(main, digits, national, shown, field)


def _short_service(number) -> bool:
    from phonenumbers import shortnumberinfo

    return shortnumberinfo.is_valid_short_number_for_region(number, "CN")


def _given_area(main: str) -> str | None:
    """The area code as the writer set it apart: (0571)…, 0571-…, 0571 …"""
    given = _AREA_GIVEN.match(main.lstrip("+").removeprefix("86").strip())
    return given.group(1) if given else None


def _why_not(main: str, digits: str, national: str, shown: str, field: str) -> ValidationError:
    """The message for a number phonenumbers does not accept: which part is wrong."""
    given = _given_area(main)
    international = main.startswith("+") or digits.startswith("0086")
    if (
        given
        or (digits.startswith("0") and not digits.startswith("00"))
        or (international and not national.startswith(("1", *_SERVICE_PREFIXES, "9")))
        or (international and national.startswith("10"))
    ):
        return _landline_error(national, given, shown, field)
    if len(national) < 7 and not national.startswith(_SERVICE_PREFIXES):
        return _phone_error(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: too short for a phone number."),
            field,
            shown,
        )
    if national.startswith("1") and not national.startswith("10"):
        if len(national) != 11:
            return _phone_error(
                QT_TRANSLATE_NOOP(
                    "Errors", "Phone {phone}: a mobile number has 11 digits, this one has {n}."
                ),
                field,
                shown,
                n=len(national),
            )
        if national[1] not in "3456789":
            return _phone_error(
                QT_TRANSLATE_NOOP("Errors", "Phone {phone}: mobile numbers begin with 13 to 19."),
                field,
                shown,
            )
        return _phone_error(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: no mobile number begins with {prefix}."),
            field,
            shown,
            prefix=national[:3],
        )
    if national.startswith(_SERVICE_PREFIXES):
        return _phone_error(
            QT_TRANSLATE_NOOP(
                "Errors", "Phone {phone}: a 400 or 800 number has 10 digits, this one has {n}."
            ),
            field,
            shown,
            n=len(national),
        )
    if 7 <= len(national) <= 8:
        return _phone_error(
            QT_TRANSLATE_NOOP(
                "Errors", "Phone {phone}: add the area code, for example 0571-88886666."
            ),
            field,
            shown,
        )
    return _phone_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Phone {phone} is not a phone number: give an 11-digit mobile or a landline "
            "with its area code.",
        ),
        field,
        shown,
    )


def _landline_error(national: str, area: str | None, shown: str, field: str) -> ValidationError:
    national = national.lstrip("0")
    if area is None:
        cut = 2 if national.startswith(_THREE_DIGIT_AREAS) else 3
        area, local = "0" + national[:cut], national[cut:]
    else:
        local = national[len(area) - 1 :]
    lengths = _local_lengths(area)
    if area.startswith("00") or not lengths:
        return _phone_error(
            QT_TRANSLATE_NOOP("Errors", "Phone {phone}: there is no area code {area}."),
            field,
            shown,
            area=area,
        )
    if len(local) not in lengths:
        return _phone_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Phone {phone}: after the area code {area} a landline has {lengths} digits, "
                "this one has {n}.",
            ),
            field,
            shown,
            area=area,
            lengths="/".join(str(n) for n in sorted(lengths)),
            n=len(local),
        )
    return _phone_error(
        QT_TRANSLATE_NOOP(
            "Errors", "Phone {phone}: no landline of area code {area} begins with {digit}."
        ),
        field,
        shown,
        area=area,
        digit=local[:1],
    )


@lru_cache(maxsize=512)
def _local_lengths(area: str) -> frozenset[int]:
    """How many digits the landlines of ``area`` have (none: no such area code), asked
    of the numbering data with made-up local numbers."""
    import phonenumbers

    found = set()
    for length in (7, 8):
        for first in "23456789":
            number = _parse(f"{area}{first}{'2345678'[: length - 1]}")
            if number is not None and phonenumbers.is_valid_number(number):
                found.add(length)
                break
    return frozenset(found)


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
    """The digits of a stored phone without its extension (what a lookup matches)."""
    return "".join(ch for ch in phone.partition(EXTENSION_MARK)[0] if ch.isdigit())


def mask_phone(phone: str) -> str:
    """138****5678, 0571-****6666: enough to recognise, not enough to call. Service
    numbers are public and an extension says nothing without its number: both stay."""
    number, mark, extension = phone.partition(EXTENSION_MARK)
    if number.startswith(_SERVICE_PREFIXES) or (
        number.startswith(_SHORT_SERVICE_PREFIXES) and len(number) <= 6
    ):
        return phone
    if "-" in number:
        area, local = number.split("-", 1)
        masked = f"{area}-{'*' * (len(local) - 4)}{local[-4:]}" if len(local) > 4 else number
    elif len(number) == 11:
        masked = f"{number[:3]}****{number[-4:]}"
    elif len(number) > 4:
        masked = "*" * (len(number) - 4) + number[-4:]
    else:
        masked = number
    return masked + mark + extension


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
