"""The daily summary of a busy day: figures, lists and the A4 PDF for a day of
--entries contact entries (and the demo's work orders), beside the same summary of a
day with nothing on it (the floor: the fixed cost of the queries and the page).

    .venv/bin/python benchmarks/daily_summary.py [--entries 300] [--runs 5]

Goal (issue 14): <= 1 s for a 300-entry day.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.demo.build import build_demo  # noqa: E402
from desk_app.services.app import open_services  # noqa: E402
from desk_app.services.contacts import ContactDraft  # noqa: E402

PASSWORD = "bench-pass-1"


def median_ms(call, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'daily.sqlite3'}"
    services = open_services(url)
    build_demo(services, seed=2, password=PASSWORD, rooms=1500, days=30)
    clerk = services.accounts.login("clerk", PASSWORD)
    supervisor = services.accounts.login("supervisor", PASSWORD)
    today = services.ctx.today()
    have = services.contacts.count(clerk, _day(today))
    for n in range(max(0, args.entries - have)):
        services.contacts.log(
            clerk, ContactDraft(content=f"来电咨询 {n} 号事项", caller_name="住户")
        )
    entries = services.contacts.count(clerk, _day(today))
    empty_day = today - timedelta(days=400)
    services.daily.pdf(supervisor, today)  # the font is registered once per process
    busy = median_ms(lambda: services.daily.pdf(supervisor, today), args.runs)
    floor = median_ms(lambda: services.daily.pdf(supervisor, empty_day), args.runs)
    print(f"summary PDF of a day of {entries} entries: {busy:6.0f} ms")
    print(f"summary PDF of an empty day (floor):     {floor:6.0f} ms")
    print(f"goal: <= 1000 ms -> {'met' if busy <= 1000 else 'NOT met'}")
    services.close()
    return 0


def _day(day):
    from desk_app.services.contacts import ContactFilter

    return ContactFilter(date_from=day, date_to=day, include_voided=False)


if __name__ == "__main__":
    sys.exit(main())
