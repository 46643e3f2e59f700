"""The complaint papers as PDF bytes: the event report of one complaint (every print
logged; a reprint says 补打), the monthly statistics and the quarterly analysis.

The words on the papers are Chinese (the papers are filed); ReportLab is imported
only when a paper is made.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.domain.complaints import ENTITY, Category, Channel, Level, Nature, Satisfaction
from desk_app.domain.roles import Permission
from desk_app.services.complaints import words
from desk_app.services.complaints.queries import detail_of, load_complaint
from desk_app.services.complaints.statistics import (
    Month,
    MonthlyStatistics,
    Quarter,
    QuarterlyAnalysis,
    monthly,
    quarterly,
)
from desk_app.services.complaints.views import ComplaintDetail
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.settings import setting_value

SIGN_LINE = "＿" * 8


class Papers:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _letterhead(self, session: Session):
        from desk_app.printing.layout import Letterhead

        return Letterhead(
            setting_value(session, "center.name"),
            setting_value(session, "center.address"),
            setting_value(session, "center.phone"),
        )

    def _when(self, moment: datetime | None) -> str:
        return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    # -- the event report -----------------------------------------------------------------

    def preview_report(self, actor: Actor, complaint_id: int) -> bytes:
        """What the next print will be; nothing is logged."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            complaint = load_complaint(session, complaint_id)
            detail = detail_of(session, self.ctx, complaint)
            letterhead = self._letterhead(session)
        return self._report(detail, letterhead, actor, detail.print_count + 1)

    def print_report(self, actor: Actor, complaint_id: int) -> bytes:
        """The event report, its print counted and audited once the PDF exists."""
        require(actor, Permission.LOG_WORK)
        pdf = self.preview_report(actor, complaint_id)
        with self.ctx.db.write() as session:
            complaint = load_complaint(session, complaint_id, lock=True)
            complaint.print_count += 1
            action = "reprint" if complaint.print_count > 1 else "print"
            audit.record(
                session, self.ctx, actor, action, ENTITY, complaint.id,
                new={"print_count": complaint.print_count, "paper": "event_report"},
            )  # fmt: skip
        return pdf

    def _report(self, d: ComplaintDetail, letterhead, actor: Actor, copy: int) -> bytes:
        from desk_app.printing.complaint_report import (
            ComplaintReport,
            ReportSection,
            TimelineLine,
            render_complaint_report,
        )

        when = self._when
        signs = "、".join(words.SIGNS[s.value] for s in d.signs)
        details = [
            ("投诉时间", when(d.received_at)),
            ("受理人", d.created_by),
            ("投诉方式", words.CHANNEL[d.channel.value]),
            ("书面投诉", "是（须书面回复）" if d.written else "否"),
            ("投诉人", d.complainant),
            ("联系电话", d.phone),
            ("房号/地点", d.where),
            ("涉及户数", str(d.households)),
            ("投诉性质", words.NATURE[d.nature.value]),
            ("投诉类别", words.CATEGORY[d.category.value]),
            ("投诉级别", words.LEVEL[d.level.value]),
            ("重大情形", signs or "—"),
            ("上报至", words.TIER[int(d.tier)]),
            ("责任部门", d.department or "—"),
            ("回复期限", when(d.reply_due_at) or "现场已解决"),
            ("首次回复", when(d.replied_at) or "—"),
            ("处理期限", when(d.resolve_due_at)),
            ("当前状态", words.STATUS[d.status.value]),
        ]
        if d.repeat_of:
            details.append(("重复投诉", f"同一房屋同类投诉，关联{d.repeat_of}"))
        if d.link_serials:
            details.append(("关联记录", "、".join(s for s in d.link_serials if s)))
        sections = [ReportSection("投诉内容", [("投诉内容", d.content)])]
        if d.assessment or d.end_reason:
            rows = [("评估意见", d.assessment)] if d.assessment else []
            if d.end_reason:
                rows.append(("关闭/作废说明", d.end_reason))
            sections.append(ReportSection("评估", rows))
        if d.cause or d.responsible:
            sections.append(ReportSection("调查", [("原因", d.cause), ("责任方", d.responsible)]))
        if d.resolution:
            approved = f"{d.approved_by} {when(d.approved_at)}" if d.approved_at else "未批准"
            sections.append(
                ReportSection("处理方案", [("处理方案", d.resolution), ("批准", approved)])
            )
        if d.carried_out:
            late = "（超过处理期限）" if d.resolved_late else "（在期限内）"
            sections.append(
                ReportSection(
                    "处理结果",
                    [
                        ("处理情况", d.carried_out),
                        ("投诉人确认", d.confirmation),
                        ("完成时间", when(d.resolved_at) + late),
                    ],
                )
            )
        if d.satisfaction is not None:
            sections.append(
                ReportSection(
                    "回访",
                    [
                        ("满意度", words.SATISFACTION[d.satisfaction.value]),
                        ("回访记录", d.callback_note or "—"),
                        ("回访时间", when(d.callback_at)),
                    ],
                )
            )
        if d.summary_prevention:
            sections.append(
                ReportSection(
                    "总结",
                    [
                        ("原因分析", d.summary_cause),
                        ("经验教训", d.summary_lesson),
                        ("纠正预防措施", d.summary_prevention),
                    ],
                )
            )
        timeline = []
        for step in d.timeline:
            what = words.ACTION.get(step.action, step.action)
            if step.action == "escalate" and step.tier is not None:
                what += f"至{words.TIER[int(step.tier)]}"
            if step.action == "note" and step.channel is not None:
                what += f"（{words.NOTE_CHANNEL[step.channel.value]}）"
            timeline.append(TimelineLine(when(step.at), what, step.actor, step.reason))
        overdue = ""
        if d.overdue and d.due_at is not None:
            phase = "回复" if d.due_phase and d.due_phase.value == "reply" else "处理"
            overdue = f"已超过{phase}期限（{when(d.due_at)}）"
        signatures = [
            f"经办人：{SIGN_LINE}　　客服主管：{SIGN_LINE}　　日期：{SIGN_LINE}",
            f"项目经理：{SIGN_LINE}　　投诉人确认：{SIGN_LINE}　　日期：{SIGN_LINE}",
        ]
        mark = "（补打）" if copy > 1 else ""
        printed = f"打印：{actor.display_name} {when(self.ctx.now())}　第{copy}次打印{mark}"
        return render_complaint_report(
            ComplaintReport(
                letterhead=letterhead,
                serial=d.serial,
                major=d.level is Level.MAJOR,
                overdue_note=overdue,
                details=details,
                sections=sections,
                timeline=timeline,
                signatures=signatures,
                printed=printed,
            )
        )

    # -- the monthly statistics and the quarterly analysis ---------------------------------

    def monthly_pdf(self, actor: Actor, month: Month) -> bytes:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            stats = monthly(session, self.ctx.now(), month)
            letterhead = self._letterhead(session)
        from desk_app.printing.complaint_statistics import render_statistics

        return render_statistics(self.monthly_paper(stats, letterhead, actor))

    def monthly_paper(self, s: MonthlyStatistics, letterhead, actor: Actor):
        from desk_app.printing.complaint_statistics import (
            MONTHLY_TITLE,
            PaperTable,
            StatisticsPaper,
        )

        natures = list(Nature)
        rows = []
        for category in Category:
            counts = s.by_category[category.value]
            rows.append(
                [words.CATEGORY[category.value]]
                + [str(counts[n.value]) for n in natures]
                + [str(s.major_by_category[category.value]), str(sum(counts.values()))]
            )
        rows.append(
            ["合计"]
            + [str(sum(s.by_category[c.value][n.value] for c in Category)) for n in natures]
            + [str(s.major), str(s.total)]
        )
        category_table = PaperTable(
            "一、按类别、性质、级别统计",
            ["类别"] + [words.NATURE_SHORT[n.value] for n in natures] + ["其中重大", "合计"],
            rows,
            (40, 23, 23, 23, 23, 24, 24),
            total_row=True,
        )
        channel_table = PaperTable(
            "二、按投诉方式统计",
            [words.CHANNEL[c.value] for c in Channel] + ["合计"],
            [[str(s.by_channel[c.value]) for c in Channel] + [str(s.total)]],
            (36, 36, 36, 36, 36),
        )
        buildings = [[name or "无房号（公共区域等）", str(n)] for name, n in s.by_building]
        building_table = PaperTable(
            "三、按楼栋统计", ["楼栋", "投诉数"], buildings or [["—", "0"]], (120, 60)
        )
        average = (
            f"{s.average_resolve_hours / 24:.1f}天（{s.average_resolve_hours:.1f}小时）"
            if s.average_resolve_hours is not None
            else "—"
        )
        handled = PaperTable(
            "四、处理时效",
            ["按期处理", "超期处理", "未处理完", "其中已超期", "无效关闭", "平均处理时长"],
            [
                [
                    str(s.resolved_on_time),
                    str(s.resolved_late),
                    str(s.unresolved),
                    str(s.unresolved_overdue),
                    str(s.dismissed),
                    average,
                ]
            ],
            (27, 27, 27, 27, 27, 45),
        )
        rate = f"{s.satisfied_rate * 100:.1f}%" if s.satisfied_rate is not None else "—"
        satisfaction = PaperTable(
            "五、回访满意度",
            [words.SATISFACTION[x.value] for x in Satisfaction] + ["满意率"],
            [[str(s.satisfaction[x.value]) for x in Satisfaction] + [rate]],
            (36, 36, 36, 36, 36),
        )
        rooms = [[label, str(n)] for label, n in s.top_rooms]
        rooms_table = PaperTable(
            "六、重复投诉较多的房屋",
            ["房号", "本月投诉次数"],
            rooms or [["本月无重复投诉的房屋", ""]],
            (120, 60),
        )
        summary = [
            f"本月受理投诉 {s.total} 宗，其中重大投诉 {s.major} 宗，"
            f"按重复投诉规则自动升级 {s.repeats} 宗。",
            f"按期处理 {s.resolved_on_time} 宗，超期处理 {s.resolved_late} 宗，"
            f"尚未处理完 {s.unresolved} 宗（其中已超期 {s.unresolved_overdue} 宗）。",
        ]
        return StatisticsPaper(
            letterhead=letterhead,
            title=MONTHLY_TITLE,
            period=f"{s.month.year}年{s.month.month}月",
            summary=summary,
            tables=[
                category_table,
                channel_table,
                building_table,
                handled,
                satisfaction,
                rooms_table,
            ],
            chart=s.chart,
            chart_title="近12个月投诉数量",
            signatures=[f"制表：{SIGN_LINE}　　客服主管：{SIGN_LINE}　　项目经理：{SIGN_LINE}"],
            printed=f"打印：{actor.display_name} {self._when(self.ctx.now())}",
        )

    def quarterly_pdf(self, actor: Actor, quarter: Quarter) -> bytes:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            analysis = quarterly(session, quarter)
            letterhead = self._letterhead(session)
        from desk_app.printing.complaint_statistics import render_statistics

        return render_statistics(self.quarterly_paper(analysis, letterhead, actor))

    def quarterly_paper(self, q: QuarterlyAnalysis, letterhead, actor: Actor):
        from desk_app.printing.complaint_statistics import (
            QUARTERLY_TITLE,
            PaperTable,
            StatisticsPaper,
        )

        quarter_words = {1: "一", 2: "二", 3: "三", 4: "四"}
        counts = PaperTable(
            "一、本季度投诉按类别统计",
            ["类别", "投诉数", "有总结的"],
            [
                [
                    words.CATEGORY[c.value],
                    str(q.by_category[c.value]),
                    str(len(q.summaries.get(c.value, []))),
                ]
                for c in Category
            ]
            + [["合计", str(q.total), str(sum(len(v) for v in q.summaries.values()))]],
            (90, 45, 45),
            total_row=True,
        )
        months = PaperTable(
            "二、按月统计",
            ["月份", "投诉数"],
            [[label, str(n)] for label, n in q.per_month],
            (90, 90),
        )
        blocks = []
        for number, category in enumerate((c for c in Category if c.value in q.summaries), start=1):
            items = []
            for line in q.summaries[category.value]:
                items.append(
                    (
                        f"{line.serial}\n{line.where}",
                        f"投诉：{line.content}\n原因：{line.cause}\n教训：{line.lesson}\n"
                        f"纠正预防措施：{line.prevention}",
                    )
                )
            blocks.append((f"三-{number}、{words.CATEGORY[category.value]}：纠正和预防措施", items))
        return StatisticsPaper(
            letterhead=letterhead,
            title=QUARTERLY_TITLE,
            period=f"{q.quarter.year}年第{quarter_words[q.quarter.quarter]}季度",
            summary=[
                f"本季度受理投诉 {q.total} 宗，已结案 {q.closed} 宗；"
                "以下按类别列出已总结投诉的原因、教训和纠正预防措施。"
            ],
            tables=[counts, months],
            blocks=blocks,
            signatures=[f"编制：{SIGN_LINE}　　审核：{SIGN_LINE}　　日期：{SIGN_LINE}"],
            printed=f"打印：{actor.display_name} {self._when(self.ctx.now())}",
        )
