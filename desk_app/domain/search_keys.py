"""Search keys of a resident: what a clerk may type instead of a room.

- pinyin initials of the name ("zwq" for 张伟强), computed once when the resident
  is saved because pypinyin costs ~20 µs a name — too slow to run over a whole
  estate per keystroke;
- the digits of each phone reversed, so that "the last four digits" becomes a
  prefix that an ordinary index answers.
"""

from __future__ import annotations

import unicodedata

from desk_app.domain.personal import phone_digits
from desk_app.domain.register import KeyKind

# Surnames whose reading differs from the character's everyday reading, which is
# what pypinyin gives out of context (曾 → c, 单 → d, 解 → j).
_SURNAME_INITIALS = {
    "曾": "z",
    "单": "s",
    "解": "x",
    "仇": "q",
    "区": "o",
    "查": "z",
    "覃": "q",
    "朴": "p",
    "乐": "y",
    "尉": "y",
    "缪": "m",
    "翟": "z",
    "盖": "g",
    "召": "s",
    "员": "y",
    "种": "c",
    "秘": "b",
    "繁": "p",
    "谌": "c",
}

MAX_KEY = 40


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def name_initials(name: str) -> list[str]:
    """Every plausible initials spelling of ``name``, the everyday reading first."""
    folded = unicodedata.normalize("NFKC", name).strip()
    if not folded:
        return []
    if not any(_is_cjk(ch) for ch in folded):
        # "Tom Lee" → "tl"
        words = [w for w in folded.replace("·", " ").split() if w[:1].isalnum()]
        return ["".join(w[0] for w in words).lower()[:MAX_KEY]] if words else []
    chars = [ch for ch in folded if _is_cjk(ch) or ch.isalnum()]
    letters = [(p[:1] if p else "").lower() for p in _first_letters("".join(chars))]
    everyday = "".join(letters)[:MAX_KEY]
    variants = [everyday]
    surname = _SURNAME_INITIALS.get(chars[0]) if chars else None
    if surname and everyday[:1] != surname:
        variants.append((surname + everyday[1:])[:MAX_KEY])
    return variants


def phone_key(phone: str) -> str:
    return phone_digits(phone)[::-1][:MAX_KEY]


def resident_keys(name: str, phones: list[str]) -> list[tuple[KeyKind, str]]:
    keys = [(KeyKind.INITIALS, key) for key in name_initials(name) if key]
    keys += [(KeyKind.PHONE, phone_key(p)) for p in phones if phone_digits(p)]
    return list(dict.fromkeys(keys))


def _first_letters(text: str) -> list[str]:
    # pypinyin loads its phrase dictionary on import (~0.2 s): only when a name is
    # indexed, not when the program starts.
    from pypinyin import Style, lazy_pinyin

    # A callback that returns a list keeps one item per character (a run of Latin
    # letters gives one initial each); pypinyin's hints allow only a str.
    return lazy_pinyin(text, style=Style.FIRST_LETTER, errors=list)  # type: ignore[arg-type]
