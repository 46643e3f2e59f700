"""Room lookup on a large estate: how long one keystroke's lookup takes, per kind of query.

Builds 5,000 rooms with 15,000 residents (by default) in a temporary SQLite file
through the services' bulk path, then times ``services.rooms.lookup`` — the whole
service call, session included — over many different inputs of each kind and
prints the median and 95th percentile. For comparison it also times the naive way
(load every room and resident, filter in Python).

    .venv/bin/python benchmarks/room_lookup.py [--rooms 5000] [--residents 15000]
        [--runs 300] [--pg postgresql://user:pass@host/db]

--pg also runs the same queries on that PostgreSQL database (its tables are replaced).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from desk_app.demo.register import demo_rooms  # noqa: E402
from desk_app.domain.register import Resident, Room  # noqa: E402
from desk_app.domain.roles import Role  # noqa: E402
from desk_app.domain.search_keys import name_initials  # noqa: E402
from desk_app.services.app import Services, open_services  # noqa: E402
from desk_app.services.context import Actor  # noqa: E402

PASSWORD = "bench-pass"


def build(url: str, rooms: int, residents: int) -> tuple[Services, Actor, float]:
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    actors = {}
    for role in (Role.SUPERVISOR, Role.CLERK):
        info = services.accounts.create_user(
            admin, username=role.value, display_name=role.value, role=role, password=PASSWORD
        )
        actors[role] = Actor(info.id, info.username, info.display_name, info.role)
    plan = demo_rooms(7, rooms, residents)
    started = time.perf_counter()
    services.residents.bulk_register(actors[Role.SUPERVISOR], "阳光花园", plan)
    return services, actors[Role.CLERK], time.perf_counter() - started


def inputs(services: Services, count: int) -> dict[str, list[str]]:
    """Realistic inputs of each kind, drawn from the register itself."""
    rng = random.Random(3)
    with services.db.read() as session:
        rooms = session.execute(select(Room.label, Room.number, Room.id)).all()
        people = session.execute(select(Resident.name, Resident.phones)).all()
    with_phone = [p for p in people if p.phones]

    def pick(seq):
        return [rng.choice(seq) for _ in range(count)]

    dashed = []
    for label, number, _id in pick(rooms):
        building, _, rest = label.partition("栋")
        unit = rest.split("单元")[0] if "单元" in rest else ""
        dashed.append(f"{building}-{unit}-{number}" if unit else f"{building}-{number}")
    phones = [p.phones.split(",")[0] for p in pick(with_phone)]
    return {
        "room 3-2-1501": dashed,
        "room 3栋2单元1501": [label for label, _n, _i in pick(rooms)],
        "room typed halfway 3-2-15": [d[: max(3, len(d) - 2)] for d in dashed],
        "bare room number 1501": [number for _l, number, _i in pick(rooms)],
        "phone last 4 digits": [p[-4:] for p in phones],
        "phone last 7 digits": [p[-7:] for p in phones],
        "whole mobile": phones,
        "surname 张": [name[0] for name, _p in pick(people)],
        "full name": [name for name, _p in pick(people)],
        "pinyin initials zwq": [name_initials(name)[0] for name, _p in pick(people)],
        "nothing matches": [f"9{n:03d}-9-9999" for n in range(count)],
    }


def timed(call: Callable[[str], object], queries: list[str]) -> tuple[list[float], float]:
    times, hits = [], 0
    for query in queries:
        started = time.perf_counter()
        result = call(query)
        times.append((time.perf_counter() - started) * 1000)
        hits += len(result)
    return times, hits / len(queries)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def naive(services: Services) -> Callable[[str], list]:
    """What the lookup avoids: fetch the whole register each keystroke, filter in Python."""

    def lookup(text: str) -> list:
        with services.db.read() as session:
            rows = session.execute(
                select(Room.id, Room.label, Resident.name, Resident.phones).join(
                    Resident, Resident.room_id == Room.id, isouter=True
                )
            ).all()
        return [
            r for r in rows if text in r.label or text in (r.phones or "") or text in (r.name or "")
        ][:20]

    return lookup


def report(title: str, services: Services, clerk: Actor, runs: int) -> None:
    print(f"\n{title}")
    print(f"{'query kind':<28}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}{'hits':>7}")
    for warm in inputs(services, 20).values():  # caches, prepared statements
        for query in warm:
            services.rooms.lookup(clerk, query)
    for kind, queries in inputs(services, runs).items():
        times, hits = timed(lambda q: services.rooms.lookup(clerk, q), queries)
        print(
            f"{kind:<28}{statistics.median(times):>10.2f}{p95(times):>10.2f}"
            f"{max(times):>10.2f}{hits:>7.1f}"
        )
    slow = inputs(services, 10)["phone last 4 digits"]
    times, _hits = timed(naive(services), slow)
    print(f"{'(naive: load all, filter)':<28}{statistics.median(times):>10.2f}{p95(times):>10.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=5000)
    parser.add_argument("--residents", type=int, default=15000)
    parser.add_argument("--runs", type=int, default=300, help="lookups per query kind")
    parser.add_argument("--pg", metavar="URL", help="also benchmark this PostgreSQL database")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{(Path(folder) / 'bench.sqlite3').as_posix()}"
        services, clerk, seconds = build(url, args.rooms, args.residents)
        try:
            print(
                f"SQLite: {args.rooms} rooms, {args.residents} residents registered in "
                f"{seconds:.1f} s (bulk_register)"
            )
            report("SQLite (file, WAL)", services, clerk, args.runs)
        finally:
            services.close()
    if args.pg:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.conftest import reset_postgres

        reset_postgres(args.pg)
        services, clerk, seconds = build(args.pg, args.rooms, args.residents)
        try:
            print(f"\nPostgreSQL: registered in {seconds:.1f} s")
            report("PostgreSQL", services, clerk, args.runs)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
