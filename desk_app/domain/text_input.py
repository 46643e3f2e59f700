"""What people type, made fit to store: one cleaning step for every text field.

Two shapes of field:

- ``clean_line``: names, places, labels, one-line notes. NFC, no control or
  invisible formatting characters (bidi overrides and isolates, zero-width
  characters): a name pasted from a chat app or a spreadsheet often carries
  them, and an RLO turns "王芳" into something that displays differently from
  what is stored. Runs of white space (full-width spaces too) become one space.
- ``clean_text``: free text over several lines (what the caller said, a reason).
  Newlines and tabs stay; other controls and bidi overrides go.

Both refuse what cannot be stored at all — NUL (PostgreSQL refuses it) and lone
UTF-16 surrogates (no driver can encode them) — and text over the field's limit,
with a short message naming the field; the clerk's text is never cut silently.

The limits live here, in one place; each matches its column (``String(n)``; a
test checks they agree), and free text has a generous limit of its own.
"""

from __future__ import annotations

import re
import unicodedata

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr

# -- limits (characters) -------------------------------------------------------------------

NAME = 40  # people, accounts, departments, technicians: String(40)
PLACE = 80  # a room as said, or a public place: String(80)
SINCE = 60  # "since when": String(60)
COMMUNITY = 60  # String(60)
LABEL = 20  # codes and names of channels and categories: String(20)
NOTE = 200  # a one-line note: String(200)
MATERIAL = 60  # a quote line's material: String(60)
UNIT = 10  # a quote line's unit: String(10)
TEXT = 4000  # free text (Text columns): what was said, reasons, results, notes
PHONE_INPUT = 200  # a phone field as typed, before the phones in it are read

LABELS_CONTEXT = "Fields"
ANY_FIELD = QT_TRANSLATE_NOOP("Fields", "This field")
COMMUNITY_NAME = QT_TRANSLATE_NOOP("Fields", "Community name")
DEPARTMENT_NAME = QT_TRANSLATE_NOOP("Fields", "Department name")

# The words each field is called by in messages; ``field`` is the code a form
# uses to find its widget.
FIELD_LABELS: dict[str, str] = {
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "area": QT_TRANSLATE_NOOP("Fields", "Area"),
    "agreement_note": QT_TRANSLATE_NOOP("Fields", "Agreement note"),
    "caller_name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "community": QT_TRANSLATE_NOOP("Fields", "Community"),
    "contact_name": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "content": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "description": QT_TRANSLATE_NOOP("Fields", "Job description"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "emergency_name": QT_TRANSLATE_NOOP("Fields", "Emergency contact"),
    "follow_up_result": QT_TRANSLATE_NOOP("Fields", "Follow-up result"),
    "forwarded_to": QT_TRANSLATE_NOOP("Fields", "Forwarded to"),
    "label": QT_TRANSLATE_NOOP("Fields", "Label"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "phones": QT_TRANSLATE_NOOP("Fields", "Phones"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "emergency_phone": QT_TRANSLATE_NOOP("Fields", "Emergency phone"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "quote_lines": QT_TRANSLATE_NOOP("Fields", "Quote line"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "remark": QT_TRANSLATE_NOOP("Fields", "Remark"),
    "remarks": QT_TRANSLATE_NOOP("Fields", "Remarks"),
    "result": QT_TRANSLATE_NOOP("Fields", "Result"),
    "since": QT_TRANSLATE_NOOP("Fields", "Since when"),
    "stop_gap": QT_TRANSLATE_NOOP("Fields", "Stop-gap measure"),
    "technician": QT_TRANSLATE_NOOP("Fields", "Technician"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "work_done": QT_TRANSLATE_NOOP("Fields", "Work done"),
}

# -- characters ------------------------------------------------------------------------------

_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
_ZERO_WIDTH = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
_C0_C1 = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# One line: every control becomes a space (a tab or newline pasted into a name
# still separates words), formatting characters go.
_LINE_TABLE: dict[int, str | None] = {code: " " for code in (*_C0_C1, 0x2028, 0x2029)}
_LINE_TABLE |= {code: None for code in (*_BIDI, *_ZERO_WIDTH)}
# Free text: line breaks are "\n", tabs stay, other controls and bidi controls go;
# zero-width joiners stay (they hold emoji and some scripts together).
_TEXT_TABLE: dict[int, str | None] = {code: None for code in (*_C0_C1, *_BIDI)}
_TEXT_TABLE |= {ord(ch): "\n" for ch in _LINE_BREAKS} | {ord("\t"): "\t"}
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[ \t\u3000]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def _label(field: str, label: str | None) -> Tr:
    """The field's name in messages: ``label`` (a Tr keeps its own context) or the
    name FIELD_LABELS gives ``field``."""
    if isinstance(label, Tr):
        return label
    return Tr(LABELS_CONTEXT, label or FIELD_LABELS.get(field, ANY_FIELD))


def _storable(value: object, field: str, label: str | None) -> str:
    """``value`` as text, or ValidationError if no database could store it."""
    text = "" if value is None else str(value)
    if "\x00" in text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label} contains a NUL character, which cannot be stored."
            ),
            field=field,
            label=_label(field, label),
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{label} contains a broken character (a lone surrogate); retype it."
            ),
            field=field,
            label=_label(field, label),
        ) from None
    return unicodedata.normalize("NFC", text)


def _within(text: str, max_len: int | None, field: str, label: str | None) -> str:
    if max_len is not None and len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label}: at most {n} characters, this has {length}."),
            field=field,
            label=_label(field, label),
            n=max_len,
            length=len(text),
        )
    return text


def clean_line(value: object, field: str, max_len: int | None, *, label: str | None = None) -> str:
    """One line as stored: see the module's doc. "" when nothing is left. ``max_len``
    None: the caller checks the length itself, with its own words."""
    text = _storable(value, field, label).translate(_LINE_TABLE)
    return _within(_SPACES.sub(" ", text).strip(), max_len, field, label)


def clean_text(value: object, field: str, max_len: int = TEXT, *, label: str | None = None) -> str:
    """Free text over several lines as stored: see the module's doc."""
    text = _storable(value, field, label).replace("\r\n", "\n").translate(_TEXT_TABLE)
    text = _BLANK_LINES.sub("\n\n", _TRAILING.sub("\n", text)).strip()
    return _within(text, max_len, field, label)


def clean_search(value: object) -> str:
    """What was typed into a search box, safe to put in a query: whatever could not
    be stored cannot be found either, so it is dropped instead of refused."""
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "ignore").decode("utf-8").replace("\x00", "")
    return _SPACES.sub(" ", text.translate(_LINE_TABLE)).strip()
