"""Users, departments, first-run setup and login with lockout."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    DeskError,
    NotFound,
    ValidationError,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import Department, User
from desk_app.domain.roles import Permission, Role
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 6
UNKNOWN_USER = "unknown_user"  # the audited reason of a login with a name nobody has

_hasher = PasswordHasher()  # argon2id with the library's current recommended costs


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    department_id: int | None
    department_name: str
    active: bool
    locked_until: datetime | None  # set while locked, by the services' clock
    last_login_at: datetime | None
    must_change_password: bool = False  # a password the administrator gave, not yet changed


@dataclass(frozen=True)
class _Claim:
    """A login attempt counted in advance, waiting for its password check."""

    user_id: int
    username: str
    password_hash: str
    count: int  # the failure count including this attempt


class _HashChanged(Exception):
    """The stored hash is no longer the one a login checked its password against."""

    def __init__(self, current: str):
        super().__init__()
        self.current = current


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    phone: str
    sort_order: int
    active: bool


def _user_info(user: User, now: datetime) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        department_id=user.department_id,
        department_name=user.department.name if user.department else "",
        active=user.active,
        locked_until=user.locked_until if user.locked_until and user.locked_until > now else None,
        last_login_at=user.last_login_at,
        must_change_password=user.must_change_password,
    )


def _department_info(dept: Department) -> DepartmentInfo:
    return DepartmentInfo(dept.id, dept.name, dept.phone, dept.sort_order, dept.active)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def _user_snapshot(user: User) -> dict:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "department_id": user.department_id,
        "active": user.active,
    }


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password needs at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )


def _clean_username(username: str) -> str:
    name = inputs.line(username, "username", None)
    if not name or len(name) > inputs.limits.NAME or any(ch.isspace() for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name must be 1–40 characters without spaces."),
            field="username",
        )
    return name


def _clean_display_name(display_name: str) -> str:
    text = inputs.line(display_name, "display_name", None)
    if not text or len(text) > inputs.limits.NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the person's name (at most 40 characters)."),
            field="display_name",
        )
    return text


class AccountService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- first run and login -------------------------------------------------

    def needs_first_run(self) -> bool:
        with self.ctx.db.read() as session:
            return session.scalar(select(func.count(User.id))) == 0

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """Create the administrator of a new database; refused once any user exists."""
        username = _clean_username(username)
        display_name = _clean_display_name(display_name)
        check_password(password)
        with self.ctx.db.write() as session:
            if session.scalar(select(func.count(User.id))):
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The administrator has already been created.")
                )
            user = self._add_user(session, username, display_name, Role.ADMIN, password, None)
            audit.record(
                session,
                self.ctx,
                None,
                "first_run_admin",
                "user",
                user.id,
                new=_user_snapshot(user),
                actor_name=username,
            )
            return _actor(user)

    def login(self, username: str, password: str) -> Actor:
        """Check the password; five failures in a row lock the account for five minutes.

        Three steps, so that no write lock is held while argon2 works (~0.1 s) and a
        desk saving meanwhile does not wait for somebody's login:

        1. claim an attempt, the user's row locked: a disabled or locked account is
           refused at once; otherwise the attempt is counted as a failure in advance,
           and the claim that reaches MAX_FAILED_LOGINS locks the account. However
           many guesses arrive in parallel, at most that many get a password check.
        2. check the password, outside any transaction;
        3. record the outcome: a success clears the count and the lock.
        """
        try:
            claim = self._claim_attempt(username)
        except AuthenticationFailed:
            # An unknown name costs the same password check as a known one, so that
            # the time of the answer does not tell which user names exist.
            _verify(_decoy_hash(), password)
            raise
        if not _verify(claim.password_hash, password):
            self._record_failure(claim)
        new_hash = None
        if _hasher.check_needs_rehash(claim.password_hash):  # hashed before the write begins
            new_hash = _hasher.hash(password)
        try:
            return self._record_success(claim, new_hash)
        except _HashChanged as changed:
            # Another desk's login of the same user stored a fresh hash of the same
            # password meanwhile, or the administrator reset it: the password decides.
            if not _verify(changed.current, password):
                raise AuthenticationFailed() from None
            claim = _Claim(claim.user_id, claim.username, changed.current, claim.count)
            return self._record_success(claim, None)

    def _claim_attempt(self, username: str) -> _Claim:
        now = self.ctx.now()
        name = _typed_username(username)
        failure: DeskError | None = None
        entity: int | str  # the user's id, or "-" for a name no user has
        with self.ctx.db.write() as session:
            user = None
            if name is not None:
                user = session.scalar(
                    select(User).where(User.username == name).with_for_update(key_share=True)
                )
            if user is not None and user.locked_until is not None and user.locked_until <= now:
                user.locked_until = None  # an expired lock starts a fresh count
                user.failed_logins = 0
            if user is None:
                # Only that the name was unknown: people type their password here.
                failure, entity, reason, who = AuthenticationFailed(), "-", UNKNOWN_USER, "?"
            elif not user.active:
                failure, entity, reason, who = AccountDisabled(), user.id, "disabled", user.username
            elif user.locked_until is not None:
                failure = AccountLocked(until=self._clock_text(user.locked_until))
                entity, reason, who = user.id, "locked", user.username
            else:
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                claim = _Claim(user.id, user.username, user.password_hash, user.failed_logins)
            if failure is not None:
                # Refused before any password check; still a failed login to audit.
                audit.record(
                    session,
                    self.ctx,
                    None,
                    "login_failed",
                    "user",
                    entity,
                    reason=reason,
                    actor_name=who,
                )
        if failure is not None:
            raise failure
        return claim

    def _record_failure(self, claim: _Claim) -> NoReturn:
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            # Users are never deleted: the claimed one is there.
            user = session.get_one(User, claim.user_id, with_for_update={"key_share": True})
            action = "login_failed"
            failure: DeskError = AuthenticationFailed()
            # Still at the limit (no success in between): locked from this failure on.
            if claim.count >= MAX_FAILED_LOGINS and user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                action = "account_locked"
                failure = AccountLocked(until=self._clock_text(user.locked_until))
            audit.record(
                session,
                self.ctx,
                None,
                action,
                "user",
                user.id,
                new={"failed_logins": claim.count},
                actor_name=claim.username,
            )
        raise failure

    def _record_success(self, claim: _Claim, new_hash: str | None) -> Actor:
        now = self.ctx.now()
        failure: Exception | None = None
        with self.ctx.db.write() as session:
            # Users are never deleted: the claimed one is there.
            user = session.get_one(User, claim.user_id, with_for_update={"key_share": True})
            if not user.active:  # disabled while the password was being checked
                failure = AccountDisabled()
            elif user.password_hash != claim.password_hash:  # rehashed or reset meanwhile
                failure = _HashChanged(user.password_hash)
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                if new_hash is not None:
                    user.password_hash = new_hash
                actor = _actor(user)
                audit.record(session, self.ctx, actor, "login", "user", user.id)
        if failure is not None:
            raise failure
        return actor

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """The user's own new password; ends the need to change one given to them."""
        check_password(new_password)
        if new_password == old_password:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose a password other than the current one."),
                field="password",
            )
        with self.ctx.db.write() as session:
            user = self._get_user(session, actor.user_id)
            if not _verify(user.password_hash, old_password):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
                    field="old_password",
                )
            user.password_hash = _hasher.hash(new_password)
            user.must_change_password = False
            audit.record(session, self.ctx, actor, "password_changed", "user", user.id)

    def must_change_password(self, actor: Actor) -> bool:
        """Whether the actor's password is still the one the administrator gave
        (a new account, a reset): the window asks for a new one before anything else."""
        with self.ctx.db.read() as session:
            return bool(
                session.scalar(select(User.must_change_password).where(User.id == actor.user_id))
            )

    # -- users (admin) ---------------------------------------------------------

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.read() as session:
            users = session.scalars(select(User).order_by(User.active.desc(), User.username))
            return [_user_info(user, self.ctx.now()) for user in users]

    def create_user(
        self,
        actor: Actor,
        *,
        username: str,
        display_name: str,
        role: Role | str,
        password: str,
        department_id: int | None = None,
        must_change_password: bool = True,
    ) -> UserInfo:
        """A new account; its user changes the given password at the first login
        unless ``must_change_password`` is False (the demo's known password)."""
        require(actor, Permission.ADMINISTER)
        username = _clean_username(username)
        display_name = _clean_display_name(display_name)
        role = _clean_role(role)
        check_password(password)
        with self.ctx.db.write() as session:
            if session.scalar(select(User.id).where(User.username == username)):
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The user name {name} is taken."),
                    field="username",
                    name=username,
                )
            if department_id is not None:
                self._get_department(session, department_id)
            user = self._add_user(session, username, display_name, role, password, department_id)
            user.must_change_password = must_change_password
            audit.record(
                session, self.ctx, actor, "create", "user", user.id, new=_user_snapshot(user)
            )
            return _user_info(user, self.ctx.now())

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        *,
        display_name: str,
        role: Role | str,
        department_id: int | None,
    ) -> UserInfo:
        require(actor, Permission.ADMINISTER)
        display_name = _clean_display_name(display_name)
        role = _clean_role(role)
        with self.ctx.db.write() as session:
            user = self._get_user(session, user_id)
            if department_id is not None:
                self._get_department(session, department_id)
            if user.role == Role.ADMIN and role != Role.ADMIN:
                self._keep_one_admin(session, user)
            before = _user_snapshot(user)
            user.display_name, user.role, user.department_id = display_name, role, department_id
            session.flush()
            old, new = audit.changed_fields(before, _user_snapshot(user))
            if new:
                audit.record(session, self.ctx, actor, "update", "user", user.id, old=old, new=new)
            session.refresh(user)
            return _user_info(user, self.ctx.now())

    def set_user_active(self, actor: Actor, user_id: int, active: bool, reason: str = "") -> None:
        """Disable or re-enable an account; accounts are never deleted."""
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.write() as session:
            user = self._get_user(session, user_id)
            if not active:
                if user.id == actor.user_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account.")
                    )
                if user.role == Role.ADMIN:
                    self._keep_one_admin(session, user)
            if user.active == active:
                return
            user.active = active
            audit.record(
                session,
                self.ctx,
                actor,
                "enable" if active else "disable",
                "user",
                user.id,
                old={"active": not active},
                new={"active": active},
                reason=inputs.text(reason, "reason"),
            )

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        require(actor, Permission.ADMINISTER)
        check_password(new_password)
        with self.ctx.db.write() as session:
            user = self._get_user(session, user_id)
            user.password_hash = _hasher.hash(new_password)
            user.failed_logins = 0
            user.locked_until = None
            # Known to the administrator now: its user chooses another at the next login.
            user.must_change_password = user.id != actor.user_id
            audit.record(session, self.ctx, actor, "password_reset", "user", user.id)

    def unlock(self, actor: Actor, user_id: int) -> None:
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.write() as session:
            user = self._get_user(session, user_id)
            if user.locked_until is None and user.failed_logins == 0:
                return
            user.failed_logins = 0
            user.locked_until = None
            audit.record(session, self.ctx, actor, "unlock", "user", user.id)

    def staff(self) -> list[tuple[int, str]]:
        """(id, name) of every active desk user, for pickers and filters (any role)."""
        with self.ctx.db.read() as session:
            query = (
                select(User.id, User.display_name)
                .where(User.active.is_(True), User.role != Role.ADMIN.value)
                .order_by(User.display_name)
            )
            return [(row.id, row.display_name) for row in session.execute(query)]

    # -- departments -------------------------------------------------------------

    def list_departments(self, include_inactive: bool = False) -> list[DepartmentInfo]:
        """Any logged-in user may read the list (dispatch needs it)."""
        with self.ctx.db.read() as session:
            query = select(Department).order_by(Department.sort_order, Department.id)
            if not include_inactive:
                query = query.where(Department.active.is_(True))
            return [_department_info(dept) for dept in session.scalars(query)]

    def save_department(
        self, actor: Actor, department_id: int | None, *, name: str, phone: str = ""
    ) -> DepartmentInfo:
        """Create (``department_id`` None) or rename/rephone a department."""
        require(actor, Permission.ADMINISTER)
        name = inputs.line(name, "name", None, label=inputs.limits.DEPARTMENT_NAME)
        if not name or len(name) > inputs.limits.NAME:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Enter the department's name (at most 40 characters)."),
                field="name",
            )
        phone = inputs.line(phone, "phone", inputs.limits.PHONE_INPUT)
        if not (phone.isdigit() and phone.isascii() and len(phone) <= 6):  # or extension 8001
            phone = inputs.optional_phone(phone, "phone")
        with self.ctx.db.write() as session:
            clash = session.scalar(select(Department).where(Department.name == name))
            if clash is not None and clash.id != department_id:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "A department named {name} already exists."),
                    field="name",
                    name=name,
                )
            if department_id is None:
                order = session.scalar(select(func.max(Department.sort_order))) or 0
                dept = Department(name=name, phone=phone, sort_order=order + 1, active=True)
                session.add(dept)
                session.flush()
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "create",
                    "department",
                    dept.id,
                    new={"name": name, "phone": phone},
                )
            else:
                dept = self._get_department(session, department_id)
                old, new = audit.changed_fields(
                    {"name": dept.name, "phone": dept.phone}, {"name": name, "phone": phone}
                )
                dept.name, dept.phone = name, phone
                if new:
                    audit.record(
                        session, self.ctx, actor, "update", "department", dept.id, old=old, new=new
                    )
            return _department_info(dept)

    def set_department_active(self, actor: Actor, department_id: int, active: bool) -> None:
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.write() as session:
            dept = self._get_department(session, department_id)
            if dept.active == active:
                return
            dept.active = active
            audit.record(
                session,
                self.ctx,
                actor,
                "enable" if active else "disable",
                "department",
                dept.id,
                old={"active": not active},
                new={"active": active},
            )

    # -- helpers -----------------------------------------------------------------

    def _clock_text(self, moment: datetime) -> str:
        """The time of day at the service center (its zone, not the PC's)."""
        return self.ctx.local(moment).strftime("%H:%M:%S")

    def _add_user(
        self,
        session: Session,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        department_id: int | None,
    ) -> User:
        user = User(
            username=username,
            display_name=display_name,
            password_hash=_hasher.hash(password),
            role=role.value,
            department_id=department_id,
            active=True,
            failed_logins=0,
            must_change_password=False,
            created_at=self.ctx.now(),
        )
        session.add(user)
        session.flush()
        return user

    @staticmethod
    def _get_user(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user with number {id}."), id=user_id)
        return user

    @staticmethod
    def _get_department(session: Session, department_id: int) -> Department:
        dept = session.get(Department, department_id)
        if dept is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No department with number {id}."), id=department_id
            )
        return dept

    @staticmethod
    def _keep_one_admin(session: Session, leaving: User) -> None:
        others = session.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.id != leaving.id
            )
        )
        if not others:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "At least one active administrator must remain.")
            )


def _clean_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown role {role}."), field="role", role=role
        ) from None


@cache
def _decoy_hash() -> str:
    """A hash of no password anybody has, with the costs of the real ones."""
    return _hasher.hash(secrets.token_urlsafe(16))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError, UnicodeEncodeError):
        return False  # a lone surrogate cannot be anybody's password


def _typed_username(username: str) -> str | None:
    """The name to look up, or None for text no user name can be (NUL, a lone
    surrogate, too long): asking the database about it would only fail below us."""
    name = username.strip()
    if not name or len(name) > 40 or "\x00" in name:
        return None
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return name
