"""Rooms as people write them: 3-2-1501, 3栋2单元1501, 5号楼1501室, 12#, B座 0801.

``parse_address`` reads such a string into building, unit and room number codes;
codes are stored normalised (no leading zeros, capital letters, Chinese numerals
turned into digits) so that every spelling of a room finds the same record.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}

# Longest first: "号楼" before "号" and "楼".
_BUILDING_MARKS = ("号楼", "号栋", "号幢", "号座", "栋", "幢", "座", "楼", "#")
_UNIT_MARKS = ("单元", "单", "门")
_ROOM_MARKS = ("室", "房", "户", "号")
_SEPARATORS = "-_/\\—–‐‑~"
_CODE = re.compile(r"[0-9A-Z]+|[零〇一二两三四五六七八九十]+")


@dataclass(frozen=True)
class RoomAddress:
    """Codes as stored. ``None``: not given. ``unit == ""``: a building without units."""

    building: str | None = None
    unit: str | None = None
    number: str | None = None
    # "5-12": building 5 and then either room 12 or unit 12; the lookup tries both.
    second_may_be_unit: bool = False

    @property
    def complete(self) -> bool:
        return self.building is not None and self.number is not None


def fold(text: str) -> str:
    """Full-width to ASCII, capital letters, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).upper()


def _cn_number(text: str) -> str:
    if "十" not in text:
        return "".join(str(_CN_DIGITS[ch]) for ch in text)
    tens, _, ones = text.partition("十")
    value = (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return str(value)


def normalize_code(code: str) -> str:
    """ "03" → "3", "a" → "A", "十二" → "12"."""
    code = fold(code)
    if code and code[0] in _CN_DIGITS or "十" in code:
        try:
            code = _cn_number(code)
        except KeyError:
            return code
    if code.isdigit():
        return str(int(code))
    return code


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """[(code, mark)] with mark one of "b", "u", "r", "-" (a separator) or "" (end)."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _CODE.match(text, pos)
        if not match:
            return None
        code, pos = match.group(), match.end()
        mark = ""
        for kind, marks in (("b", _BUILDING_MARKS), ("u", _UNIT_MARKS), ("r", _ROOM_MARKS)):
            hit = next((m for m in marks if text.startswith(m, pos)), None)
            if hit:
                mark, pos = kind, pos + len(hit)
                break
        # "号" closes a room only at the end; "5号1501" means building 5.
        if mark == "r" and text[pos - 1] == "号" and pos < len(text):
            mark = "b"
        while pos < len(text) and text[pos] in _SEPARATORS:
            pos += 1
            if mark == "":
                mark = "-"
        out.append((normalize_code(code), mark))
    return out


def parse_address(text: str) -> RoomAddress | None:
    """What a room string says; None when it cannot be read as a room at all.

    A lone number is a room number; "3-2" gives a building and a second part that
    may be a unit or a room number (``second_may_be_unit``).
    """
    folded = fold(text)
    if not folded:
        return None
    tokens = _tokens(folded)
    if not tokens:
        return None
    building = unit = number = None
    loose: list[str] = []
    for code, mark in tokens:
        if mark == "b" and building is None and unit is None and number is None and not loose:
            building = code
        elif mark == "u" and unit is None and number is None:
            if loose and building is None:
                building = loose.pop()
            if loose:
                return None
            unit = code
        elif mark in ("", "-") or (mark == "r" and number is None):
            loose.append(code)
        else:
            return None
    ambiguous = False
    # "3-2-" while typing: the separator promises a room number still to come.
    trailing = tokens[-1][1] == "-"
    if building is None and unit is None:
        if len(loose) == 3:
            building, unit, number = loose
        elif len(loose) == 2 and trailing:
            building, unit = loose
        elif len(loose) == 2:
            building, number = loose
            ambiguous = tokens[0][1] == "-"
        elif len(loose) == 1 and trailing:
            building = loose[0]
        elif len(loose) == 1:
            number = loose[0]
        elif loose:
            return None
    elif unit is None:
        if len(loose) == 2:
            unit, number = loose
        elif len(loose) == 1 and trailing:
            unit = loose[0]
        elif len(loose) == 1:
            number = loose[0]
            ambiguous = len(number) <= 2
        elif loose:
            return None
    else:
        if len(loose) > 1:
            return None
        number = loose[0] if loose else None
    return RoomAddress(building, unit, number, ambiguous)


def parse_building(text: str) -> str | None:
    """A building column: "3", "3栋", "5号楼", "12#", "B座"; None if unreadable."""
    folded = fold(text)
    for mark in _BUILDING_MARKS:
        if folded.endswith(mark) and len(folded) > len(mark):
            folded = folded[: -len(mark)]
            break
    return normalize_code(folded) if folded and _CODE.fullmatch(folded) else None


def parse_unit(text: str) -> str | None:
    """A unit column: "2", "2单元", "二单元"; "" for none written; None if unreadable."""
    folded = fold(text)
    for mark in _UNIT_MARKS:
        if folded.endswith(mark) and len(folded) > len(mark):
            folded = folded[: -len(mark)]
            break
    if not folded:
        return ""
    return normalize_code(folded) if _CODE.fullmatch(folded) else None


def building_label(code: str) -> str:
    return f"{code}座" if code.isalpha() else f"{code}栋"


def unit_label(code: str) -> str:
    return f"{code}单元" if code else ""


def room_label(building: str, unit: str, number: str) -> str:
    """ "3栋2单元1501"; a building without units: "5栋1501"."""
    return f"{building_label(building)}{unit_label(unit)}{number}"


def floor_of(number: str) -> int | None:
    """1501 → 15, 302 → 3: Chinese room numbers carry the floor before the last two
    digits. None when the number does not follow that pattern."""
    if number.isdigit() and len(number) >= 3:
        return int(number[:-2]) or None
    return None


def _natural(code: str) -> str:
    # Numbers padded so that text order is natural order: 2栋 before 10栋.
    return re.sub(r"\d+", lambda m: m.group().rjust(6, "0"), code)


def sort_key(building: str, unit: str, number: str) -> str:
    return "|".join((_natural(building), _natural(unit), _natural(number)))[:40]
