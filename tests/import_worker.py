"""A second desk importing a roster, for tests that need the import in another process:

    python -m tests.import_worker URL USER_ID FILE

Prints "committing" once the preview is made, then the number of residents created.
"""

from __future__ import annotations

import sys

from desk_app.domain.roles import Role
from desk_app.services.app import open_services
from desk_app.services.context import Actor


def main(url: str, user_id: str, path: str) -> int:
    services = open_services(url)
    try:
        actor = Actor(int(user_id), "supervisor", "supervisor", Role.SUPERVISOR)
        preview = services.resident_import.preview(actor, path)
        print("committing", flush=True)
        result = services.resident_import.commit(actor, preview)
        print(result.residents_created, flush=True)
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
