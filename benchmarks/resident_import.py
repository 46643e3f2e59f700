"""Importing a big resident register: how long other desks are locked out, time, memory.

Generates rosters as service centers keep them (the demo estate's names, rooms, phones
and ID numbers; a title row; 楼栋/单元/房号/姓名/联系电话/身份/身份证号码/面积/入住日期),
then imports each into a fresh SQLite file through the service — ``preview`` then
``commit``, the path of the wizard and of ``desk-app import residents`` — in a child
process, and prints per roster:

- total, preview and commit time (wall) and the child's CPU time;
- how long the write lock was held: measured inside (the writing transaction, from
  BEGIN IMMEDIATE to COMMIT) and outside (a second process taking BEGIN IMMEDIATE
  every 50 ms — what another desk's login waits for — its longest wait);
- the child's peak memory (ru_maxrss);
- floors measured in the same run: reading the file without parsing, and writing
  the same rows into the same tables with raw sqlite3 ``executemany``.

"again" rows import the same file a second time into the register it just filled
(every row already registered).

    .venv/bin/python benchmarks/resident_import.py [--sizes 15000,100000] [--formats csv,xlsx]

Targets (issue 8): the write lock of the 15,000-resident roster held ≤ 2 s; the
100,000-row roster ≤ 20 s in all and ≤ 400 MB peak memory.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.demo.register import demo_rooms  # noqa: E402
from desk_app.domain.register import Relation  # noqa: E402

PASSWORD = "bench-pass"
TITLE = ["阳光花园小区住户信息登记表"]
HEADER = ["序号", "楼栋", "单元", "房号", "姓名", "联系电话", "身份", "身份证号码"]
HEADER += ["建筑面积", "入住日期", "备注"]
WORDS = {Relation.OWNER: "业主", Relation.FAMILY: "家属", Relation.TENANT: "租户"}
PROBE_EVERY = 0.05


# -- the rosters ----------------------------------------------------------------------------


def roster(residents: int) -> list[list]:
    """One row per resident of a demo estate of about three residents a room."""
    rooms = demo_rooms(8, residents // 3 + residents // 10, residents)
    rows = []
    for room in rooms:
        for person in room.residents:
            phones = list(person.phones)
            if phones and len(rows) % 7 == 0:  # as typed: 138 1234 5678
                phones[0] = f"{phones[0][:3]} {phones[0][3:7]} {phones[0][7:]}"
            rows.append(
                [
                    len(rows) + 1,
                    f"{room.building}栋",
                    f"{room.unit}单元" if room.unit else "",
                    room.number,
                    person.name,
                    " / ".join(phones),
                    WORDS[person.relation],
                    person.id_number or "",
                    room.area,
                    person.move_in.isoformat() if person.move_in else "",
                    "",
                ]
            )
    return rows


def write_roster(path: Path, rows: list[list]) -> None:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerows([TITLE, HEADER, *rows])
        return
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("住户")
    for row in [TITLE, HEADER, *rows]:
        sheet.append(row)
    book.save(path)


# -- a fresh register -------------------------------------------------------------------------


def fresh_database(path: Path) -> tuple[str, int]:
    """A migrated SQLite file with community 阳光花园 and a supervisor; the URL and the
    supervisor's id."""
    from desk_app.domain.roles import Role
    from desk_app.services.app import open_services
    from desk_app.services.context import Actor

    url = f"sqlite:///{path.as_posix()}"
    services = open_services(url)
    try:
        admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        info = services.accounts.create_user(
            admin, username="sup", display_name="主管", role=Role.SUPERVISOR, password=PASSWORD
        )
        actor = Actor(info.id, info.username, info.display_name, info.role)
        services.residents.add_community(actor, "阳光花园")
        return url, info.id
    finally:
        services.close()


# -- the child: one import ------------------------------------------------------------------


def child_import(url: str, user_id: int, roster_path: str) -> None:
    """Run in a child process: preview + commit, print the figures as JSON."""
    from sqlalchemy import event

    from desk_app.domain.roles import Role
    from desk_app.services.app import open_services
    from desk_app.services.context import Actor

    services = open_services(url)
    actor = Actor(user_id, "sup", "主管", Role.SUPERVISOR)
    began: dict[int, tuple[float, float]] = {}
    writes: list[tuple[float, float]] = []  # (wall, CPU) seconds of each writing transaction

    @event.listens_for(services.db.engine, "begin")
    def _begin(connection) -> None:
        if connection.get_execution_options().get("sqlite_begin") == "IMMEDIATE":
            began[id(connection)] = (time.perf_counter(), time.thread_time())

    @event.listens_for(services.db.engine, "commit")
    def _commit(connection) -> None:
        if id(connection) in began:
            wall, cpu = began.pop(id(connection))
            writes.append((time.perf_counter() - wall, time.thread_time() - cpu))

    started = time.perf_counter()
    preview = services.resident_import.preview(actor, roster_path)
    previewed = time.perf_counter()
    result = services.resident_import.commit(actor, preview)
    done = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    services.close()
    print(
        json.dumps(
            {
                "rows": len(preview.rows) + len(preview.bad_rows),
                "created": result.residents_created,
                "unchanged": result.unchanged,
                "rejected": len(result.bad_rows),
                "preview": previewed - started,
                "commit": done - previewed,
                "total": done - started,
                "cpu": usage.ru_utime + usage.ru_stime,
                "lock_inside": max(writes, default=(0.0, 0.0))[0],
                "lock_cpu": max(writes, default=(0.0, 0.0))[1],
                "peak_mb": usage.ru_maxrss / 1024,
            }
        )
    )


def child_probe(database: str, stop: str) -> None:
    """Run in a child process: take the write lock every 50 ms as another desk would;
    print the longest wait for it."""
    connection = sqlite3.connect(database, timeout=600, isolation_level=None)
    longest = 0.0
    print("ready", flush=True)
    while not os.path.exists(stop):
        asked = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        longest = max(longest, time.perf_counter() - asked)
        connection.execute("ROLLBACK")
        time.sleep(PROBE_EVERY)
    print(json.dumps({"lock_outside": longest}))


def measured_import(url: str, user_id: int, roster_path: Path, database: Path) -> dict:
    stop = database.with_suffix(".stop")
    stop.unlink(missing_ok=True)
    me = [sys.executable, __file__]
    probe = subprocess.Popen(
        [*me, "--probe", str(database), str(stop)], stdout=subprocess.PIPE, text=True
    )
    assert probe.stdout is not None and probe.stdout.readline().strip() == "ready"
    try:
        run = subprocess.run(
            [*me, "--child", url, str(user_id), str(roster_path)],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        stop.touch()
        probe_out, _ = probe.communicate(timeout=60)
    return {**json.loads(run.stdout.strip().splitlines()[-1]), **json.loads(probe_out)}


# -- the floors -------------------------------------------------------------------------------


def read_floor(roster_path: Path) -> float:
    """Seconds to read every cell of the file, with no parsing."""
    from desk_app.services.kit.tabular import read_table

    started = time.perf_counter()
    for sheet in read_table(roster_path):
        for _row in sheet.rows:
            pass
    return time.perf_counter() - started


def write_floor(database: Path, rows: list[list]) -> float:
    """Seconds for raw sqlite3 executemany of the same rooms, residents, search keys and
    audit events into the same tables, values prepared beforehand."""
    from desk_app.domain.search_keys import resident_keys

    now = "2026-11-23 01:30:00.000000"
    rooms: dict[tuple[str, str, str], int] = {}
    buildings: dict[str, int] = {}
    units: dict[tuple[str, str], int] = {}
    residents, keys, events = [], [], []
    for row in rows:
        building, unit, number = row[1], row[2], row[3]
        buildings.setdefault(building, len(buildings) + 1)
        units.setdefault((building, unit), len(units) + 1)
        rooms.setdefault((building, unit, number), len(rooms) + 1)
        resident_id = len(residents) + 1
        phones = ",".join(p.replace(" ", "") for p in row[5].split(" / ") if p)
        room_id = rooms[(building, unit, number)]
        residents.append((resident_id, room_id, row[4], "owner", phones, row[7], now, now))
        for kind, key in resident_keys(row[4], phones.split(",") if phones else []):
            keys.append((resident_id, kind.value, key))
        snapshot = json.dumps({"room_id": room_id, "name": row[4], "phones": phones})
        events.append((now, "sup", "create", "resident", str(resident_id), snapshot, "import"))
    for (building, unit, number), room_id in rooms.items():
        label = json.dumps({"label": f"{building}{unit}{number}"})
        events.append((now, "sup", "create", "room", str(room_id), label, "import"))
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO buildings (id, community_id, code) VALUES (?, 1, ?)",
        [(i + 1000, b) for b, i in buildings.items()],
    )
    connection.executemany(
        "INSERT INTO units (id, building_id, code) VALUES (?, ?, ?)",
        [(i + 1000, buildings[b] + 1000, u) for (b, u), i in units.items()],
    )
    connection.executemany(
        "INSERT INTO rooms (id, unit_id, number, floor, area, occupancy, label, sort_key, "
        "notes, created_at, updated_at) VALUES (?, ?, ?, 1, NULL, 'vacant', ?, ?, '', ?, ?)",
        [
            (i + 100000, units[(b, u)] + 1000, n, f"{b}{u}{n}", f"{b}{u}{n}", now, now)
            for (b, u, n), i in rooms.items()
        ],
    )
    connection.executemany(
        "INSERT INTO residents (id, room_id, name, relation, phones, id_number, notes, "
        "emergency_name, emergency_phone, created_at, updated_at, voided, void_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, '', '', '', ?, ?, 0, '')",
        [(r[0] + 1000000, r[1] + 100000, *r[2:]) for r in residents],
    )
    connection.executemany(
        "INSERT INTO resident_keys (resident_id, kind, key) VALUES (?, ?, ?)",
        [(k[0] + 1000000, k[1], k[2]) for k in keys],
    )
    # The trail is chained: each row carries its predecessor's SHA-256, so the floor
    # hashes too (the bare hash of the row's values, no canonical encoding).
    last = connection.execute("SELECT row_hash FROM audit_events ORDER BY id DESC LIMIT 1")
    head, chained = (last.fetchone() or ("0" * 64,))[0], []
    for event in events:
        row_hash = hashlib.sha256(repr((event, head)).encode()).hexdigest()
        chained.append((*event, head, row_hash))
        head = row_hash
    connection.executemany(
        "INSERT INTO audit_events (at, actor_name, action, entity_type, entity_id, "
        "new_values, reason, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        chained,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


# -- the table --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="15000,100000", help="residents per roster")
    parser.add_argument("--formats", default="csv,xlsx")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_import(args.child[0], int(args.child[1]), args.child[2])
        return 0
    if args.probe:
        child_probe(*args.probe)
        return 0

    sizes = [int(size) for size in args.sizes.split(",")]
    formats = args.formats.split(",")
    header = (
        f"{'roster':<16}{'rows':>8}{'total s':>9}{'preview':>9}{'commit':>8}{'cpu s':>7}"
        f"{'lock in':>9}{'(cpu)':>7}{'lock out':>9}{'peak MB':>9} | {'read s':>7}"
        f"{'raw write s':>12}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            rows = roster(size)
            for kind in formats:
                roster_path = Path(folder) / f"roster-{size}.{kind}"
                write_roster(roster_path, rows)
                database = Path(folder) / f"desk-{size}-{kind}.sqlite3"
                url, user_id = fresh_database(database)
                floor_read = read_floor(roster_path)
                floor_db = Path(folder) / f"floor-{size}-{kind}.sqlite3"
                fresh_database(floor_db)
                floor_write = write_floor(floor_db, rows)
                for label in (f"{size:,} {kind}", "  again"):
                    figures = measured_import(url, user_id, roster_path, database)
                    print(
                        f"{label:<16}{figures['rows']:>8,}{figures['total']:>9.1f}"
                        f"{figures['preview']:>9.1f}{figures['commit']:>8.1f}"
                        f"{figures['cpu']:>7.1f}{figures['lock_inside']:>9.2f}"
                        f"{figures['lock_cpu']:>7.2f}"
                        f"{figures['lock_outside']:>9.2f}{figures['peak_mb']:>9.0f} | "
                        f"{floor_read:>7.2f}{floor_write:>12.2f}",
                        flush=True,
                    )
    print(
        "\nlock in: the writing transaction (cpu: the CPU time it took, what it would last "
        "on an idle machine);\nlock out: another process's longest wait for BEGIN IMMEDIATE."
        "\nTargets: 15,000 residents: lock ≤ 2 s; 100,000 rows: total ≤ 20 s, "
        "peak ≤ 400 MB."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
