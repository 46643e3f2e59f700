"""Roles and what each may do (DESIGN.md, "Roles"). Checked in the services."""

from __future__ import annotations

import enum

from desk_app.domain.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


class Permission(enum.StrEnum):
    LOG_WORK = "log_work"  # contacts, work orders, complaints, card requests, printing
    EDIT_OWN = "edit_own"
    VOID = "void"
    SIGN_DAY = "sign_day"
    APPROVE = "approve"
    SEE_FULL_ID = "see_full_id"
    EXPORT = "export"
    CLOSE_MAJOR = "close_major"
    COMPANY_REPORTS = "company_reports"
    ADMINISTER = "administer"  # users, departments, settings, backups


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.LOG_WORK: QT_TRANSLATE_NOOP("Roles", "log and print front-desk work"),
    Permission.EDIT_OWN: QT_TRANSLATE_NOOP("Roles", "edit their own open records"),
    Permission.VOID: QT_TRANSLATE_NOOP("Roles", "void records"),
    Permission.SIGN_DAY: QT_TRANSLATE_NOOP("Roles", "sign the daily log"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("Roles", "approve requests and resolutions"),
    Permission.SEE_FULL_ID: QT_TRANSLATE_NOOP("Roles", "see full ID numbers"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Roles", "export data"),
    Permission.CLOSE_MAJOR: QT_TRANSLATE_NOOP("Roles", "close major complaints"),
    Permission.COMPANY_REPORTS: QT_TRANSLATE_NOOP("Roles", "run company reports"),
    Permission.ADMINISTER: QT_TRANSLATE_NOOP("Roles", "manage users, departments and settings"),
}

_DESK = {Permission.LOG_WORK, Permission.EDIT_OWN}
_SUPERVISOR = _DESK | {
    Permission.VOID,
    Permission.SIGN_DAY,
    Permission.APPROVE,
    Permission.SEE_FULL_ID,
    Permission.EXPORT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_DESK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(_SUPERVISOR | {Permission.CLOSE_MAJOR, Permission.COMPANY_REPORTS}),
    Role.ADMIN: frozenset({Permission.ADMINISTER}),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
