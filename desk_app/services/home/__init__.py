"""工作台: what needs doing now, as lists of records, from every kind of record.

Each kind adds a provider (``HomeProvider``): a function of the services and the actor
that returns its lists. Complaints, card requests and visitors add theirs in
``desk_app.services.app`` beside the contacts' and work orders'.
"""

from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList, HomeProvider, HomeService

__all__ = ["LIST_LIMIT", "HomeItem", "HomeList", "HomeProvider", "HomeService"]
