"""The daily summary (日报 / 交接班表): its figures agree with the records of a demo day,
counted here independently (every row read and judged in Python); the handover notes
are stored and audited; the A4 PDF carries the figures, the notes and the signatures."""

from __future__ import annotations

import io
from collections import Counter
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.cli import main
from desk_app.demo.build import build_demo
from desk_app.domain.contacts import ContactChannel, ContactEntry
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.models import AuditEvent, User
from desk_app.domain.work_orders import WorkOrder, WorkOrderStep
from tests.conftest import PASSWORD, ZONE

OPEN_FOLLOW_UPS = {"open", "following"}
ENDED = {"closed", "cancelled", "voided"}


@pytest.fixture
def demo(services):
    build_demo(services, seed=5, password=PASSWORD, rooms=60, days=4)
    return services


def _login(services, name):
    return services.accounts.login(name, PASSWORD)


def _everything(services):
    with services.db.read() as session:
        entries = list(session.scalars(select(ContactEntry)))
        orders = list(session.scalars(select(WorkOrder)))
        steps = list(session.scalars(select(WorkOrderStep)))
        channels = {c.code: c.label for c in session.scalars(select(ContactChannel))}
    return entries, orders, steps, channels


def test_the_figures_agree_with_the_records_of_a_demo_day(demo):
    supervisor = _login(demo, "supervisor")
    day = demo.ctx.today() - timedelta(days=1)
    summary = demo.daily.summary(supervisor, day)
    entries, orders, steps, channels = _everything(demo)
    now = demo.ctx.now()

    of_day = [e for e in entries if e.day == day]
    kept = [e for e in of_day if not e.voided]
    assert kept, "the demo day has entries"
    assert summary.figure("contacts.total") == len(kept)
    assert summary.figure("contacts.voided") == len(of_day) - len(kept)
    for code, count in Counter(e.channel_code for e in kept).items():
        assert summary.figure(f"contacts.channel.{code}") == count, channels[code]
    for code, count in Counter(e.category for e in kept).items():
        assert summary.figure(f"contacts.category.{code}") == count
    assert summary.figure("contacts.open") == sum(
        1
        for e in entries
        if not e.voided and e.follow_up_status in OPEN_FOLLOW_UPS and e.day <= day
    )

    def local_day(moment):
        return moment.astimezone(ZONE).date()

    steps_of_day = Counter(s.action for s in steps if local_day(s.at) == day)
    assert summary.figure("work_orders.opened") == sum(1 for o in orders if o.day == day)
    assert summary.figure("work_orders.completed") == steps_of_day["complete"]
    assert summary.figure("work_orders.handed_back") == steps_of_day["hand_back"]
    assert summary.figure("work_orders.slips_returned") == steps_of_day["return_slip"]
    assert summary.figure("work_orders.called_back") == steps_of_day["callback"]
    assert summary.figure("work_orders.opened") > 0 and steps_of_day["complete"] > 0
    overdue = [
        o for o in orders if o.due_phase in ("onsite", "complete") and o.due_at and o.due_at < now
    ]
    assert summary.figure("work_orders.overdue") == len(overdue)
    slips_out = [
        o for o in orders if o.completed_at and not o.slip_returned_at and o.status not in ENDED
    ]
    assert summary.figure("work_orders.slips_out") == len(slips_out)
    tomorrow = day + timedelta(days=1)
    assert summary.figure("work_orders.callbacks_tomorrow") == sum(
        1
        for o in orders
        if o.status in ("completed", "slip_returned")
        and o.callback_next_at
        and local_day(o.callback_next_at) == tomorrow
    )
    assert summary.figure("work_orders.open") == sum(
        1 for o in orders if o.status not in ENDED and o.day <= day
    )
    # the lists name what they count
    tables = {t.caption: t for s in summary.sections for t in s.tables}
    assert {row[0] for row in tables["超时派工单"].rows} == {o.serial for o in overdue}
    assert tables["未返单"].total == len(slips_out)
    # who was on duty: everyone who logged, opened or moved something that day
    ids = {e.received_by_id for e in of_day} | {o.created_by_id for o in orders if o.day == day}
    ids |= {s.actor_id for s in steps if local_day(s.at) == day}
    with demo.db.read() as session:
        names = {u.display_name for u in session.scalars(select(User)) if u.id in ids}
    assert set(summary.on_duty) == names and len(summary.on_duty) == len(names)


def test_handover_notes_are_stored_audited_and_printed(demo):
    clerk = _login(demo, "clerk")
    day = demo.ctx.today()
    text = "3栋电梯停运，已报维保单位，明早9点前到场。\n夜班请留意地下车库积水。"
    demo.daily.save_notes(clerk, day, text)
    assert demo.daily.notes(clerk, day) == text
    demo.daily.save_notes(clerk, day, text + "\n已通知保安。")
    with demo.db.read() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_type == "handover_note")
                .order_by(AuditEvent.id)
            )
        )
    assert [(e.action, e.entity_id) for e in events] == [
        ("create", day.isoformat()),
        ("update", day.isoformat()),
    ]
    assert events[1].old_values == {"text": text}
    pdf = demo.daily.pdf(clerk, day)
    pages = PdfReader(io.BytesIO(pdf)).pages
    words = "".join(page.extract_text() for page in pages).replace(" ", "").replace("\n", "")
    assert "前台日报/交接班表" in words
    assert "3栋电梯停运" in words and "已通知保安" in words
    assert "当班客服签字" in words and "主管签字" in words
    assert day.isoformat() in words
    summary = demo.daily.summary(clerk, day)
    assert f"登记总数（不含作废）{summary.figure('contacts.total')}" in words
    assert f"新开{summary.figure('work_orders.opened')}" in words


def test_hostile_notes_are_refused_with_the_text_kept(demo):
    clerk = _login(demo, "clerk")
    day = demo.ctx.today()
    demo.daily.save_notes(clerk, day, "原有备注")
    for bad in ("交接\x00备注", "坏字符\ud800", "长" * 10_000):
        with pytest.raises(ValidationError):
            demo.daily.save_notes(clerk, day, bad)
    assert demo.daily.notes(clerk, day) == "原有备注"
    # a formula is plain text on paper: stored as typed
    assert demo.daily.save_notes(clerk, day, '=HYPERLINK("x")') == '=HYPERLINK("x")'


def test_the_administrator_neither_reads_nor_prints_it(demo):
    admin = _login(demo, "admin")
    with pytest.raises(PermissionDenied):
        demo.daily.summary(admin, demo.ctx.today())
    with pytest.raises(PermissionDenied):
        demo.daily.save_notes(admin, demo.ctx.today(), "备注")


def test_report_daily_on_the_command_line(demo, tmp_path, monkeypatch, capsys):
    url = demo.db.url.render_as_string(hide_password=False)
    out = tmp_path / "daily.pdf"
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    day = (demo.ctx.today() - timedelta(days=1)).isoformat()
    argv = ["report", "daily", "--date", day, "--out", str(out), "--user", "supervisor"]
    assert main([*argv, "--db", url]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert day in text and "主管签字" in text
    with pytest.raises(SystemExit):  # argparse: not a date
        main(["report", "daily", "--date", "2026-13-01", "--out", str(out), "--user", "x"])
