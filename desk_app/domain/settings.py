"""The settings a service center can change, with their types, limits and defaults.

One table of specs drives validation in the service, the settings screen and the
demo data, so a new setting is added in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.personal import normalize_phone
from desk_app.domain.text_input import clean_line


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str  # English source text, context "Settings"
    kind: type  # str, int or float
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 200
    phone: bool = False  # a phone number, stored as every phone is
    clock_time: bool = False  # a time of day, HH:MM

    def coerce(self, value: Any) -> Any:
        """The stored form of ``value``, or ValidationError naming this setting."""
        if self.kind is str:
            label = Tr("Settings", self.label)
            text = clean_line(value, self.key, self.max_length, label=label)
            if self.phone and text:
                return normalize_phone(text, field=self.key)
            if self.clock_time and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", text):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{label}: enter a time such as 22:00."),
                    field=self.key,
                    label=label,
                )
            if self.choices and text not in self.choices:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{label}: choose one of {choices}."),
                    field=self.key,
                    label=Tr("Settings", self.label),
                    choices=", ".join(self.choices),
                )
            return text
        try:
            number = self.kind(value)
            if number != number:  # NaN passes every range check and is not valid JSON
                raise ValueError(value)
        except (TypeError, ValueError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: enter a number."),
                field=self.key,
                label=Tr("Settings", self.label),
            ) from None
        if (self.minimum is not None and number < self.minimum) or (
            self.maximum is not None and number > self.maximum
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label}: enter a value from {low} to {high}."),
                field=self.key,
                label=Tr("Settings", self.label),
                low=self.minimum,
                high=self.maximum,
            )
        return number


PAPER_PROFILES = ("a4", "continuous")
# Which parts of the work-order slip (1 desk stub, 2 department, 3 resident) print
# the resident's phone masked. The department's technician calls ahead, so by
# default only the receipt that goes home with the resident is masked.
PHONE_MASKING: dict[str, frozenset[int]] = {
    "receipt": frozenset({3}),
    "department_and_receipt": frozenset({2, 3}),
    "none": frozenset(),
}
CARD_READERS = ("decimal", "hex")  # domain.cards.READERS
LANGUAGES = ("auto", "zh_CN", "en")  # auto: Chinese unless the system locale is another language


SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "center.name",
        QT_TRANSLATE_NOOP("Settings", "Service center name"),
        str,
        "物业服务中心",
        max_length=60,
    ),
    SettingSpec(
        "center.address", QT_TRANSLATE_NOOP("Settings", "Address"), str, "", max_length=120
    ),
    SettingSpec(
        "center.phone",
        QT_TRANSLATE_NOOP("Settings", "Phone"),
        str,
        "",
        max_length=40,
        phone=True,
    ),
    # 监督电话: where residents take a complaint about the desk itself; on the paper.
    SettingSpec(
        "center.supervision_phone",
        QT_TRANSLATE_NOOP("Settings", "Supervision phone"),
        str,
        "",
        max_length=40,
        phone=True,
    ),
    # Work orders (docs/domain.md, "Work orders"): emergency on site in 20 min, fixed in 8 h.
    SettingSpec(
        "sla.emergency_onsite_minutes",
        QT_TRANSLATE_NOOP("Settings", "Emergency: on site within (minutes)"),
        int,
        20,
        1,
        24 * 60,
    ),
    SettingSpec(
        "sla.emergency_complete_hours",
        QT_TRANSLATE_NOOP("Settings", "Emergency: completed within (hours)"),
        int,
        8,
        1,
        240,
    ),
    SettingSpec(
        "sla.normal_complete_hours",
        QT_TRANSLATE_NOOP("Settings", "Normal: completed within (hours, without appointment)"),
        int,
        48,
        1,
        24 * 30,
    ),
    SettingSpec(
        "sla.warning_minutes",
        QT_TRANSLATE_NOOP("Settings", "Warn before a deadline (minutes)"),
        int,
        60,
        0,
        24 * 60,
    ),
    SettingSpec(
        "sla.callback_hours",
        QT_TRANSLATE_NOOP("Settings", "Callback due after completion (hours)"),
        int,
        24,
        1,
        24 * 7,
    ),
    SettingSpec(
        "sla.callback_max_attempts",
        QT_TRANSLATE_NOOP("Settings", "Callback tries before unreachable"),
        int,
        3,
        1,
        10,
    ),
    # Complaints: reply in 2 days, resolve in 7 working days (consultations 3).
    SettingSpec(
        "sla.complaint_reply_days",
        QT_TRANSLATE_NOOP("Settings", "Complaint: reply within (days)"),
        int,
        2,
        1,
        30,
    ),
    SettingSpec(
        "sla.complaint_resolve_workdays",
        QT_TRANSLATE_NOOP("Settings", "Complaint: resolve within (working days)"),
        int,
        7,
        1,
        60,
    ),
    SettingSpec(
        "sla.consultation_resolve_workdays",
        QT_TRANSLATE_NOOP("Settings", "Consultation: resolve within (working days)"),
        int,
        3,
        1,
        60,
    ),
    SettingSpec(
        "sla.repeat_complaint_hours",
        QT_TRANSLATE_NOOP("Settings", "Repeat complaint escalates within (hours)"),
        int,
        4,
        1,
        72,
    ),
    SettingSpec(
        "sla.followup_overdue_hours",
        QT_TRANSLATE_NOOP("Settings", "Contact follow-up overdue after (hours)"),
        int,
        24,
        1,
        24 * 30,
    ),
    SettingSpec(
        "print.paper",
        QT_TRANSLATE_NOOP("Settings", "Default paper for work orders"),
        str,
        "a4",
        choices=PAPER_PROFILES,
    ),
    SettingSpec(
        "print.offset_x_mm",
        QT_TRANSLATE_NOOP("Settings", "Print offset, horizontal (mm)"),
        float,
        0.0,
        -20,
        20,
    ),
    SettingSpec(
        "print.offset_y_mm",
        QT_TRANSLATE_NOOP("Settings", "Print offset, vertical (mm)"),
        float,
        0.0,
        -20,
        20,
    ),
    SettingSpec(
        "print.mask_phone_parts",
        QT_TRANSLATE_NOOP("Settings", "Phone masked on the slip's parts"),
        str,
        "receipt",
        choices=tuple(PHONE_MASKING),
    ),
    # Access cards (docs/domain.md "Access card requests"): the limit per home, the
    # price list, the documents checked per kind, the terms the resident signs.
    SettingSpec(
        "cards.max_active_per_home",
        QT_TRANSLATE_NOOP("Settings", "Active access cards per home (at most)"),
        int,
        4,
        1,
        50,
    ),
    SettingSpec(
        "cards.reader",
        QT_TRANSLATE_NOOP("Settings", "Card reader at the desk types"),
        str,
        "decimal",
        choices=CARD_READERS,
    ),
    *(
        SettingSpec(f"cards.fee.{kind}", label, float, fee, 0, 1000)
        for kind, label, fee in (
            ("first_issue", QT_TRANSLATE_NOOP("Settings", "Fee per card: first issue"), 0.0),
            ("additional", QT_TRANSLATE_NOOP("Settings", "Fee per card: additional card"), 20.0),
            ("replace_lost", QT_TRANSLATE_NOOP("Settings", "Fee per card: lost card"), 30.0),
            (
                "replace_damaged",
                QT_TRANSLATE_NOOP("Settings", "Fee per card: damaged card"),
                20.0,
            ),
        )
    ),
    *(
        SettingSpec(f"cards.documents.{kind}", label, str, documents)
        for kind, label, documents in (
            (
                "first_issue",
                QT_TRANSLATE_NOOP("Settings", "Documents checked: first issue"),
                "身份证,房产证或租赁合同,业主委托书（代办时）",
            ),
            (
                "additional",
                QT_TRANSLATE_NOOP("Settings", "Documents checked: additional card"),
                "身份证,房产证或租赁合同,业主委托书（代办时）",
            ),
            (
                "replace_lost",
                QT_TRANSLATE_NOOP("Settings", "Documents checked: lost card"),
                "身份证,房产证或租赁合同",
            ),
            (
                "replace_damaged",
                QT_TRANSLATE_NOOP("Settings", "Documents checked: damaged card"),
                "身份证,损坏的卡",
            ),
            (
                "cancel",
                QT_TRANSLATE_NOOP("Settings", "Documents checked: cancelling cards"),
                "身份证,交回的卡",
            ),
        )
    ),
    SettingSpec(
        "cards.terms",
        QT_TRANSLATE_NOOP("Settings", "Terms on the card application form"),
        str,
        "1. 住户卡仅限本户人员使用，不得转借他人；"
        "2. 卡片遗失应立即到服务中心挂失，挂失前造成的损失由持卡人自负；"
        "3. 补办、增办按物业收费标准收取工本费；"
        "4. 租户办卡须经业主同意，租期结束时交回住户卡。",
        max_length=1000,
    ),
    SettingSpec(
        "ui.language",
        QT_TRANSLATE_NOOP("Settings", "Interface language"),
        str,
        "auto",
        choices=LANGUAGES,
    ),
    # Where closed months go (<folder>/YYYY-MM/vN); empty: "archive" in the data folder.
    SettingSpec(
        "archive.folder",
        QT_TRANSLATE_NOOP("Settings", "Archive folder (empty: in the data folder)"),
        str,
        "",
        max_length=260,
    ),
)

# Backups (desk_app.services.backups): the folder ("" = "backups" beside the database
# file, or in the data folder for PostgreSQL), how many daily copies to keep besides
# the first of each month, and an optional second folder (a USB stick).
SETTING_SPECS += (
    SettingSpec(
        "backup.folder",
        QT_TRANSLATE_NOOP("Settings", "Backup folder (empty: beside the database)"),
        str,
        "",
        max_length=260,
    ),
    SettingSpec(
        "backup.keep_days",
        QT_TRANSLATE_NOOP("Settings", "Daily backups kept (besides the first of each month)"),
        int,
        30,
        1,
        366,
    ),
    SettingSpec(
        "backup.second_folder",
        QT_TRANSLATE_NOOP("Settings", "Second backup folder (optional, e.g. a USB stick)"),
        str,
        "",
        max_length=260,
    ),
)


# The visitor register (issue 13).
SETTING_SPECS += (
    SettingSpec(
        "visitors.closing_time",
        QT_TRANSLATE_NOOP("Settings", "Visitors: closing time (HH:MM)"),
        str,
        "22:00",
        max_length=5,
        clock_time=True,
    ),
    SettingSpec(
        "visitors.pass_paper",
        QT_TRANSLATE_NOOP("Settings", "Visitor pass paper"),
        str,
        "a6",
        choices=("a6", "receipt80"),
    ),
    SettingSpec(
        "visitors.retention_days",
        QT_TRANSLATE_NOOP("Settings", "Visitors' ID numbers and phones kept for (days)"),
        int,
        180,
        7,
        3650,
    ),
    SettingSpec(
        "visitors.privacy_notice",
        QT_TRANSLATE_NOOP("Settings", "Privacy notice on the visitor pass"),
        str,
        "您的姓名、电话和证件号码仅用于本次来访登记与安全管理，保存期满后删除，不向第三方提供。",
        max_length=200,
    ),
)

SPECS_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTING_SPECS}
