"""Accounts: first run, login with lockout, users and departments, and their audit trail."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import argon2
import pytest
from sqlalchemy import select, text

from desk_app.domain.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.models import User
from desk_app.domain.roles import Role
from desk_app.services import accounts
from desk_app.services.accounts import MAX_FAILED_LOGINS
from desk_app.services.app import open_services
from desk_app.services.kit.audit import history
from tests.conftest import PASSWORD, PRODUCTION_HASHER, make_user

SEED_DEPARTMENTS = ["客服助理", "工程部", "安全部", "环境部", "财务部"]


def actions(services, entity_type, entity_id) -> list[str]:
    return [event.action for event in history(services.ctx, entity_type, entity_id)]


def stored_user(services, username: str) -> User:
    with services.db.read() as session:
        return session.scalar(select(User).where(User.username == username))


# -- first run -----------------------------------------------------------------


def test_first_run_creates_the_admin_once(services):
    # GIVEN a new database
    assert services.accounts.needs_first_run()

    # WHEN the first administrator is created
    admin = services.accounts.create_first_admin(" admin ", " 管理员 ", PASSWORD)

    # THEN they can log in as admin and first run is over
    assert (admin.username, admin.display_name, admin.role) == ("admin", "管理员", Role.ADMIN)
    assert not services.accounts.needs_first_run()
    assert services.accounts.login("admin", PASSWORD).user_id == admin.user_id
    (created, _login) = history(services.ctx, "user", admin.user_id)
    assert created.action == "first_run_admin"
    assert created.actor_id is None and created.actor_name == "admin"
    assert created.old_values is None
    assert created.new_values == {
        "username": "admin",
        "display_name": "管理员",
        "role": "admin",
        "department_id": None,
        "active": True,
    }


def test_first_run_is_refused_once_a_user_exists(services, admin):
    with pytest.raises(Conflict):
        services.accounts.create_first_admin("intruder", "闯入者", "another-pass")
    assert stored_user(services, "intruder") is None


def test_first_run_validates_its_input(services):
    with pytest.raises(ValidationError) as short:
        services.accounts.create_first_admin("admin", "管理员", "12345")
    with pytest.raises(ValidationError) as spaced:
        services.accounts.create_first_admin("ad min", "管理员", PASSWORD)
    with pytest.raises(ValidationError) as unnamed:
        services.accounts.create_first_admin("admin", "  ", PASSWORD)
    assert (short.value.field, spaced.value.field, unnamed.value.field) == (
        "password",
        "username",
        "display_name",
    )
    assert services.accounts.needs_first_run()


# -- login ---------------------------------------------------------------------


def test_login_with_the_right_password(services, admin, clock):
    services.accounts.create_user(
        admin, username="wang", display_name="王晓丽", role=Role.CLERK, password=PASSWORD
    )

    actor = services.accounts.login(" wang ", PASSWORD)

    assert (actor.username, actor.display_name, actor.role) == ("wang", "王晓丽", Role.CLERK)
    info = next(u for u in services.accounts.list_users(admin) if u.username == "wang")
    assert info.last_login_at == clock()
    login = history(services.ctx, "user", actor.user_id)[-1]
    assert (login.action, login.actor_id, login.actor_name) == ("login", actor.user_id, "wang")


def test_wrong_password_is_refused_and_audited(services, admin):
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("admin", "wrong-pass")

    failed = history(services.ctx, "user", admin.user_id)[-1]
    assert failed.action == "login_failed"
    assert failed.actor_id is None and failed.actor_name == "admin"
    assert failed.new_values == {"failed_logins": 1}


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(services, admin):
    with pytest.raises(AuthenticationFailed) as error:
        services.accounts.login("nobody", PASSWORD)

    assert error.value.message == AuthenticationFailed().message
    (attempt,) = history(services.ctx, "user", "-")
    assert attempt.action == "login_failed"
    assert (attempt.reason, attempt.actor_name, attempt.new_values) == ("unknown_user", "?", None)


def test_a_password_typed_into_the_name_field_never_reaches_the_audit_trail(services, admin):
    # GIVEN a clerk who typed the password into the user name field
    typed = "Hunter2-typed-as-name"
    make_user(services, admin, Role.CLERK)
    with pytest.raises(AuthenticationFailed):
        services.accounts.login(typed, typed)
    # ... and then their name with a wrong password
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", typed)

    # THEN no column of any audit event holds what was typed
    with services.db.read() as session:
        rows = [tuple(row) for row in session.execute(text("SELECT * FROM audit_events"))]
    assert len(rows) >= 2
    assert not [row for row in rows if typed in repr(row)]


def test_hostile_text_at_the_login_gets_the_usual_answer(services, admin):
    for username, password in (("ad\x00min", PASSWORD), ("\ud800", PASSWORD), ("x" * 10_000, "x")):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login(username, password)
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("admin", "pass\ud800word")
    assert services.accounts.login("admin", PASSWORD).user_id == admin.user_id


def test_parallel_guesses_get_at_most_five_password_checks(services, admin, monkeypatch):
    # GIVEN 16 desks (threads) guessing the clerk's password at the same moment
    clerk = make_user(services, admin, Role.CLERK)
    checks, guard = [], threading.Lock()
    real_verify = accounts._verify

    def counted_verify(password_hash: str, password: str) -> bool:
        with guard:
            checks.append(password)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counted_verify)
    start = threading.Barrier(16)
    answers: list[Exception] = []

    def guess(n: int) -> None:
        start.wait()
        try:
            services.accounts.login("clerk", f"wrong-{n}")
        except Exception as error:  # noqa: BLE001 - every answer is checked below
            with guard:
                answers.append(error)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # THEN every guess was refused, only five got a real password check, the stored
    # count says so, and the account is locked
    assert len(answers) == 16
    assert all(isinstance(a, AuthenticationFailed | AccountLocked) for a in answers)
    assert len(checks) == MAX_FAILED_LOGINS
    user = stored_user(services, "clerk")
    assert user.failed_logins == len(checks)
    assert user.locked_until is not None
    events = history(services.ctx, "user", clerk.user_id)
    checked = [e for e in events if (e.new_values or {}).get("failed_logins")]
    refused = [e for e in events if e.reason == "locked"]
    assert sorted(e.new_values["failed_logins"] for e in checked) == [1, 2, 3, 4, 5]
    assert [e.action for e in checked].count("account_locked") == 1
    assert len(refused) == 16 - len(checks)
    with pytest.raises(AccountLocked):
        services.accounts.login("clerk", PASSWORD)


def test_a_desk_saves_while_another_desk_checks_a_password(sqlite_url, clock, monkeypatch):
    # GIVEN a login whose password check is under way on one desk
    services = open_services(sqlite_url, clock=clock)
    try:
        services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        saved = []
        real_verify = accounts._verify

        def verify_while_another_desk_writes(password_hash: str, password: str) -> bool:
            # WHEN another desk writes meanwhile, willing to wait a quarter second
            other = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), timeout=0.25)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("UPDATE departments SET phone = '8001' WHERE id = 1")
                other.execute("COMMIT")
                saved.append(True)
            finally:
                other.close()
            return real_verify(password_hash, password)

        monkeypatch.setattr(accounts, "_verify", verify_while_another_desk_writes)
        # THEN the other desk's write went through and the login too
        assert services.accounts.login("admin", PASSWORD).username == "admin"
        assert saved == [True]
    finally:
        services.close()


def test_five_failures_lock_the_account_for_five_minutes(services, admin, clock):
    clerk = make_user(services, admin, Role.CLERK)
    # GIVEN four failed tries
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "wrong-pass")

    # WHEN the fifth fails
    with pytest.raises(AccountLocked):
        services.accounts.login("clerk", "wrong-pass")

    # THEN even the right password is refused until five minutes have passed
    assert stored_user(services, "clerk").locked_until == clock() + timedelta(minutes=5)
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked):
        services.accounts.login("clerk", PASSWORD)
    clock.advance(seconds=1)
    assert services.accounts.login("clerk", PASSWORD).user_id == clerk.user_id
    assert stored_user(services, "clerk").failed_logins == 0

    events = history(services.ctx, "user", clerk.user_id)
    trail = [(e.action, (e.new_values or {}).get("failed_logins"), e.reason) for e in events]
    assert trail[-7:] == [
        ("login_failed", 1, ""),
        ("login_failed", 2, ""),
        ("login_failed", 3, ""),
        ("login_failed", 4, ""),
        ("account_locked", 5, ""),
        ("login_failed", None, "locked"),
        ("login", None, ""),
    ]


def test_an_expired_lock_starts_a_fresh_count(services, admin, clock):
    make_user(services, admin, Role.CLERK)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "wrong-pass")
    with pytest.raises(AccountLocked):
        services.accounts.login("clerk", "wrong-pass")

    clock.advance(minutes=5)
    # Four more failures after the lock expired do not lock again ...
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "wrong-pass")
    assert stored_user(services, "clerk").failed_logins == 4
    # ... the fifth does.
    with pytest.raises(AccountLocked):
        services.accounts.login("clerk", "wrong-pass")


def test_a_success_resets_the_failure_count(services, admin):
    make_user(services, admin, Role.CLERK)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "wrong-pass")
    services.accounts.login("clerk", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "wrong-pass")
    assert services.accounts.login("clerk", PASSWORD).username == "clerk"


def test_admin_unlocks_and_resets_a_locked_account(services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.accounts.login("clerk", "wrong-pass")

    services.accounts.unlock(admin, clerk.user_id)
    assert services.accounts.login("clerk", PASSWORD).user_id == clerk.user_id

    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.accounts.login("clerk", "wrong-pass")
    services.accounts.reset_password(admin, clerk.user_id, "fresh-pass")
    assert services.accounts.login("clerk", "fresh-pass").user_id == clerk.user_id
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", PASSWORD)
    assert {"unlock", "password_reset"} <= set(actions(services, "user", clerk.user_id))


def test_a_disabled_account_cannot_log_in(services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    services.accounts.set_user_active(admin, clerk.user_id, False, reason=" 离职 ")

    with pytest.raises(AccountDisabled):
        services.accounts.login("clerk", PASSWORD)

    disable, refused = history(services.ctx, "user", clerk.user_id)[-2:]
    assert (disable.action, disable.old_values, disable.new_values, disable.reason) == (
        "disable",
        {"active": True},
        {"active": False},
        "离职",
    )
    assert (refused.action, refused.reason) == ("login_failed", "disabled")
    # Re-enabled, the same password works again.
    services.accounts.set_user_active(admin, clerk.user_id, True)
    assert services.accounts.login("clerk", PASSWORD).user_id == clerk.user_id
    assert "enable" in actions(services, "user", clerk.user_id)


def test_change_own_password(services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    with pytest.raises(ValidationError) as wrong_old:
        services.accounts.change_own_password(clerk, "not-it", "new-secret")
    assert wrong_old.value.field == "old_password"

    services.accounts.change_own_password(clerk, PASSWORD, "new-secret")

    assert services.accounts.login("clerk", "new-secret").user_id == clerk.user_id
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", PASSWORD)
    assert "password_changed" in actions(services, "user", clerk.user_id)


def test_login_works_with_the_production_hasher(services, production_hashing):
    # GIVEN the hasher the program ships with: argon2id at the library's recommended costs
    recommended = argon2.profiles.get_default_parameters()
    assert production_hashing.time_cost == recommended.time_cost
    assert production_hashing.memory_cost == recommended.memory_cost
    assert production_hashing.parallelism == recommended.parallelism
    # WHEN the administrator and a clerk are made and log in
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    make_user(services, admin, Role.CLERK)
    # THEN their passwords are stored at those costs and open the door, a wrong one not
    costs = f"m={recommended.memory_cost},t={recommended.time_cost},p={recommended.parallelism}"
    assert stored_user(services, "clerk").password_hash.startswith(f"$argon2id$v=19${costs}$")
    assert services.accounts.login("clerk", PASSWORD).username == "clerk"
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", "not-it")


def test_passwords_are_stored_as_argon2id_hashes(services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    first = stored_user(services, "clerk").password_hash
    services.accounts.reset_password(admin, clerk.user_id, "second-secret")
    second = stored_user(services, "clerk").password_hash

    for stored, plain in ((first, PASSWORD), (second, "second-secret")):
        assert stored.startswith("$argon2id$")
        assert plain not in stored
    assert stored_user(services, "admin").password_hash.startswith("$argon2id$")
    # Salted: the same password twice gives different hashes.
    make_user(services, admin, Role.CLERK, "clerk2")
    assert stored_user(services, "clerk2").password_hash != first


# -- users ---------------------------------------------------------------------


def test_admin_creates_a_user(services, admin):
    desk = services.accounts.list_departments()[0]

    info = services.accounts.create_user(
        admin,
        username="li",
        display_name="李建国",
        role="supervisor",
        password=PASSWORD,
        department_id=desk.id,
    )

    assert (info.username, info.display_name, info.role) == ("li", "李建国", Role.SUPERVISOR)
    assert (info.department_id, info.department_name, info.active) == (desk.id, desk.name, True)
    assert [u.username for u in services.accounts.list_users(admin)] == ["admin", "li"]
    (created,) = history(services.ctx, "user", info.id)
    assert (created.action, created.actor_id, created.actor_name) == (
        "create",
        admin.user_id,
        "admin",
    )
    assert created.new_values == {
        "username": "li",
        "display_name": "李建国",
        "role": "supervisor",
        "department_id": desk.id,
        "active": True,
    }


def test_create_user_refuses_bad_input(services, admin):
    with pytest.raises(ValidationError) as role:
        services.accounts.create_user(
            admin, username="x", display_name="X", role="boss", password=PASSWORD
        )
    with pytest.raises(NotFound):
        services.accounts.create_user(
            admin,
            username="x",
            display_name="X",
            role="clerk",
            password=PASSWORD,
            department_id=999,
        )
    assert role.value.field == "role"
    assert [u.username for u in services.accounts.list_users(admin)] == ["admin"]


def test_duplicate_user_name_is_refused(services, admin):
    make_user(services, admin, Role.CLERK)
    with pytest.raises(Conflict) as error:
        services.accounts.create_user(
            admin, username="clerk", display_name="另一个", role=Role.CLERK, password=PASSWORD
        )
    assert error.value.field == "username"
    assert len(services.accounts.list_users(admin)) == 2


def test_admin_updates_a_user_and_only_changes_are_audited(services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    engineering = next(d for d in services.accounts.list_departments() if d.name == "工程部")

    info = services.accounts.update_user(
        admin,
        clerk.user_id,
        display_name="张志强",
        role=Role.SUPERVISOR,
        department_id=engineering.id,
    )

    assert (info.display_name, info.role, info.department_name) == (
        "张志强",
        Role.SUPERVISOR,
        "工程部",
    )
    update = history(services.ctx, "user", clerk.user_id)[-1]
    assert update.action == "update" and update.actor_id == admin.user_id
    assert update.old_values == {"display_name": "clerk-名", "role": "clerk", "department_id": None}
    assert update.new_values == {
        "display_name": "张志强",
        "role": "supervisor",
        "department_id": engineering.id,
    }
    # The new role is what the next login sees.
    assert services.accounts.login("clerk", PASSWORD).role == Role.SUPERVISOR

    # Saving the same values again records nothing.
    count = len(history(services.ctx, "user", clerk.user_id))
    services.accounts.update_user(
        admin, clerk.user_id, display_name="张志强", role="supervisor", department_id=engineering.id
    )
    assert len(history(services.ctx, "user", clerk.user_id)) == count


def test_unknown_user_is_not_found(services, admin):
    with pytest.raises(NotFound):
        services.accounts.update_user(
            admin, 999, display_name="X", role="clerk", department_id=None
        )
    with pytest.raises(NotFound):
        services.accounts.set_user_active(admin, 999, False)


def test_admin_cannot_disable_themselves(services, admin):
    make_user(services, admin, Role.ADMIN, "admin2")  # even with another admin around
    with pytest.raises(ValidationError):
        services.accounts.set_user_active(admin, admin.user_id, False)
    assert services.accounts.login("admin", PASSWORD).user_id == admin.user_id


def test_the_last_active_admin_cannot_be_demoted_or_disabled(services, admin):
    with pytest.raises(ValidationError):
        services.accounts.update_user(
            admin, admin.user_id, display_name="管理员", role=Role.CLERK, department_id=None
        )
    assert services.accounts.login("admin", PASSWORD).role == Role.ADMIN

    # With a second admin, one of them may go, but then the other must stay.
    second = make_user(services, admin, Role.ADMIN, "admin2")
    services.accounts.set_user_active(admin, second.user_id, False)
    with pytest.raises(ValidationError):
        services.accounts.update_user(
            admin, admin.user_id, display_name="管理员", role=Role.MANAGER, department_id=None
        )
    services.accounts.set_user_active(admin, second.user_id, True)
    services.accounts.update_user(
        second, admin.user_id, display_name="管理员", role=Role.MANAGER, department_id=None
    )
    with pytest.raises(ValidationError):
        services.accounts.set_user_active(second, second.user_id, False)
    with pytest.raises(ValidationError):
        services.accounts.update_user(
            second, second.user_id, display_name="admin2", role=Role.CLERK, department_id=None
        )
    roles = {u.username: (u.role, u.active) for u in services.accounts.list_users(second)}
    assert roles == {"admin": (Role.MANAGER, True), "admin2": (Role.ADMIN, True)}


# -- departments ---------------------------------------------------------------


def test_a_new_database_has_the_five_departments(services):
    assert [d.name for d in services.accounts.list_departments()] == SEED_DEPARTMENTS


def test_admin_creates_renames_and_disables_departments(services, admin):
    created = services.accounts.save_department(admin, None, name=" 绿化组 ", phone="8001")
    assert (created.name, created.phone, created.active) == ("绿化组", "8001", True)
    assert [d.name for d in services.accounts.list_departments()][-1] == "绿化组"

    renamed = services.accounts.save_department(admin, created.id, name="绿化部", phone="8001")
    assert renamed.name == "绿化部"
    services.accounts.set_department_active(admin, created.id, False)

    assert "绿化部" not in [d.name for d in services.accounts.list_departments()]
    everything = services.accounts.list_departments(include_inactive=True)
    assert [(d.name, d.active) for d in everything if d.id == created.id] == [("绿化部", False)]
    trail = [
        (e.action, e.old_values, e.new_values, e.actor_id)
        for e in history(services.ctx, "department", created.id)
    ]
    assert trail == [
        ("create", None, {"name": "绿化组", "phone": "8001"}, admin.user_id),
        ("update", {"name": "绿化组"}, {"name": "绿化部"}, admin.user_id),
        ("disable", {"active": True}, {"active": False}, admin.user_id),
    ]


def test_duplicate_department_name_is_refused(services, admin):
    with pytest.raises(Conflict) as on_create:
        services.accounts.save_department(admin, None, name="工程部")
    other = services.accounts.save_department(admin, None, name="绿化部")
    with pytest.raises(Conflict) as on_rename:
        services.accounts.save_department(admin, other.id, name="安全部")
    assert on_create.value.field == on_rename.value.field == "name"
    names = [d.name for d in services.accounts.list_departments(include_inactive=True)]
    assert sorted(names) == sorted([*SEED_DEPARTMENTS, "绿化部"])
    # Saving a department under its own name is not a clash.
    services.accounts.save_department(admin, other.id, name="绿化部", phone="123")


# -- roles ---------------------------------------------------------------------

ADMIN_ONLY = {
    "list_users": lambda acc, actor, uid: acc.list_users(actor),
    "create_user": lambda acc, actor, uid: acc.create_user(
        actor, username="new", display_name="新人", role=Role.CLERK, password=PASSWORD
    ),
    "update_user": lambda acc, actor, uid: acc.update_user(
        actor, uid, display_name="改名", role=Role.ADMIN, department_id=None
    ),
    "set_user_active": lambda acc, actor, uid: acc.set_user_active(actor, uid, False),
    "reset_password": lambda acc, actor, uid: acc.reset_password(actor, uid, "hijacked"),
    "unlock": lambda acc, actor, uid: acc.unlock(actor, uid),
    "save_department": lambda acc, actor, uid: acc.save_department(actor, None, name="新部门"),
    "set_department_active": lambda acc, actor, uid: acc.set_department_active(actor, 1, False),
}


@pytest.mark.parametrize("role", [Role.CLERK, Role.SUPERVISOR, Role.MANAGER])
def test_only_admin_may_administer(services, admin, role):
    actor = make_user(services, admin, role, "someone")
    before = services.accounts.list_users(admin), services.accounts.list_departments(True)

    for name, call in ADMIN_ONLY.items():
        with pytest.raises(PermissionDenied):
            call(services.accounts, actor, admin.user_id)
            pytest.fail(f"{role} may call {name}")

    after = services.accounts.list_users(admin), services.accounts.list_departments(True)
    assert after == before
    assert actions(services, "user", admin.user_id) == ["first_run_admin"]
    # Everyone may read the departments (dispatch needs them).
    assert len(services.accounts.list_departments()) == 5


def test_an_unknown_name_costs_the_same_password_check_as_a_known_one(
    services, admin, clerk, monkeypatch
):
    # GIVEN the password checks the login makes are counted
    checked = []
    real = accounts._verify

    def counting(password_hash, password):
        checked.append(password_hash.split("$")[:4])  # the algorithm and its costs
        return real(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counting)
    # WHEN somebody guesses a known name and an unknown one
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", "wrong-guess")
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("nobody-here", "wrong-guess")
    # THEN both answers come after one argon2 check of the same cost: the time taken
    # does not tell which names exist
    assert len(checked) == 2 and checked[0] == checked[1]


def test_a_password_the_administrator_gave_must_be_changed(services, admin):
    # GIVEN a new account: its password is one the administrator knows
    clerk = make_user(services, admin, Role.CLERK)
    assert services.accounts.must_change_password(clerk)
    assert not services.accounts.must_change_password(admin)  # chose their own at first run
    # WHEN the clerk chooses their own THEN that need ends
    services.accounts.change_own_password(clerk, PASSWORD, "clerk-own-pass")
    assert not services.accounts.must_change_password(clerk)
    # WHEN the administrator resets it THEN it must be changed again
    services.accounts.reset_password(admin, clerk.user_id, "given-again")
    assert services.accounts.must_change_password(clerk)
    users = {user.username: user for user in services.accounts.list_users(admin)}
    assert users["clerk"].must_change_password and not users["admin"].must_change_password
    # and "changing" it to the same one is no change
    with pytest.raises(ValidationError):
        services.accounts.change_own_password(clerk, "given-again", "given-again")
    assert services.accounts.must_change_password(clerk)


def test_two_desks_logging_in_one_user_while_the_hash_is_renewed_both_get_in(
    services, admin, monkeypatch
):
    # GIVEN a clerk whose password was hashed at other costs than the program's now
    make_user(services, admin, Role.CLERK)
    old_hash = stored_user(services, "clerk").password_hash
    monkeypatch.setattr(accounts, "_hasher", PRODUCTION_HASHER)
    accounts._decoy_hash.cache_clear()
    real_verify, other_desk = accounts._verify, []

    def verify_while_the_other_desk_logs_in(password_hash: str, password: str) -> bool:
        if not other_desk:  # the other desk's whole login happens during this check
            other_desk.append(None)
            other_desk[0] = services.accounts.login("clerk", PASSWORD)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", verify_while_the_other_desk_logs_in)
    # WHEN both log in: the other desk stores a renewed hash before this one is done
    actor = services.accounts.login("clerk", PASSWORD)
    # THEN both are in, and the hash is renewed at the program's costs
    assert actor.username == other_desk[0].username == "clerk"
    assert stored_user(services, "clerk").password_hash != old_hash
    assert not PRODUCTION_HASHER.check_needs_rehash(stored_user(services, "clerk").password_hash)
    accounts._decoy_hash.cache_clear()


def test_a_locked_account_says_until_when_in_the_service_center_s_time(services, admin):
    # GIVEN the clock at 09:30 in Beijing (01:30 UTC), whatever the PC's own zone
    make_user(services, admin, Role.CLERK)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("clerk", "not-it")
    # WHEN the fifth failure locks the account THEN it is locked until 09:35 there
    with pytest.raises(AccountLocked) as locked:
        services.accounts.login("clerk", "not-it")
    assert locked.value.params["until"] == "09:35:00"
