"""Scrolling far down the contact list: a page deep in the log fetched by key (the
last entry seen, as the list does) against the same page fetched by OFFSET, and the
first page as the floor.

    .venv/bin/python benchmarks/list_paging.py [--rows 300000] [--db URL]

An OFFSET walks every row before the page, so it grows with the depth; by key the
index goes straight to the page. The figures are medians of repeated runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.contact_search import fill, timed  # noqa: E402
from desk_app.domain.contacts import ContactEntry  # noqa: E402
from desk_app.services.app import open_services  # noqa: E402
from desk_app.services.contacts import ContactFilter, queries  # noqa: E402

PAGE = 200


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument(
        "--db", default=None, help="an empty database (default: a temp SQLite file)"
    )
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'paging.sqlite3'}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", "bench-pass")
    services.accounts.create_user(
        admin, username="clerk", display_name="前台", role="clerk", password="bench-pass"
    )
    clerk = services.accounts.login("clerk", "bench-pass")
    t0 = time.perf_counter()
    fill(services, args.rows, clerk.user_id)
    print(f"{args.rows} entries inserted in {time.perf_counter() - t0:.0f} s")
    everything = ContactFilter()
    depth = args.rows * 9 // 10  # nine tenths down the list
    with services.db.read() as session:
        last_seen = queries.page(session, services.ctx, everything, after=None, limit=depth)[-1].id

    def by_offset() -> None:
        with services.db.read() as session:
            query = queries.filtered(session, services.ctx, everything)
            rows = session.scalars(query.order_by(ContactEntry.id.desc()).offset(depth).limit(PAGE))
            queries.rows_of(session, services.ctx, list(rows))

    first = timed(lambda: services.contacts.search(clerk, everything, limit=PAGE))
    keyed = timed(lambda: services.contacts.search(clerk, everything, after=last_seen, limit=PAGE))
    offset = timed(by_offset)
    print(f"page of {PAGE} rows, {depth} rows down ({services.db.display_url}):")
    print(f"  by key (the list)   {keyed:8.1f} ms")
    print(f"  by OFFSET           {offset:8.1f} ms")
    print(f"  first page (floor)  {first:8.1f} ms")
    services.close()


if __name__ == "__main__":
    main()
