"""Roles and what each may do (docs/domain.md, "The desk and its people"). Checked in
the services.

The design's table, row by row, and the permissions that carry it out:

| design row                                          | permissions                       |
|-----------------------------------------------------|-----------------------------------|
| log contacts, create work orders ..., print         | LOG_WORK, VIEW_RECORDS            |
| edit own open records                               | EDIT_OWN                          |
| void, sign the daily log, approve                   | VOID, SIGN_DAY, REVIEW, APPROVE,  |
|                                                     | CANCEL, CLOSE_MAJOR_ORDER         |
| see full ID numbers, export resident data           | SEE_FULL_ID, EXPORT               |
| close major complaints, reports for the company     | CLOSE_MAJOR, COMPANY_REPORTS      |
| users, departments, settings, backups               | ADMINISTER                        |

Decisions the table leaves open, taken here:

- VIEW_RECORDS: reading the desk's records — contact entries, work orders, room
  histories, the residents of a room, the room lookup — is part of the desk's work
  (clerk, supervisor, manager). The administrator keeps the system, not the
  residents' files: no lists of residents' phones for that role. The register's
  structure (communities, buildings, units) carries no personal data and stays
  readable to every role.
- IMPORT_REGISTER: the spreadsheet import (and any bulk registration) writes many
  people's data at once: supervisor and manager, and the administrator, who sets
  up a new site by importing its roster.
- REVIEW: ticking an entry as reviewed is the supervisor's daily check (主管每日审核),
  distinct from signing the day, with the same holders.
- CANCEL: a work order no longer wanted. The clerk who opened it may withdraw it
  while it has not been sent anywhere (awaiting its first dispatch: an edit of an
  own open record); once a department has had it, cancelling recalls somebody's
  work and is the supervisor's or manager's call — like voiding, but not voiding
  (voiding says the order was entered in error).
- MAINTAIN_BLOCK_LIST: the visitor block list is kept by the administrator and the
  supervisors (issue 13); PURGE_PERSONAL_DATA, blanking visitors' ID numbers and phones
  past their retention, by a supervisor or manager.
- CLOSE_MAJOR_ORDER: a major (重大) work order came with a plan and the manager
  informed; closing it is signed off by a supervisor or manager, not a clerk.
  (Closing a major *complaint* stays the manager's alone: CLOSE_MAJOR.)

Every refusal names the action: PermissionDenied says "may not <label>", the label
of the permission, or the concrete step where one permission covers several.
"""

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
    VIEW_RECORDS = "view_records"  # read the desk's records and residents' details
    EDIT_OWN = "edit_own"
    VOID = "void"
    CANCEL = "cancel"
    SIGN_DAY = "sign_day"
    REVIEW = "review"
    APPROVE = "approve"
    SEE_FULL_ID = "see_full_id"
    EXPORT = "export"
    IMPORT_REGISTER = "import_register"
    CLOSE_MAJOR_ORDER = "close_major_order"
    CLOSE_MAJOR = "close_major"
    COMPANY_REPORTS = "company_reports"
    ADMINISTER = "administer"  # users, departments, settings, backups
    MAINTAIN_BLOCK_LIST = "maintain_block_list"  # the visitor block list
    PURGE_PERSONAL_DATA = "purge_personal_data"  # blank visitors' data past retention


# Each completes "Your role (…) may not …".
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.LOG_WORK: QT_TRANSLATE_NOOP("Roles", "log and print front-desk work"),
    Permission.VIEW_RECORDS: QT_TRANSLATE_NOOP(
        "Roles", "see the front desk's records and residents' details"
    ),
    Permission.EDIT_OWN: QT_TRANSLATE_NOOP("Roles", "edit their own open records"),
    Permission.VOID: QT_TRANSLATE_NOOP("Roles", "void records"),
    Permission.CANCEL: QT_TRANSLATE_NOOP("Roles", "cancel work orders"),
    Permission.SIGN_DAY: QT_TRANSLATE_NOOP("Roles", "sign the daily log"),
    Permission.REVIEW: QT_TRANSLATE_NOOP("Roles", "review contact log entries"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("Roles", "approve requests and resolutions"),
    Permission.SEE_FULL_ID: QT_TRANSLATE_NOOP("Roles", "see full ID numbers"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Roles", "export data"),
    Permission.IMPORT_REGISTER: QT_TRANSLATE_NOOP("Roles", "import the resident register"),
    Permission.CLOSE_MAJOR_ORDER: QT_TRANSLATE_NOOP("Roles", "close major work orders"),
    Permission.CLOSE_MAJOR: QT_TRANSLATE_NOOP("Roles", "close major complaints"),
    Permission.COMPANY_REPORTS: QT_TRANSLATE_NOOP("Roles", "run company reports"),
    Permission.ADMINISTER: QT_TRANSLATE_NOOP("Roles", "manage users, departments and settings"),
    Permission.MAINTAIN_BLOCK_LIST: QT_TRANSLATE_NOOP("Roles", "maintain the visitor block list"),
    Permission.PURGE_PERSONAL_DATA: QT_TRANSLATE_NOOP(
        "Roles", "blank visitors' personal data past its retention"
    ),
}

# Steps that share a permission but deserve their own words when refused.
ACTION_REOPEN_ORDER = QT_TRANSLATE_NOOP("Roles", "reopen work orders")
ACTION_SETTLE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Roles", "settle callbacks nobody could be reached for"
)
ACTION_AMEND_CALLBACK = QT_TRANSLATE_NOOP("Roles", "amend saved callback results")
ACTION_CANCEL_DISPATCHED = QT_TRANSLATE_NOOP(
    "Roles", "cancel work orders that have been dispatched"
)
ACTION_CANCEL_OTHERS = QT_TRANSLATE_NOOP("Roles", "cancel work orders opened by others")

_DESK = {Permission.LOG_WORK, Permission.VIEW_RECORDS, Permission.EDIT_OWN}
_SUPERVISOR = _DESK | {
    Permission.VOID,
    Permission.CANCEL,
    Permission.SIGN_DAY,
    Permission.REVIEW,
    Permission.APPROVE,
    Permission.SEE_FULL_ID,
    Permission.EXPORT,
    Permission.IMPORT_REGISTER,
    Permission.CLOSE_MAJOR_ORDER,
    Permission.MAINTAIN_BLOCK_LIST,
    Permission.PURGE_PERSONAL_DATA,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset(_DESK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(_SUPERVISOR | {Permission.CLOSE_MAJOR, Permission.COMPANY_REPORTS}),
    Role.ADMIN: frozenset(
        {Permission.ADMINISTER, Permission.IMPORT_REGISTER, Permission.MAINTAIN_BLOCK_LIST}
    ),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


# The monthly overview and the month's archive: the supervisor's and manager's, under
# the permissions of the daily check (REVIEW) and of signing the day (SIGN_DAY).
ACTION_MONTHLY_OVERVIEW = QT_TRANSLATE_NOOP("Roles", "see the monthly overview")
ACTION_CLOSE_MONTH = QT_TRANSLATE_NOOP("Roles", "close a month into the archive")
