"""A desk or a checker, as a separate process, for the tests of several processes on one
SQLite file. Run from the project root: ``python -m tests.desk_worker ...``.

- ``desk``: log in and log contact entries through the services, printing ``ack SERIAL
  TEXT`` once each entry is committed; with ``--dialogs``, open the settings page's file
  dialog (offscreen) in the working directory between entries and cancel it once it has
  listed the folder.
- ``check``: run ``desk-app check`` over and over until ``--stop`` exists; prints
  ``check N`` with the exit status of each run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def desk(args: argparse.Namespace) -> int:
    from desk_app.services.app import open_services
    from desk_app.services.contacts import ContactDraft

    services = open_services(args.db)
    actor = services.accounts.login(args.user, os.environ["DESK_PASSWORD"])
    open_dialog = _dialog_opener(services, actor) if args.dialogs else None
    for number in range(args.entries):
        text = f"{args.user} 来电 {number}"
        row = services.contacts.log(actor, ContactDraft(content=text, caller_name="住户"))
        print(f"ack {row.serial} {text}", flush=True)
        if open_dialog is not None and number % args.dialog_every == 0:
            open_dialog()
        time.sleep(args.pause)
    services.close()
    return 0


def _dialog_opener(services, actor):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desk_app.ui.settings.page import SettingsPage
    from tests.ui.file_dialog_driver import ModalWatch, dismiss_once_listed

    folder = Path.cwd()
    # the dialog's last folder and history go to the test's folder, not the user's
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    page = SettingsPage(services, actor)
    page.show()
    (folder / "earlier.pdf").write_bytes(b"%PDF-1.4\n")  # what the dialog's filter shows

    def open_dialog() -> None:
        seen: dict = {}
        watch = ModalWatch(QFileDialog, dismiss_once_listed(folder, "earlier.pdf", seen))
        page.ui.testPageButton.click()
        watch.check()
        print(f"dialog {seen['directory']}", flush=True)

    open_dialog.app = app  # keep the application alive as long as the opener
    return open_dialog


def check(args: argparse.Namespace) -> int:
    from desk_app.cli import main

    runs = 0
    while not Path(args.stop).exists():
        status = main(["check", "--db", args.db])
        runs += 1
        print(f"check {status}", flush=True)
    return 0 if runs else 1


def main() -> int:
    parser = argparse.ArgumentParser(prog="desk_worker")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("desk")
    one.add_argument("--db", required=True)
    one.add_argument("--user", required=True)
    one.add_argument("--entries", type=int, default=20)
    one.add_argument("--pause", type=float, default=0.0)
    one.add_argument("--dialogs", action="store_true")
    one.add_argument("--dialog-every", type=int, default=5)
    checker = commands.add_parser("check")
    checker.add_argument("--db", required=True)
    checker.add_argument("--stop", required=True)
    args = parser.parse_args()
    return desk(args) if args.command == "desk" else check(args)


if __name__ == "__main__":
    sys.exit(main())
