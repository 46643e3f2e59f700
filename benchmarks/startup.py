"""Start-up of the real ``desk-app`` entry point on a demo database, beside the floor:
an empty ``QMainWindow`` started the same way in the same run.

Each run is a fresh process (offscreen by default). ``desk-app --startup-probe USER``
prints, on one clock with this process (``time.monotonic``), when the login dialog is
on screen, when the database is open, when its worker has also imported the screens
and ReportLab, when it presses Enter (once the worker is done: a clerk types for
longer) and when the main window is on screen.

    .venv/bin/python benchmarks/startup.py [--runs 10]

Targets (issue 10): the login dialog within 0.5 s and 2.5x the floor; the main window
within 0.5 s of Enter.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-pass"

FLOOR = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def shown():
    print(f"probe window_shown {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _entry_point() -> list[str]:
    script = Path(sys.executable).with_name("desk-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desk_app"]


def _events(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each event the process printed."""
    start = time.monotonic()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    events = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "probe" and not parts[1].startswith("loaded_at"):
            events[parts[1]] = float(parts[2]) - start
    if out.returncode != 0 or not events:
        raise SystemExit(f"{command[0]} failed ({out.returncode}):\n{out.stderr}")
    return events


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{(folder / 'bench.sqlite3').as_posix()}"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["DESK_DATA_DIR"] = str(folder / "data")  # its log and QSettings-free data folder
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # the window's QSettings
    env["DESK_PASSWORD"] = PASSWORD
    subprocess.run(
        [*_entry_point(), "demo", "--db", url, "--password", PASSWORD],
        check=True,
        capture_output=True,
        env=env,
    )
    floor, login, ready, worker, main_window = [], [], [], [], []
    for _ in range(args.runs):  # interleaved, so that a busy moment hits both alike
        floor.append(_events([sys.executable, "-c", FLOOR], env)["window_shown"])
        events = _events([*_entry_point(), "--db", url, "--startup-probe", "clerk"], env)
        login.append(events["login_shown"])
        ready.append(events["services_ready"])
        worker.append(events["worker_done"])
        main_window.append(events["main_shown"] - events["accept"])

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.0f} {min(values) * 1000:7.0f}"

    floor_median = statistics.median(floor)
    ratio = statistics.median(login) / floor_median
    print(f"start-up over {args.runs} runs (ms; median, min)")
    print(f"{'':44} {'median':>7} {'min':>7}")
    print(f"{'floor: empty QMainWindow on screen':44} {ms(floor)}")
    print(f"{'desk-app: login dialog on screen':44} {ms(login)}   {ratio:.1f}x floor")
    print(f"{'desk-app: database open (behind the dialog)':44} {ms(ready)}")
    print(f"{'desk-app: screens and ReportLab imported':44} {ms(worker)}")
    print(f"{'desk-app: Enter to main window on screen':44} {ms(main_window)}")
    login_ok = statistics.median(login) <= 0.5 and ratio <= 2.5
    main_ok = statistics.median(main_window) <= 0.5
    print(
        f"targets: login <= 500 ms and <= 2.5x floor: {'met' if login_ok else 'MISSED'}; "
        f"main window <= 500 ms after Enter: {'met' if main_ok else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
