"""Read-only table models fed with plain rows by a screen (no SQL in the model):
``RowTableModel`` for short lists such as users and departments, ``PagedTableModel``
for lists that grow without bound (contacts, work orders, rooms), fetched a page at
a time as the view scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[index.column()].value(self._rows[index.row()])

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows fetched page by page as the view scrolls (canFetchMore/fetchMore), so a
    list of a million entries opens as fast as one of ten. Filtering and sorting
    belong to the query behind ``fetch``; never put a proxy model over this.

    ``style(row, role)`` may answer the font, colour and tooltip roles of a row.

    ``fetch`` is asked for a page either by the number of rows already shown
    (``fetch(offset, limit)``) or, loaded with ``keyed=True``, by the last row shown
    (``fetch(after_row, limit)``, None for the first page), so that the query pages by
    its sort key instead of skipping rows.
    """

    PAGE_SIZE = 200

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
        style: Callable[[Row, int], Any] | None = None,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._total = 0
        self._fetch: Callable[[Any, int], Sequence[Row]] = lambda _o, _l: []
        self._keyed = False
        self._style = style

    def load(
        self, fetch: Callable[[Any, int], Sequence[Row]], total: int, *, keyed: bool = False
    ) -> None:
        """Start over with a new query: ``fetch`` (see the class) and its row count."""
        self.beginResetModel()
        self._fetch, self._total, self._keyed = fetch, total, keyed
        self._rows = list(fetch(None if keyed else 0, self.PAGE_SIZE))
        self.endResetModel()

    def load_after(
        self, fetch_after: Callable[[Row | None, int], Sequence[Row]], total: int
    ) -> None:
        """Start over with a query paged by key: ``fetch_after(last, limit)`` gives the
        rows after ``last``, the last row fetched so far (None: the first page). A page
        deep in a long list then costs what the first does, where an OFFSET walks every
        row before it."""
        self.load(
            lambda offset, limit: fetch_after(self._rows[-1] if offset else None, limit), total
        )

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        where = (self._rows[-1] if self._rows else None) if self._keyed else len(self._rows)
        more = list(self._fetch(where, self.PAGE_SIZE))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].value(row)
        if self._style is not None:
            return self._style(row, role)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


def setup_list_view(table: QTableView, *, multi: bool = False) -> None:
    """How every list of records behaves: whole rows, read-only, compact, one line a
    row, and Tab leaves the table (arrows move inside it) so forms keep their order."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 9)
    keep_headers_readable(table)


def header_width(table: QTableView, section: int) -> int:
    """The width the header text of ``section`` needs, in the current language."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return 0
    text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(str(text or "")) + 2 * margin + 6


def keep_headers_readable(table: QTableView) -> None:
    """No column the user or a screen sizes is narrower than its header's text: the
    widths a screen sets suit its Chinese headers, English ones are often longer
    ("Urgency", "Category"). A stretching column takes what is left, as before."""
    header = table.horizontalHeader()
    resizable = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)

    def widen(section: int, _old: int = 0, new: int | None = None) -> None:
        if header.sectionResizeMode(section) not in resizable:
            return
        width = header.sectionSize(section) if new is None else new
        need = header_width(table, section)
        if 0 < width < need:
            header.resizeSection(section, need)

    header.sectionResized.connect(widen)
    for section in range(header.count()):
        widen(section)
