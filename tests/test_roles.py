"""The permission matrix of docs/domain.md ("The desk and its people"), as the services
enforce it."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.roles import Permission, Role, has_permission
from desk_app.services.context import Actor, require

P = Permission
DESK = {P.LOG_WORK, P.VIEW_RECORDS, P.EDIT_OWN}
SUPERVISOR = DESK | {
    P.VOID,
    P.CANCEL,
    P.SIGN_DAY,
    P.REVIEW,
    P.APPROVE,
    P.SEE_FULL_ID,
    P.EXPORT,
    P.IMPORT_REGISTER,
    P.CLOSE_MAJOR_ORDER,
    P.MAINTAIN_BLOCK_LIST,  # issue 13: the visitor block list
    P.PURGE_PERSONAL_DATA,  # issue 13: visitors' data past its retention
}

# From the table in docs/domain.md, with the decisions written down in domain.roles.
MATRIX: dict[Role, set[Permission]] = {
    Role.CLERK: DESK,
    Role.SUPERVISOR: SUPERVISOR,
    Role.MANAGER: SUPERVISOR | {P.CLOSE_MAJOR, P.COMPANY_REPORTS},
    Role.ADMIN: {P.ADMINISTER, P.IMPORT_REGISTER, P.MAINTAIN_BLOCK_LIST},
}


def actor(role: Role) -> Actor:
    return Actor(user_id=1, username=role.value, display_name="测试", role=role)


def test_matrix_covers_every_role_and_permission():
    assert set(MATRIX) == set(Role)
    assert set().union(*MATRIX.values()) == set(Permission)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_permission_matrix(role, permission):
    allowed = permission in MATRIX[role]
    assert has_permission(role, permission) is allowed
    assert has_permission(role.value, permission) is allowed  # as stored in the database
    assert actor(role).can(permission) is allowed
    if allowed:
        require(actor(role), permission)
    else:
        with pytest.raises(PermissionDenied):
            require(actor(role), permission)


def test_clerk_logs_work_but_cannot_void_sign_or_approve():
    clerk = actor(Role.CLERK)
    assert clerk.can(P.LOG_WORK) and clerk.can(P.EDIT_OWN) and clerk.can(P.VIEW_RECORDS)
    for permission in (P.VOID, P.CANCEL, P.SIGN_DAY, P.REVIEW, P.APPROVE, P.SEE_FULL_ID, P.EXPORT):
        assert not clerk.can(permission)


def test_supervisor_cannot_close_major_complaints():
    supervisor = actor(Role.SUPERVISOR)
    assert supervisor.can(P.VOID) and supervisor.can(P.SEE_FULL_ID)
    assert not supervisor.can(P.CLOSE_MAJOR)
    assert not supervisor.can(P.COMPANY_REPORTS)


def test_admin_administers_imports_the_roster_and_keeps_the_block_list_only():
    admin = actor(Role.ADMIN)
    assert admin.can(P.ADMINISTER)
    assert {p for p in Permission if admin.can(p)} == {
        P.ADMINISTER,
        P.IMPORT_REGISTER,
        P.MAINTAIN_BLOCK_LIST,
    }
    assert not admin.can(P.VIEW_RECORDS)


def test_no_business_role_administers():
    for role in (Role.CLERK, Role.SUPERVISOR, Role.MANAGER):
        assert not actor(role).can(P.ADMINISTER)


def test_refusal_names_the_role_and_the_action():
    with pytest.raises(PermissionDenied) as error:
        require(actor(Role.CLERK), P.VOID)
    assert error.value.message == "Your role (Clerk) may not void records."


def test_unknown_role_is_an_error_not_a_permission():
    with pytest.raises(ValueError):
        has_permission("janitor", P.LOG_WORK)
