"""The lazy list model: pages fetched as the view scrolls, by key (the last row seen)."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.ui.kit.table_model import Column, PagedTableModel


@dataclass(frozen=True)
class Row:
    id: int


def test_a_keyed_list_asks_for_the_rows_after_the_last_one_it_holds(qtmodeltester):
    rows = [Row(n) for n in range(1000, 0, -1)]  # newest first, as the lists are
    asked: list[int | None] = []

    def fetch_after(last: Row | None, limit: int) -> list[Row]:
        asked.append(last.id if last else None)
        start = 0 if last is None else rows.index(last) + 1
        return rows[start : start + limit]

    model = PagedTableModel[Row]([Column("id", lambda r: str(r.id))])
    model.load_after(fetch_after, len(rows))
    assert model.rowCount() == model.PAGE_SIZE and asked == [None]
    while model.canFetchMore():
        model.fetchMore()
    assert asked == [None, 801, 601, 401, 201]  # never an offset: the last id held
    assert [model.row_at(n).id for n in range(model.rowCount())] == [r.id for r in rows]
    qtmodeltester.check(model, force_py=True)
