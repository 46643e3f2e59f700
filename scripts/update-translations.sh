#!/usr/bin/env bash
# Collect every translatable string into the .ts catalogues, then compile the .qm files.
# Translate new entries in resources/i18n/desk_app_zh_CN.ts (Qt Linguist or an editor)
# before committing: a test fails while the Chinese catalogue has unfinished entries.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${VIRTUAL_ENV:-.venv}/bin"
mapfile -t sources < <(find desk_app -name '*.py' -not -path '*/migrations/*' | sort; find forms -name '*.ui' | sort)
"$bin/pyside6-lupdate" -no-obsolete -locations none "${sources[@]}" \
    -ts resources/i18n/desk_app_zh_CN.ts resources/i18n/desk_app_en.ts
"$bin/pyside6-lrelease" resources/i18n/desk_app_zh_CN.ts resources/i18n/desk_app_en.ts
