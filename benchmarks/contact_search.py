"""Text search in the contact log at scale: the first page of results for 2-, 3- and
4-character Chinese queries, frequent and rare, through ContactService.search.

    .venv/bin/python benchmarks/contact_search.py [--rows 1000000] [--db URL]

Rows are bulk-inserted (the search index is kept by the same triggers as in use);
the figures are medians of repeated runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from desk_app.demo.activity import TEXTS
from desk_app.domain.contacts import ContactEntry
from desk_app.domain.text_search import index_text
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactFilter

RARE = "煤气罐乱放在楼道"
QUERIES = ["漏水", "停车", "电梯", "天花板", "下水道堵塞", "煤气罐", "乱放"]


def fill(services, rows: int, clerk_id: int) -> None:
    rng = random.Random(7)
    texts = [text for group in TEXTS.values() for text in group]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    batch = []
    with services.db.write() as session:
        for n in range(rows):
            moment = start + timedelta(minutes=n)
            content = RARE if n == rows // 2 else rng.choice(texts)
            batch.append(
                {
                    "serial": f"LF-{n:012d}",
                    "day": moment.date(),
                    "occurred_at": moment,
                    "channel_code": "call_in",
                    "caller_name": "",
                    "place": "",
                    "phone": "",
                    "category": "consultation",
                    "content": content,
                    "since": "",
                    "received_by_id": clerk_id,
                    "forwarded_to": "",
                    "follow_up_status": "done",
                    "follow_up_result": "",
                    "call_outcome": "",
                    "created_at": moment,
                    "voided": False,
                    "void_reason": "",
                    "review_remark": "",
                    "search_text": index_text(content),
                }
            )
            if len(batch) == 20_000:
                session.execute(insert(ContactEntry), batch)
                batch.clear()
        if batch:
            session.execute(insert(ContactEntry), batch)


def timed(call, runs: int = 9) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--db", default=None, help="an empty database (default: a temp SQLite file)"
    )
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'search.sqlite3'}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", "bench-pass")
    services.accounts.create_user(
        admin, username="clerk", display_name="前台", role="clerk", password="bench-pass"
    )
    clerk = services.accounts.login("clerk", "bench-pass")
    t0 = time.perf_counter()
    fill(services, args.rows, clerk.user_id)
    took = time.perf_counter() - t0
    print(f"{args.rows} entries inserted in {took:.0f} s ({services.db.display_url})")
    last_month = date(2024, 1, 1) + timedelta(minutes=args.rows) - timedelta(days=30)
    for query in QUERIES:
        flt = ContactFilter(text=query)
        page = timed(lambda f=flt: services.contacts.search(clerk, f, limit=200))
        recent = timed(
            lambda q=query: services.contacts.search(
                clerk, ContactFilter(text=q, date_from=last_month), limit=200
            )
        )
        hits = services.contacts.count(clerk, flt)
        print(f"{query:　<6} first page {page:7.1f} ms   last 30 days {recent:7.1f} ms", end="")
        print(f"   ({hits} hits)")
    services.close()


if __name__ == "__main__":
    main()
