"""Settings: defaults, all-or-nothing validation, admin only, audited old → new."""

from __future__ import annotations

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.domain.settings import SETTING_SPECS
from desk_app.services.app import open_services
from desk_app.services.kit.audit import history
from tests.conftest import make_user

DEFAULTS = {spec.key: spec.default for spec in SETTING_SPECS}


def setting_history(services, key: str):
    return [(e.action, e.old_values, e.new_values) for e in history(services.ctx, "setting", key)]


def test_a_new_database_has_the_defaults(services):
    assert services.settings.all() == DEFAULTS
    assert services.settings.get("center.name") == "物业服务中心"
    assert services.settings.get("sla.emergency_onsite_minutes") == 20
    assert services.settings.get("sla.emergency_complete_hours") == 8
    assert services.settings.get("sla.callback_hours") == 24
    assert services.settings.get("sla.callback_max_attempts") == 3
    assert services.settings.get("sla.complaint_resolve_workdays") == 7
    assert services.settings.get("sla.repeat_complaint_hours") == 4
    assert services.settings.get("print.paper") == "a4"


def test_admin_updates_settings_and_values_are_cleaned(services, admin):
    changed = services.settings.update(
        admin,
        {
            "center.name": "  阳光花园物业服务中心 ",
            "sla.callback_hours": "12",
            "print.offset_x_mm": "-1.5",
            "print.paper": "continuous",
        },
    )

    expected = {
        "center.name": "阳光花园物业服务中心",
        "sla.callback_hours": 12,
        "print.offset_x_mm": -1.5,
        "print.paper": "continuous",
    }
    assert changed == expected
    assert services.settings.all() == {**DEFAULTS, **expected}
    assert services.settings.get("sla.callback_hours") == 12


def test_changes_are_audited_old_to_new(services, admin):
    services.settings.update(admin, {"center.name": "阳光花园", "sla.warning_minutes": 30})
    services.settings.update(admin, {"center.name": "阳光花园物业服务中心"})

    events = history(services.ctx, "setting", "center.name")
    assert [(e.action, e.actor_id, e.actor_name) for e in events] == [
        ("update", admin.user_id, "admin"),
        ("update", admin.user_id, "admin"),
    ]
    assert setting_history(services, "center.name") == [
        ("update", {"value": "物业服务中心"}, {"value": "阳光花园"}),
        ("update", {"value": "阳光花园"}, {"value": "阳光花园物业服务中心"}),
    ]
    assert setting_history(services, "sla.warning_minutes") == [
        ("update", {"value": 60}, {"value": 30})
    ]


def test_unchanged_values_write_no_audit_event(services, admin):
    # Saving the settings screen as it is: the defaults again, nothing changed.
    assert services.settings.update(admin, DEFAULTS) == {}
    services.settings.update(admin, {"sla.callback_hours": 12})

    changed = services.settings.update(admin, {"sla.callback_hours": "12", "print.paper": "a4"})

    assert changed == {}
    assert all(
        setting_history(services, key) == [] for key in DEFAULTS if key != "sla.callback_hours"
    )
    assert len(setting_history(services, "sla.callback_hours")) == 1


def test_one_bad_value_stores_nothing(services, admin):
    # GIVEN a form with good values and one out of range
    values = {
        "center.name": "阳光花园物业服务中心",
        "sla.emergency_onsite_minutes": 15,
        "sla.callback_max_attempts": 11,
    }

    # WHEN it is saved
    with pytest.raises(ValidationError) as error:
        services.settings.update(admin, values)

    # THEN the error names the bad field and nothing at all was stored or audited
    assert error.value.field == "sla.callback_max_attempts"
    assert services.settings.all() == DEFAULTS
    assert all(setting_history(services, key) == [] for key in DEFAULTS)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("sla.emergency_onsite_minutes", 0),
        ("sla.emergency_onsite_minutes", 24 * 60 + 1),
        ("sla.callback_max_attempts", 11),
        ("sla.warning_minutes", -1),
        ("print.offset_x_mm", 20.5),
        ("print.offset_y_mm", "-21"),
        ("print.offset_y_mm", "nan"),
        ("sla.callback_hours", "twelve"),
        ("sla.callback_hours", None),
        ("print.paper", "letter"),
        ("ui.language", "fr"),
        ("center.name", "中" * 61),
        ("center.phone", "1" * 41),
    ],
)
def test_invalid_values_are_refused_naming_the_field(services, admin, key, value):
    with pytest.raises(ValidationError) as error:
        services.settings.update(admin, {key: value})
    assert error.value.field == key
    assert error.value.message  # a readable sentence for the CLI and logs
    assert services.settings.get(key) == DEFAULTS[key]


def test_limits_themselves_are_accepted(services, admin):
    limits = {
        "sla.emergency_onsite_minutes": 1,
        "sla.callback_max_attempts": 10,
        "print.offset_x_mm": -20,
        "print.offset_y_mm": 20,
        "center.name": "中" * 60,
        "ui.language": "en",
    }
    services.settings.update(admin, limits)
    assert services.settings.all() == {**DEFAULTS, **limits}


def test_unknown_setting_is_refused(services, admin):
    with pytest.raises(ValidationError):
        services.settings.update(admin, {"center.name": "新名字", "no.such.key": 1})
    assert services.settings.get("center.name") == DEFAULTS["center.name"]


@pytest.mark.parametrize("role", [Role.CLERK, Role.SUPERVISOR, Role.MANAGER])
def test_only_admin_may_change_settings(services, admin, role):
    actor = make_user(services, admin, role)
    with pytest.raises(PermissionDenied):
        services.settings.update(actor, {"center.name": "被改了"})
    assert services.settings.all() == DEFAULTS
    assert setting_history(services, "center.name") == []


def test_settings_survive_reopening_the_database(db_url, admin, services):
    services.settings.update(admin, {"center.address": "阳光花园 1 号楼", "print.offset_x_mm": 2.5})
    reopened = open_services(db_url)
    try:
        assert reopened.settings.get("center.address") == "阳光花园 1 号楼"
        assert reopened.settings.get("print.offset_x_mm") == 2.5
    finally:
        reopened.close()


def test_seeded_settings_are_audited_as_the_system(services):
    services.settings.seed({"center.name": "阳光花园物业服务中心"})
    assert services.settings.get("center.name") == "阳光花园物业服务中心"
    (event,) = history(services.ctx, "setting", "center.name")
    assert (event.actor_id, event.actor_name) == (None, "system")
