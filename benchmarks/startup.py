"""Cold start to the login dialog: wall time from process launch until the dialog is
on screen, over fresh Python processes (offscreen by default).

    .venv/bin/python benchmarks/startup.py [--runs 10]
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

CHILD = """
import sys
from PySide6.QtCore import QTimer
from desk_app.ui.app import create_application, open_database
from desk_app.ui.i18n import install_language
app = create_application([])
services = open_database(app, sys.argv[1])
install_language(app, services.settings.get("ui.language"))
from desk_app.ui.login import LoginDialog
dialog = LoginDialog(services)
dialog.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{(folder / 'bench.sqlite3').as_posix()}"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    subprocess.run(
        [sys.executable, "-m", "desk_app", "demo", "--db", url],
        check=True,
        capture_output=True,
        env=env,
    )
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, url], capture_output=True, text=True, env=env, check=True
        )
        assert "shown" in out.stdout, out.stderr
        times.append(time.perf_counter() - start)
    times.sort()
    print(
        f"cold start to login dialog over {args.runs} runs: "
        f"median {statistics.median(times) * 1000:.0f} ms, "
        f"min {times[0] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
