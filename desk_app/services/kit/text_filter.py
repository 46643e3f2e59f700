"""Narrowing a query to the records whose text contains what the clerk typed.

One way for every list (contacts, work orders; complaints later): the bigram index
of desk_app.domain.text_search, answered by the record table's FTS5 shadow table on
SQLite and by the GIN index over its bigram array on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Select, text
from sqlalchemy.orm import InstrumentedAttribute

from desk_app.db.engine import Database
from desk_app.domain.text_search import fts5_phrase, normalize, query_bigrams


def where_text(
    query: Select,
    db: Database,
    words: str,
    *,
    id_column: InstrumentedAttribute,
    text_column: InstrumentedAttribute,
    search_column: InstrumentedAttribute,
    fts_table: str,
) -> Select:
    """``query`` limited to rows whose text holds ``words`` as a substring.

    ``fts_table`` is the SQLite FTS5 table over ``search_column`` (a migration
    creates it with its triggers); its name comes from code, never from input.
    """
    phrase = fts5_phrase(words)
    if phrase is None:  # one character: a scan, bounded by the other filters
        return query.where(text_column.contains(normalize(words) or words))
    if db.is_sqlite:
        hits = text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :phrase").bindparams(
            phrase=phrase
        )
        return query.where(id_column.in_(hits.columns(rowid=id_column.type)))
    grams = query_bigrams(words)
    # PostgreSQL: the GIN index on the bigram array finds candidates, LIKE makes it exact.
    table = search_column.class_.__table__.name
    contains = text(f"string_to_array({table}.{search_column.key}, ' ') @> :grams").bindparams(
        grams=grams
    )
    return query.where(contains, search_column.contains(" ".join(grams)))
