"""How a complaint reads on screen: its next deadline, and the detail pane with its
classification, its deadlines and the timeline of everything that happened to it."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QObject

from desk_app.domain.complaints import (
    ACTION_LABELS,
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    CONTEXT,
    DUE_PHASE_LABELS,
    LEVEL_LABELS,
    MAJOR_SIGN_LABELS,
    NATURE_LABELS,
    NOTE_CHANNEL_LABELS,
    SATISFACTION_LABELS,
    STATUS_LABELS,
    TIER_LABELS,
    Action,
)
from desk_app.services.complaints.views import ComplaintDetail, ComplaintRow
from desk_app.services.context import ServiceContext
from desk_app.ui.i18n import translate


def t(text: str) -> str:
    return translate(CONTEXT, text)


class ComplaintWords(QObject):
    def __init__(self, ctx: ServiceContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def when(self, moment: datetime | None) -> str:
        return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def deadline(self, row: ComplaintRow | ComplaintDetail) -> str:
        if row.due_at is None or row.due_phase is None:
            return ""
        text = f"{t(DUE_PHASE_LABELS[row.due_phase])} {self.ctx.local(row.due_at):%m-%d %H:%M}"
        return self.tr("%1 (overdue)").replace("%1", text) if row.overdue else text

    def action(self, code: str) -> str:
        if code == "create":
            return self.tr("Received")
        return t(ACTION_LABELS[Action(code)])

    def detail_html(self, c: ComplaintDetail) -> str:
        def row(label: str, value: str) -> str:
            return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"

        parts = [f"<h3>{escape(c.serial)} · {escape(t(STATUS_LABELS[c.status]))}</h3>"]
        if c.needs_acknowledgement:
            banner = self.tr("Major complaint: not yet acknowledged by the project manager.")
            parts.append(f'<p style="color:#b00020"><b>{escape(banner)}</b></p>')
        if c.overdue:
            parts.append(f'<p style="color:#b00020"><b>{escape(self.deadline(c))}</b></p>')
        table = [
            row(
                self.tr("Received"), self.when(c.received_at) + " · " + t(CHANNEL_LABELS[c.channel])
            ),
            row(self.tr("Complainant"), f"{c.complainant} {c.phone}".strip()),
            row(self.tr("Room / place"), c.where),
            row(self.tr("Nature"), t(NATURE_LABELS[c.nature])),
            row(self.tr("Category"), t(CATEGORY_LABELS[c.category])),
            row(self.tr("Level"), t(LEVEL_LABELS[c.level])),
            row(self.tr("Escalated to"), t(TIER_LABELS[c.tier])),
        ]
        if c.signs:
            table.append(
                row(self.tr("Major signs"), ", ".join(t(MAJOR_SIGN_LABELS[s]) for s in c.signs))
            )
        if c.written:
            table.append(row(self.tr("In writing"), self.tr("a written reply is needed")))
        if c.repeat_of:
            table.append(row(self.tr("Repeat of"), c.repeat_of))
        if c.department:
            table.append(row(self.tr("Department"), c.department))
        table.append(row(self.tr("Next deadline"), self.deadline(c) or "—"))
        table.append(row(self.tr("Resolve by"), self.when(c.resolve_due_at)))
        if c.link_serials:
            table.append(row(self.tr("Linked"), ", ".join(s for s in c.link_serials if s)))
        parts.append("<table cellspacing=2>" + "".join(table) + "</table>")
        parts.append(f"<p>{escape(c.content)}</p>")
        for label, value in (
            (self.tr("Cause"), c.cause),
            (self.tr("Responsible"), c.responsible),
            (self.tr("Resolution"), c.resolution),
            (self.tr("Carried out"), c.carried_out),
            (self.tr("Confirmation"), c.confirmation),
            (self.tr("Prevention"), c.summary_prevention),
            (self.tr("Closing note"), c.end_reason),
        ):
            if value:
                parts.append(f"<p><b>{escape(label)}:</b> {escape(value)}</p>")
        if c.satisfaction is not None:
            label = self.tr("Satisfaction")
            value = t(SATISFACTION_LABELS[c.satisfaction])
            parts.append(f"<p><b>{escape(label)}:</b> {escape(value)}</p>")
        heading = self.tr("Timeline")
        parts.append(f"<h4>{escape(heading)}</h4><ul>")
        for step in c.timeline:
            what = self.action(step.action)
            if step.tier is not None:
                what += " → " + t(TIER_LABELS[step.tier])
            if step.channel is not None:
                what += f" ({t(NOTE_CHANNEL_LABELS[step.channel])})"
            words = f": {step.reason}" if step.reason else ""
            parts.append(
                f"<li>{escape(self.when(step.at))} {escape(what)} · {escape(step.actor)}"
                f"{escape(words)}</li>"
            )
        parts.append("</ul>")
        return "".join(parts)
