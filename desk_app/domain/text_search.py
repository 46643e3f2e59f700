"""Substring search in Chinese text through an index of character bigrams.

Chinese has no spaces, so word tokenizers see a sentence as one token, and a
trigram index cannot answer the two-character queries clerks type most (漏水,
停车). Every record keeps its text as space-separated bigrams ("漏水 水管 管爆");
a query becomes its own bigrams, which the database finds through an index (FTS5
on SQLite, a GIN array index on PostgreSQL); a final LIKE on the few candidates
keeps the answer exact.
"""

from __future__ import annotations

import unicodedata

MIN_QUERY_CHARS = 2


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, and only letters, digits and CJK kept."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if ch.isalnum())


def bigrams(text: str) -> list[str]:
    chars = normalize(text)
    if len(chars) < 2:
        return [chars] if chars else []
    return [chars[i : i + 2] for i in range(len(chars) - 1)]


def index_text(*parts: str | None) -> str:
    """The value of a record's search column: the bigrams of its text, in order.

    Kept in order and with repeats so that a phrase of a query's bigrams matches
    exactly where the query occurs as a substring.
    """
    return " ".join(gram for part in parts for gram in bigrams(part or ""))


def query_bigrams(query: str) -> list[str]:
    """The bigrams, in order, that spell ``query``; [] when it is too short."""
    if len(normalize(query)) < MIN_QUERY_CHARS:
        return []
    return bigrams(query)


def fts5_phrase(query: str) -> str | None:
    """An FTS5 MATCH expression finding ``query`` as a substring, or None if too short."""
    grams = query_bigrams(query)
    if not grams:
        return None
    return '"' + " ".join(grams) + '"'  # bigrams are letters and digits only: no quoting issues
