"""Shared fixtures: a fresh real database per test (SQLite always, PostgreSQL when
DESK_TEST_PG_URL is set), a clock the test controls, and logged-in actors."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

# Before anything imports Qt: no screen in CI, and never touch the user's real data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desk_app.domain.roles import Role  # noqa: E402
from desk_app.services import accounts  # noqa: E402
from desk_app.services.app import Services, open_services  # noqa: E402
from desk_app.services.context import Actor  # noqa: E402
from tests import open_guard  # noqa: E402

open_guard.install()  # Python code never opens a file of a database that is open

PG_URL = os.environ.get("DESK_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
PASSWORD = "secret-pass"
ZONE = ZoneInfo("Asia/Shanghai")  # the customers' zone, whatever the test machine's


# Argon2 at production cost (~0.1 s a hash, 64 MiB) would make every login and new user
# of the suite slow: the tests hash with the cheapest parameters, all but
# tests/test_accounts.py::test_login_works_with_the_production_hasher.
PRODUCTION_HASHER = accounts._hasher
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing():
    """Session-wide, so module-scoped fixtures that make users hash cheaply too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", CHEAP_HASHER)
        yield


@pytest.fixture
def production_hashing(monkeypatch) -> PasswordHasher:
    """The hasher the program ships with, for the one test that needs it."""
    monkeypatch.setattr(accounts, "_hasher", PRODUCTION_HASHER)
    accounts._decoy_hash.cache_clear()
    yield PRODUCTION_HASHER
    accounts._decoy_hash.cache_clear()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("DESK_DB_URL", raising=False)
    monkeypatch.delenv("DESK_PASSWORD", raising=False)


class FakeClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, start: datetime | None = None):
        self.current = start or datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Beijing

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def reset_postgres(url: str) -> None:
    engine = create_engine(
        url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
    )
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A URL of an empty database on each backend under test."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(db_url, clock) -> Services:
    services = open_services(db_url, clock=clock, zone=ZONE)
    yield services
    services.close()


@pytest.fixture
def admin(services) -> Actor:
    return services.accounts.create_first_admin("admin", "管理员", PASSWORD)


def make_user(services: Services, admin: Actor, role: Role, username: str | None = None) -> Actor:
    """Create a user with ``role`` through the service and log them in."""
    name = username or role.value
    services.accounts.create_user(
        admin, username=name, display_name=f"{name}-名", role=role, password=PASSWORD
    )
    return services.accounts.login(name, PASSWORD)


@pytest.fixture
def clerk(services, admin) -> Actor:
    return make_user(services, admin, Role.CLERK)


@pytest.fixture
def supervisor(services, admin) -> Actor:
    return make_user(services, admin, Role.SUPERVISOR)
