"""The global search (the field at the top of the window) on a big database: p95 of
SearchService.search for 2-, 3- and 5-character queries, and for a serial, beside a
LIKE scan of the contact texts in the same run (the floor a naive search would cost).

    .venv/bin/python benchmarks/global_search.py [--rows 1000000] [--rooms 1500] [--runs 20]

The database: the demo estate and its residents, 30 days of demo work orders, and
--rows contact entries bulk-inserted (the index kept by the same triggers as in use).
Goal (issue 14): p95 <= 150 ms on a million contact entries.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from benchmarks.contact_search import fill  # noqa: E402
from desk_app.demo.build import build_demo  # noqa: E402
from desk_app.domain.work_orders import WorkOrder  # noqa: E402
from desk_app.services.app import open_services  # noqa: E402

PASSWORD = "bench-pass-1"
QUERIES = {
    2: ["漏水", "电梯", "乱放"],
    3: ["天花板", "煤气罐", "停车位"],
    5: ["下水道堵塞", "煤气罐乱放"],
}


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def timed(call, runs: int) -> list[float]:
    call()  # warm the cache once, as a desk that has been open a while
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rooms", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--reuse", type=Path, default=None, help="a database this script built before (kept)"
    )
    args = parser.parse_args()
    path = args.reuse or Path(tempfile.mkdtemp()) / "search.sqlite3"
    services = open_services(f"sqlite:///{path}")
    if args.reuse is None:
        started = time.perf_counter()
        build_demo(services, seed=1, password=PASSWORD, rooms=args.rooms, days=30)
        clerk = services.accounts.login("clerk", PASSWORD)
        fill(services, args.rows, clerk.user_id)
        took = time.perf_counter() - started
        print(f"database built in {took:.0f} s: {args.rows} extra entries, kept at {path}")
    clerk = services.accounts.login("clerk", PASSWORD)
    with services.db.read() as session:
        serial = session.scalar(select(WorkOrder.serial).order_by(WorkOrder.id.desc()))
    for length, queries in QUERIES.items():
        ours, scan = [], []
        for query in queries:
            ours += timed(lambda q=query: services.search.search(clerk, q), args.runs)
            with services.db.engine.connect() as connection:
                scan += timed(
                    lambda q=query: connection.execute(
                        text("SELECT COUNT(*) FROM contact_entries WHERE content LIKE :p"),
                        {"p": f"%{q}%"},
                    ).scalar(),
                    max(3, args.runs // 4),
                )
        print(
            f"{length}-character queries: global search p95 {p95(ours):7.1f} ms"
            f"   LIKE scan p95 {p95(scan):7.1f} ms"
        )
    exact = timed(lambda: services.search.search(clerk, serial), args.runs)
    print(f"a scanned serial:       global search p95 {p95(exact):7.1f} ms")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
