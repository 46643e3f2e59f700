"""Two desks on one SQLite file while one of them opens file dialogs in the database's
folder and `desk-app check` runs over and over: every entry a desk was told is saved
is in the database, and no serial is handed out twice.

A file dialog that sniffs the database files (opens and closes them) makes its process
lose every POSIX lock SQLite holds on them; another process then believes it is
alone, checkpoints and deletes the WAL under the desk still writing into it (which
then loses its entries), or rebuilds the WAL's shared memory under it (which then dies
of SIGBUS: exit status -7).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.roles import Role
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactDraft
from tests.conftest import PASSWORD, make_user

PROJECT = Path(__file__).resolve().parent.parent


def _worker(folder: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(PROJECT), DESK_PASSWORD=PASSWORD)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-m", "tests.desk_worker", *args],
        cwd=folder,  # the dialogs open in the working directory: the database's folder
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _acks(output: str) -> list[tuple[str, str]]:
    return [
        tuple(line.split(" ", 2)[1:]) for line in output.splitlines() if line.startswith("ack ")
    ]


def test_dialogs_and_checks_lose_no_entry_of_two_desks(tmp_path):
    database = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{database.as_posix()}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    make_user(services, admin, Role.CLERK, "desk1")
    make_user(services, admin, Role.CLERK, "desk2")
    services.close()
    stop = tmp_path / "stop-checking"

    checker = _worker(tmp_path, "check", "--db", url, "--stop", str(stop))
    # desk1 opens a file dialog every few entries and outlives desk2, so that after
    # desk2 has gone only desk1's own locks keep the WAL in place
    desk1 = _worker(
        tmp_path, "desk", "--db", url, "--user", "desk1", "--entries", "36", "--dialogs",
        "--dialog-every", "4", "--pause", "0.05",
    )  # fmt: skip
    desk2 = _worker(
        tmp_path, "desk", "--db", url, "--user", "desk2", "--entries", "12", "--pause", "0.1"
    )
    outputs = {}
    for name, process in (("desk1", desk1), ("desk2", desk2)):
        outputs[name] = process.communicate(timeout=120)
        assert process.returncode == 0, f"{name} exited with {process.returncode}: " + "".join(
            line for line in outputs[name][1].splitlines(keepends=True) if "plugin" not in line
        )
    stop.touch()
    check_out, check_err = checker.communicate(timeout=120)
    assert checker.returncode == 0, check_err

    # THEN the checks ran alongside and all found the database healthy
    statuses = [line for line in check_out.splitlines() if line.startswith("check ")]
    assert len(statuses) >= 2 and set(statuses) == {"check 0"}, check_out
    assert outputs["desk1"][0].count("dialog ") == 9
    assert f"dialog {tmp_path}" in outputs["desk1"][0]
    acknowledged = _acks(outputs["desk1"][0]) + _acks(outputs["desk2"][0])
    assert len(acknowledged) == 48
    # and no serial was given to two entries
    serials = [serial for serial, _ in acknowledged]
    assert len(set(serials)) == len(serials)

    # WHEN the next desk starts and logs an entry
    services = open_services(url)
    try:
        desk3 = services.accounts.login("desk1", PASSWORD)
        new = services.contacts.log(desk3, ContactDraft(content="下一台前台", caller_name="住户"))
        with services.db.read() as session:
            stored = dict(session.execute(select(ContactEntry.serial, ContactEntry.content)).all())
    finally:
        services.close()
    # THEN every acknowledged entry is there as it was typed, and the new one has a
    # serial of its own
    assert {serial: stored.get(serial) for serial, _ in acknowledged} == dict(acknowledged)
    assert new.serial not in serials
    assert len(stored) == 49
