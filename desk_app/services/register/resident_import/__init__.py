"""Importing the resident register from the spreadsheets service centers already keep.

``preview`` reads the file and says, row by row, what would happen and what is
wrong; ``commit`` then writes every valid row in one transaction. Both compare
with the register as it is at that moment, so importing the same file again
changes nothing.

A register of 100,000 rows must not lock the other desks out: the file is streamed,
every row is parsed, checked and compared outside any writing transaction (reading
the register in bulk, see services.register.bulk), and the writing transaction
only checks that the rooms it writes to did not change meanwhile and inserts in
bulk. All or nothing: if another desk changed them, nothing is written and the
comparison is made again.

Tolerated, because that is how the sheets really look: a title row above the
header; the header words clerks use (楼栋/楼号/栋, 单元, 房号/室号, 姓名/业主姓名,
电话/手机/联系电话, 身份/关系, 身份证号/身份证号码 …); rooms written 3-2-1501,
3栋2单元1501, 5号楼, 12#; full-width digits; phones with spaces, dashes or +86 and
two phones in one cell; CSV in UTF-8 or GBK.

Rules:

- a row is identified by its room and the resident's name. A row naming a person
  already registered there (current, or moved out — an old sheet must not move
  anyone back in) only *adds* what the register lacks: a missing ID number,
  move-in date, notes or emergency contact, and phones not yet known. It never
  overwrites: a different ID number or relation is reported for a person to
  settle by hand.
- a row with a room and no person registers the room (a vacant flat);
- the same room and name twice in one file is reported, and imported once;
- an empty relation means owner (most registers list the owners).

Permission: ``Permission.IMPORT_REGISTER`` for both steps (supervisor, manager, and
the administrator, who sets up a new site by importing its roster; see
domain.roles). An import writes many people's personal data at once, so it is
audited: one event per community, room and resident written plus a summary. What the preview
reports of people already registered shows their ID numbers masked. Editing a
single resident is desk work (``Permission.LOG_WORK``, see services.register.service).

Layout: ``views`` (rows, preview, result), ``reading`` (the file's rows read and
checked), ``planning`` (compared with the register, what to write), ``writing``
(the transaction), ``service`` (``ResidentImportService``).
"""

from desk_app.services.register.resident_import.service import ResidentImportService
from desk_app.services.register.resident_import.views import (
    ACTION_LABELS,
    ImportPreview,
    ImportResult,
    ImportRow,
    RegisterChanged,
    RowAction,
    RowProblem,
)

__all__ = [
    "ACTION_LABELS",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "RegisterChanged",
    "ResidentImportService",
    "RowAction",
    "RowProblem",
]
