"""Cost of the audit trail's hash chain: one audited write transaction next to the same
write without an audit row (the floor), measured in the same run with a trail of
--rows rows already written; then how fast `desk-app check` walks the chain.

    .venv/bin/python benchmarks/audit_write.py [--rows 200000] [--runs 200] [--db URL]

--db must be an empty database (default: a temp SQLite file).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, update  # noqa: E402

from desk_app.domain.models import Setting  # noqa: E402
from desk_app.services.app import open_services  # noqa: E402
from desk_app.services.kit import audit  # noqa: E402

KEY = "bench.counter"


def fill(services, admin, rows: int) -> None:
    """A long trail, written through the one audit writer in large transactions."""
    done = 0
    while done < rows:
        with services.db.write() as session:
            for n in range(done, min(rows, done + 10_000)):
                audit.record(
                    session,
                    services.ctx,
                    admin,
                    "update",
                    "room",
                    n,
                    old={"name": "旧名称", "area": 89.5},
                    new={"name": "新名称", "area": 90.0},
                )
        done = min(rows, done + 10_000)


def write(services, admin, n: int, audited: bool) -> None:
    with services.db.write() as session:
        session.execute(update(Setting).where(Setting.key == KEY).values(value=n))
        if audited:
            audit.record(session, services.ctx, admin, "update", "setting", KEY, new={"value": n})


def median_ms(call, runs: int) -> float:
    samples = []
    for n in range(runs):
        t0 = time.perf_counter()
        call(n)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'audit.sqlite3'}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", "bench-pass")
    with services.db.write() as session:
        session.execute(insert(Setting).values(key=KEY, value=0))
    t0 = time.perf_counter()
    fill(services, admin, args.rows)
    print(f"{args.rows} audit rows written in {time.perf_counter() - t0:.1f} s")
    print(f"database: {services.db.display_url}")

    # Interleaved, so that both see the same machine load.
    floor, audited = [], []
    for n in range(args.runs):
        floor.append(median_ms(lambda k, n=n: write(services, admin, n * 2 + k, False), 1))
        audited.append(median_ms(lambda k, n=n: write(services, admin, n * 2 + k, True), 1))
    low, high = statistics.median(floor), statistics.median(audited)
    print(f"write without audit row (floor)   median {low:6.2f} ms")
    print(f"write with one audit row          median {high:6.2f} ms   (+{high - low:.2f} ms)")

    try:
        from desk_app.services.kit.audit_chain import verify_chain
    except ImportError:  # a version without the chain
        services.close()
        return
    t0 = time.perf_counter()
    report = verify_chain(services.ctx)
    took = time.perf_counter() - t0
    print(f"chain check: {report.detail} in {took:.1f} s ({report.rows / took:,.0f} rows/s)")
    services.close()


if __name__ == "__main__":
    main()
