"""How an order reads on screen: its deadline, how long its slip has been out, and the
detail pane with the timeline of everything that happened to it, in time order."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QObject

from desk_app.domain.work_orders import (
    CALL_OUTCOME_LABELS,
    CONTEXT,
    HOLD_REASON_LABELS,
    LIFECYCLE,
    SATISFACTION_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
)
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders.views import (
    CallbackRow,
    PrintRow,
    StepRow,
    WorkOrderDetail,
    WorkOrderRow,
)
from desk_app.ui.i18n import translate


def _t(text: str) -> str:
    return translate(CONTEXT, text)


class OrderWords(QObject):
    def __init__(self, ctx: ServiceContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def when(self, moment: datetime | None) -> str:
        return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def deadline(self, row: WorkOrderRow | WorkOrderDetail) -> str:
        if row.deadline is None:
            return ""
        when = self.ctx.local(row.deadline).strftime("%m-%d %H:%M")
        if row.paused:
            return self.tr("%1 (paused)").replace("%1", when)
        hours = (row.seconds_left or 0) / 3600
        if abs(hours) >= 48:
            span = self.tr("%1 days").replace("%1", f"{abs(hours) / 24:.0f}")
        elif abs(hours) >= 1:
            digits = 0 if abs(hours) >= 10 else 1
            span = self.tr("%1 h").replace("%1", f"{abs(hours):.{digits}f}")
        else:
            span = self.tr("%1 min").replace("%1", f"{abs(hours) * 60:.0f}")
        if hours < 0:
            return self.tr("%1 (%2 late)").replace("%1", when).replace("%2", span)
        return self.tr("%1 (%2 left)").replace("%1", when).replace("%2", span)

    def slip_age(self, row: WorkOrderRow) -> str:
        """How long the paper slip has been out since the job was completed."""
        if not row.slip_outstanding or row.completed_at is None:
            return ""
        hours = (self.ctx.now() - row.completed_at).total_seconds() / 3600
        if hours >= 48:
            return self.tr("%1 days").replace("%1", f"{hours / 24:.0f}")
        return self.tr("%1 h").replace("%1", f"{hours:.0f}")

    # -- the detail pane -----------------------------------------------------------------

    def detail_html(self, order: WorkOrderDetail) -> str:
        e = escape
        lines = [
            f"<h3>{e(order.serial)} · {e(_t(STATUS_LABELS[order.status]))}</h3>",
            f"<p><b>{e(order.where)}</b> {e(order.contact_name)} {e(order.contact_phone)}<br/>",
            f"{e(order.category_label)} · {e(_t(URGENCY_LABELS[order.urgency]))}"
            f" · {e(order.department)} {e(order.technician)}</p>",
            f"<p>{e(order.description)}</p>",
        ]
        if order.deadline is not None:
            deadline = self.tr("Deadline: %1").replace("%1", self.deadline(order))
            lines.append(f"<p>{e(deadline)}</p>")
        if order.hold_reason is not None:
            hold = self.tr("On hold: %1, expected back on %2").replace(
                "%1", _t(HOLD_REASON_LABELS[order.hold_reason])
            )
            hold = hold.replace("%2", str(order.hold_until or ""))
            note = f"（{order.hold_note}）" if order.hold_note else ""
            lines.append(f"<p>{e(hold + note)}</p>")
        if order.paid:
            paid = self.tr("Paid job, total ¥%1").replace("%1", f"{order.total:.2f}")
            if order.resident_agreed_at:
                paid += " · " + self.tr("agreed by the resident")
            lines.append(f"<p>{e(paid)}</p>")
        if order.completed_at is not None:
            done = self.tr("Completed %1: %2").replace("%1", self.when(order.completed_at))
            done = done.replace("%2", order.work_done or "—")
            if order.completed_late:
                done += " · " + self.tr("late")
            lines.append(f"<p><b>{e(done)}</b></p>")
            if order.stop_gap:
                gap = self.tr("Stop-gap and explanation: %1").replace("%1", order.stop_gap)
                lines.append(f"<p>{e(gap)}</p>")
        if order.end_reason:
            reason = self.tr("Reason: %1").replace("%1", order.end_reason)
            lines.append(f"<p>{e(reason)}</p>")
        lines.append("<ul>")
        for entry in order.timeline():
            if isinstance(entry, StepRow) and entry.action == "callback":
                continue  # the call itself is on the timeline, with its outcome
            lines.append(f"<li>{e(self.entry_text(entry))}</li>")
        lines.append("</ul>")
        return "".join(lines)

    def entry_text(self, entry: StepRow | CallbackRow | PrintRow) -> str:
        """One line of the timeline."""
        if isinstance(entry, StepRow):
            return self._step_text(entry)
        if isinstance(entry, CallbackRow):
            what = (
                _t(SATISFACTION_LABELS[entry.satisfaction])
                if entry.satisfaction
                else _t(CALL_OUTCOME_LABELS[entry.outcome])
            )
            extra = "　".join(part for part in (entry.result, entry.remarks) if part)
            text = self.tr("%1 %2 callback: %3").replace("%1", self.when(entry.at))
            text = text.replace("%2", entry.by).replace("%3", what)
            return f"{text}　{extra}" if extra else text
        if entry.reprint:
            text = self.tr("%1 %2 reprinted (copy %3): %4").replace("%4", entry.reason)
        else:
            text = self.tr("%1 %2 printed (copy %3)")
        text = text.replace("%1", self.when(entry.printed_at)).replace("%2", entry.printed_by)
        return text.replace("%3", str(entry.copy_no))

    def _step_text(self, step: StepRow) -> str:
        state = _t(STATUS_LABELS[step.to_status])
        if step.action == "create":
            what = self.tr("opened")
        else:
            what = _t(LIFECYCLE.label(LIFECYCLE.actions(step.action)))
        details = []
        if step.action in ("dispatch", "transfer") and step.department:
            details.append(step.department)
        if step.hold_reason is not None:
            details.append(_t(HOLD_REASON_LABELS[step.hold_reason]))
            if step.hold_until is not None:
                details.append(self.tr("until %1").replace("%1", step.hold_until.isoformat()))
        if step.reason:
            details.append(step.reason)
        text = f"{self.when(step.at)} {step.actor} {what} → {state}"
        return f"{text}（{'，'.join(details)}）" if details else text
