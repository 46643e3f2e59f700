"""The real start: `desk-app` shows its first dialog before the database layer is
loaded, opens the database behind it and then the main window (run in a process of
its own, through the hidden probe the start-up benchmark uses)."""

from __future__ import annotations

import os
import subprocess
import sys

from desk_app.domain.roles import Role
from tests.conftest import PASSWORD


def _start(url: str, tmp_path) -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DESK_PASSWORD=PASSWORD,
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the window's QSettings
    )
    out = subprocess.run(
        [sys.executable, "-m", "desk_app", "--db", url, "--startup-probe", "clerk"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return dict(line.split()[1:] for line in out.stdout.splitlines() if line.startswith("probe "))


def test_the_login_is_on_screen_before_the_database_layer_loads(services, admin, tmp_path):
    # GIVEN a site with a clerk who has their own password
    services.accounts.create_user(
        admin,
        username="clerk",
        display_name="陈磊",
        role=Role.CLERK,
        password=PASSWORD,
        must_change_password=False,
    )
    url = services.db.url.render_as_string(hide_password=False)
    services.close()
    # WHEN the program starts and the clerk logs in
    events = _start(url, tmp_path)
    # THEN the login came first, with none of SQLAlchemy, Alembic, ReportLab or argon2
    # loaded, then the database, then the main window
    assert events["loaded_at_login"] == "none"
    assert float(events["login_shown"]) < float(events["services_ready"])
    assert float(events["accept"]) < float(events["main_shown"])


def test_a_new_site_starts_with_the_first_run_before_the_database_layer(tmp_path):
    url = f"sqlite:///{(tmp_path / 'new.sqlite3').as_posix()}"
    events = _start(url, tmp_path)
    assert "first_run_shown" in events and "login_shown" not in events
    assert events["loaded_at_first_run"] == "none"
