"""Global search (the field at the top of the window, Ctrl+K): one query across every
kind of record, results grouped by kind. A kind adds a ``SearchProvider`` in
``desk_app.services.app``, as the contact log, the work orders and the register do."""

from desk_app.services.search.service import (
    GROUP_LIMIT,
    SearchGroup,
    SearchHit,
    SearchProvider,
    SearchService,
)

__all__ = ["GROUP_LIMIT", "SearchGroup", "SearchHit", "SearchProvider", "SearchService"]
