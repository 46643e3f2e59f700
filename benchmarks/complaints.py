"""The 投诉 list's first page and the monthly statistics on 50,000 complaints, each
beside the same query's raw SQL (the floor: what the database itself needs).

    .venv/bin/python benchmarks/complaints.py [--rows 50000] [--db URL]

Goals (issue 11): the first page ≤ 100 ms, the monthly statistics ≤ 2 s. The
complaints are spread over two years (about 2,000 a month) across 1,500 rooms; a
fifth are still open. The figures are medians of repeated runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text  # noqa: E402

from benchmarks.contact_search import timed  # noqa: E402
from desk_app.demo.register import demo_rooms  # noqa: E402
from desk_app.domain.complaints import Category, Channel, Complaint, Nature  # noqa: E402
from desk_app.domain.register import Room  # noqa: E402
from desk_app.services.app import open_services  # noqa: E402
from desk_app.services.complaints.statistics import Month  # noqa: E402
from desk_app.services.complaints.views import ComplaintFilter, Sort  # noqa: E402
from desk_app.services.kit.numbering import format_serial  # noqa: E402

PAGE = 200
GOAL_PAGE_MS, GOAL_MONTH_MS = 100, 2000


def fill(services, rows: int, user_id: int, end: date) -> None:
    rng = random.Random(11)
    with services.db.read() as session:
        rooms = list(session.scalars(select(Room.id)))
    start = end - timedelta(days=730)
    per_day: dict[date, int] = {}
    batch: list[dict] = []
    categories, natures, channels = list(Category), list(Nature), list(Channel)

    def flush() -> None:
        with services.db.write() as session:
            session.execute(insert(Complaint), batch)
        batch.clear()

    for n in range(rows):
        day = start + timedelta(days=n * 730 // rows)
        per_day[day] = per_day.get(day, 0) + 1
        at = datetime(day.year, day.month, day.day, 2, tzinfo=UTC) + timedelta(minutes=n % 600)
        closed = day < end - timedelta(days=30) or rng.random() < 0.2
        resolved = at + timedelta(hours=rng.randint(4, 300)) if closed else None
        batch.append(
            {
                "serial": format_serial("TS", day, per_day[day]),
                "day": day,
                "created_at": at,
                "created_by_id": user_id,
                "received_at": at,
                "channel": rng.choice(channels).value,
                "complainant": "业主",
                "room_id": rng.choice(rooms),
                "place": "",
                "phone": "",
                "households": 1,
                "content": rng.choice(("楼上装修噪音", "电梯故障", "物业费多收", "垃圾没清")),
                "written": False,
                "solved_on_spot": False,
                "nature": rng.choice(natures).value,
                "category": rng.choice(categories).value,
                "level": "major" if rng.random() < 0.02 else "general",
                "major_signs": "",
                "status": "closed" if closed else "investigated",
                "tier": 0,
                "resolve_due_at": at + timedelta(days=9),
                "due_phase": "" if closed else "resolve",
                "due_at": None if closed else at + timedelta(days=9),
                "resolved_at": resolved,
                "resolved_late": bool(resolved and resolved > at + timedelta(days=9)),
                "satisfaction": rng.choice(("satisfied", "very_satisfied", "fair", "")),
                **dict.fromkeys(
                    (
                        "assessment",
                        "cause",
                        "responsible",
                        "resolution",
                        "carried_out",
                        "confirmation",
                        "callback_note",
                        "summary_cause",
                        "summary_lesson",
                        "summary_prevention",
                        "end_reason",
                    ),
                    "",
                ),  # fmt: skip
                "print_count": 0,
            }
        )
        if len(batch) == 5000:
            flush()
    if batch:
        flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument(
        "--db", default=None, help="an empty database (default: a temp SQLite file)"
    )
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'complaints.sqlite3'}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", "bench-pass")
    for name, role in (("clerk", "clerk"), ("supervisor", "supervisor")):
        services.accounts.create_user(
            admin, username=name, display_name=name, role=role, password="bench-pass"
        )
    clerk = services.accounts.login("clerk", "bench-pass")
    supervisor = services.accounts.login("supervisor", "bench-pass")
    services.residents.bulk_register(supervisor, "基准小区", demo_rooms(1, 1500))
    today = services.ctx.today()
    t0 = time.perf_counter()
    fill(services, args.rows, clerk.user_id, today)
    print(f"{args.rows} complaints inserted in {time.perf_counter() - t0:.0f} s")
    queries = services.complaints.queries
    open_list = ComplaintFilter(open_only=True, sort=Sort.DEADLINE)
    everything = ComplaintFilter()

    def screen(flt: ComplaintFilter) -> None:  # what the 投诉 screen asks for its first page
        queries.page(clerk, flt, None, PAGE)
        queries.count(clerk, flt)

    raw_open = text(
        "SELECT * FROM complaints WHERE status NOT IN ('closed','dismissed','voided') "
        "ORDER BY due_at IS NULL, due_at, id LIMIT 200"
    )
    raw_all = text("SELECT * FROM complaints ORDER BY created_at DESC, id DESC LIMIT 200")

    def raw(query) -> None:
        with services.db.read() as session:
            session.execute(query).all()

    month = Month(today.year, today.month).previous()
    first_day, next_day = month.first, month.next().first
    raw_month = text(
        "SELECT c.nature, c.category, c.level, c.channel, c.status, c.received_at, "
        "c.resolved_at, c.resolved_late, c.due_at, c.satisfaction, c.repeat_of_id, c.room_id, "
        "b.code FROM complaints c LEFT JOIN rooms r ON r.id = c.room_id "
        "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN buildings b ON b.id = u.building_id "
        "WHERE c.day >= :a AND c.day < :b AND c.status != 'voided'"
    )

    def raw_stats() -> None:
        with services.db.read() as session:
            session.execute(raw_month, {"a": first_day, "b": next_day}).all()

    print(f"on {args.rows} complaints ({services.db.display_url}):")
    open_ms, open_raw = timed(lambda: screen(open_list)), timed(lambda: raw(raw_open))
    all_ms, all_raw = timed(lambda: screen(everything)), timed(lambda: raw(raw_all))
    stats_ms = timed(lambda: services.complaints.statistics.monthly(clerk, month), runs=5)
    stats_raw = timed(raw_stats, runs=5)
    for what, ms, floor, goal in (
        ("first page, open by deadline", open_ms, open_raw, GOAL_PAGE_MS),
        ("first page, all newest first", all_ms, all_raw, GOAL_PAGE_MS),
        (f"monthly statistics {month}", stats_ms, stats_raw, GOAL_MONTH_MS),
    ):
        print(f"  {what:30} {ms:8.1f} ms   raw SQL {floor:7.1f} ms   goal ≤ {goal} ms")
    services.close()


if __name__ == "__main__":
    main()
