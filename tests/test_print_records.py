"""Records of printing are true: a print is counted, logged and audited only once its
PDF exists. A render that fails leaves no trace, so the next real print is still the
first one and does not say 补打.

The renderer is made to fail by replacing it (it is our ReportLab code, not the
database), with the error ReportLab raises when a page cannot be laid out.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus.doctemplate import LayoutError

from desk_app.domain.work_orders import Location
from desk_app.printing import calibration_page, contact_register, work_order_slip
from desk_app.services.contacts import ContactDraft
from desk_app.services.kit import audit
from desk_app.services.work_orders.views import WorkOrderDraft

DAY = date(2026, 11, 23)  # the FakeClock's day in Beijing


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def broken_renderer(*_args, **_kwargs):
    raise LayoutError("Flowable too large on page 1")


def lobby(n: int) -> WorkOrderDraft:
    return WorkOrderDraft(
        description=f"{n}号楼大堂吸顶灯不亮",
        category="electrical",
        location=Location.PUBLIC_AREA,
        place=f"{n}号楼大堂",
    )


def print_actions(services, entity_type: str, entity_id) -> list[str]:
    return [e.action for e in audit.history(services.ctx, entity_type, entity_id)]


def test_a_slip_that_failed_to_render_is_not_counted(services, clerk, monkeypatch):
    wo = services.work_orders
    printed, fresh = wo.orders.create(clerk, lobby(1)), wo.orders.create(clerk, lobby(2))
    wo.slips.print(clerk, [printed.id])

    # WHEN a batch print fails while the PDF is made
    monkeypatch.setattr(work_order_slip, "render_slips", broken_renderer)
    with pytest.raises(LayoutError):
        wo.slips.print(clerk, [printed.id, fresh.id], reason="再打一份")

    # THEN neither order counts it, logs it or has it in its audit trail
    assert (
        wo.queries.get(clerk, printed.id).print_count,
        wo.queries.get(clerk, fresh.id).print_count,
    ) == (1, 0)
    assert [p.copy_no for p in wo.queries.get(clerk, printed.id).prints] == [1]
    assert wo.queries.get(clerk, fresh.id).prints == ()
    assert "print" not in print_actions(services, "work_order", fresh.id)
    assert "reprint" not in print_actions(services, "work_order", printed.id)

    # AND the next real print of the fresh order is its first, not a reprint
    monkeypatch.undo()
    text = pdf_text(wo.slips.print(clerk, [fresh.id]))
    assert "第 1 次打印" in text and "补打" not in text
    assert wo.queries.get(clerk, fresh.id).print_count == 1
    assert [(p.copy_no, p.reprint) for p in wo.queries.get(clerk, fresh.id).prints] == [(1, False)]
    assert print_actions(services, "work_order", fresh.id).count("print") == 1


def test_a_calibration_page_that_failed_is_not_audited(services, clerk, monkeypatch):
    monkeypatch.setattr(calibration_page, "render_calibration_page", broken_renderer)
    with pytest.raises(LayoutError):
        services.work_orders.slips.calibration(clerk)
    assert print_actions(services, "printer", "a4") == []

    monkeypatch.undo()
    services.work_orders.slips.calibration(clerk)
    assert print_actions(services, "printer", "a4") == ["print_calibration"]


def test_a_contact_register_that_failed_is_not_audited(services, clerk, monkeypatch):
    services.contacts.log(clerk, ContactDraft(content="咨询停水时间"))
    monkeypatch.setattr(contact_register, "render_contact_register", broken_renderer)
    with pytest.raises(LayoutError):
        services.contacts.print_register(clerk, DAY)
    assert print_actions(services, "contact_day", DAY.isoformat()) == []

    monkeypatch.undo()
    assert "来电来访登记表" in pdf_text(services.contacts.print_register(clerk, DAY))
    assert print_actions(services, "contact_day", DAY.isoformat()) == ["print"]
