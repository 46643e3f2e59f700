"""Does the daily backup hold up a clerk's save? The longest save, and the 99th
percentile, of another process that commits a small row every few milliseconds (as a
desk does, with the program's WAL + synchronous=FULL + BEGIN IMMEDIATE), first with
nothing else going on (the floor) and then while the program's backup
(``desk_app.db.snapshot.copy_database``, in steps) copies a database of --size-mb.

    .venv/bin/python benchmarks/backup_blocking.py [--size-mb 1024] [--floor-s 5]

Goal (issue 14): no save waits more than 100 ms at a time because of the backup.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.db import snapshot  # noqa: E402
from desk_app.db.engine import BUSY_TIMEOUT_MS  # noqa: E402


def build(path: Path, size_mb: int) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE ballast (b BLOB)")
        connection.execute("CREATE TABLE saves (at REAL, text TEXT)")
        for _ in range(size_mb):
            connection.executemany(
                "INSERT INTO ballast VALUES (randomblob(4000))", [()] * 250
            )  # 1 MB
            connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def saver(path: str, stop, results, pause_s: float) -> None:
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    waits = []
    while not stop.is_set():
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO saves VALUES (?, ?)", (time.time(), "来电 登记 一条"))
        connection.execute("COMMIT")
        waits.append(time.perf_counter() - started)
        time.sleep(pause_s)
    connection.close()
    results.put(waits)


def measure(path: Path, seconds: float | None, backup_to: Path | None) -> tuple[list[float], float]:
    stop, results = multiprocessing.Event(), multiprocessing.Queue()
    process = multiprocessing.Process(target=saver, args=(str(path), stop, results, 0.005))
    process.start()
    time.sleep(0.5)  # the saver is running
    started = time.perf_counter()
    if backup_to is None:
        time.sleep(seconds)
    else:
        snapshot.copy_database(path, backup_to)
    elapsed = time.perf_counter() - started
    stop.set()
    waits = results.get()
    process.join()
    return waits, elapsed


def summary(name: str, waits: list[float]) -> str:
    ms = sorted(w * 1000 for w in waits)
    p99 = ms[int(len(ms) * 0.99) - 1] if len(ms) >= 100 else ms[-1]
    return (
        f"{name:<22} saves {len(ms):>6}  median {statistics.median(ms):6.2f} ms  "
        f"p99 {p99:7.2f} ms  longest {ms[-1]:7.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--floor-s", type=float, default=5.0)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "desk.sqlite3"
        started = time.perf_counter()
        build(path, args.size_mb)
        print(
            f"database: {path.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - started:.1f} s"
        )
        floor, _ = measure(path, args.floor_s, None)
        during, took = measure(path, None, Path(folder) / "backup.sqlite3")
        print(f"backup took {took:.1f} s ({args.size_mb / took:.0f} MB/s)")
        print(summary("floor (no backup)", floor))
        print(summary("during the backup", during))
        longest = max(during) * 1000
        print(f"goal: no save longer than 100 ms -> {'met' if longest <= 100 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
