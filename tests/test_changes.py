"""The change feed: after each commit, the kinds of record it wrote; nothing for a
change that did not happen."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import ValidationError
from desk_app.services.contacts import ContactDraft


def test_a_committed_change_publishes_the_kinds_it_wrote(services, clerk):
    heard: list[frozenset[str]] = []
    services.db.changes.subscribe(heard.append)
    channel = services.contacts.channels()[0].code
    # WHEN the clerk logs an entry
    services.contacts.log(clerk, ContactDraft("咨询物业费缴纳方式", "consultation", channel))
    # THEN the listeners hear once, after the commit, that contacts changed
    assert heard == [frozenset({"contact"})]


def test_a_refused_change_publishes_nothing(services, clerk):
    heard: list[frozenset[str]] = []
    stop = services.db.changes.subscribe(heard.append)
    channel = services.contacts.channels()[0].code
    with pytest.raises(ValidationError):
        services.contacts.log(clerk, ContactDraft("", "consultation", channel))
    assert heard == []
    # and a listener that stopped hears nothing more
    stop()
    services.contacts.log(clerk, ContactDraft("咨询停车办理", "consultation", channel))
    assert heard == []
