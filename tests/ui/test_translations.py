"""The Chinese catalogue is complete, current, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from desk_app.paths import FORMS, PROJECT_ROOT, TRANSLATIONS

ZH_TS = TRANSLATIONS / "desk_app_zh_CN.ts"


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _sources(ts: Path) -> set[tuple[str, str]]:
    return {(name, message.findtext("source")) for name, message in _messages(ts)}


def test_chinese_catalogue_has_no_unfinished_entries():
    unfinished = [
        source
        for _, message in _messages(ZH_TS)
        if message.find("translation").get("type") == "unfinished"
        for source in [message.findtext("source")]
    ]
    assert unfinished == []


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    # GIVEN a fresh extraction of every translatable string in the sources
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    sources = sorted(
        str(p) for p in (PROJECT_ROOT / "desk_app").rglob("*.py") if "migrations" not in p.parts
    ) + sorted(str(p) for p in FORMS.rglob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    # THEN the committed catalogue already has all of them
    missing = _sources(fresh) - _sources(ZH_TS)
    assert not missing, f"run scripts/update-translations.sh and translate: {sorted(missing)[:10]}"


def test_compiled_catalogue_matches_the_source(qapp):
    translator = QTranslator()
    assert translator.load("desk_app_zh_CN", str(TRANSLATIONS))
    stale = []
    for context, message in _messages(ZH_TS):
        if message.get("numerus") == "yes":
            continue
        expected = message.findtext("translation")
        if translator.translate(context, message.findtext("source")) != expected:
            stale.append(message.findtext("source"))
    assert stale == [], "run scripts/update-translations.sh to recompile the .qm files"
