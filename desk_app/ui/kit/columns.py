"""Column widths of a list: each column as wide as its header or a long value,
whichever is wider, in the language on screen (English headers are longer), and one
column taking the width left over."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_PADDING, HEADER_PADDING = 16, 24


def fit_columns(
    table: QTableView, samples: Sequence[str | Sequence[str]], stretch: int | None = None
) -> None:
    """``samples[column]``: a long value of the column, or several (e.g. every label
    of a code list). ``stretch``: the column taking the width left over (by default
    the last); it is sized by its sample first and gives width up first."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    cells, heads = table.fontMetrics(), header.fontMetrics()
    model = table.model()
    for column, sample in enumerate(samples):
        texts = [sample] if isinstance(sample, str) else list(sample) or [""]
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
        table.setColumnWidth(
            column,
            max(
                max(cells.horizontalAdvance(text) for text in texts) + CELL_PADDING,
                heads.horizontalAdvance(str(title or "")) + HEADER_PADDING,
            ),
        )
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
