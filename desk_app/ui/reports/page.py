"""报表: the complaint statistics of a month on screen — the same figures as the printed
客户月投诉统计表, with a bar chart of the last twelve months — and the monthly and
quarterly papers to preview, print or save."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    SATISFACTION_LABELS,
    Category,
    Channel,
    Nature,
    Satisfaction,
)
from desk_app.services.app import Services
from desk_app.services.complaints.statistics import Month, MonthlyStatistics, Quarter
from desk_app.services.context import Actor
from desk_app.ui.complaints.wording import t
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog

BAR = QColor("#5b8def")


class BarChart(QWidget):
    """Bars with their numbers above and the months below; drawn, not a chart library."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: list[tuple[str, int]] = []
        self.title = ""
        self.setMinimumHeight(220)

    def set_values(self, values: list[tuple[str, int]], title: str) -> None:
        self.values, self.title = values, title
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 4, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.title)
        if not self.values:
            return
        left, right, top, bottom = 12, 12, line * 2 + 10, line + 12
        area_w = self.width() - left - right
        area_h = self.height() - top - bottom
        top_value = max(v for _, v in self.values) or 1
        slot = area_w / len(self.values)
        painter.setPen(QPen(QColor("#444444")))
        painter.drawLine(left, top + area_h, left + area_w, top + area_h)
        for n, (label, value) in enumerate(self.values):
            height = area_h * value / top_value
            x = left + n * slot + slot * 0.18
            bar = QRectF(x, top + area_h - height, slot * 0.64, height)
            painter.fillRect(bar, BAR)
            painter.drawText(
                QRectF(left + n * slot, bar.top() - line - 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
            painter.drawText(
                QRectF(left + n * slot, top + area_h + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                label[2:] if len(label) == 7 else label,
            )


class ReportsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.stats: MonthlyStatistics | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        self.month = QDateEdit(objectName="month")
        self.month.setDisplayFormat("yyyy-MM")
        today = services.ctx.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.monthly_button = QPushButton(
            self.tr("&Monthly statistics…"), objectName="monthlyButton"
        )
        self.quarterly_button = QPushButton(
            self.tr("&Quarterly analysis…"), objectName="quarterlyButton"
        )
        bar.addWidget(self.month)
        bar.addWidget(self.monthly_button)
        bar.addWidget(self.quarterly_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="reportSplitter")
        tables = QWidget()
        row = QHBoxLayout(tables)
        row.setContentsMargins(0, 0, 0, 0)
        self.by_category = QTableWidget(objectName="byCategory")
        self.others = QTableWidget(objectName="others")
        row.addWidget(self.by_category, 3)
        row.addWidget(self.others, 2)
        splitter.addWidget(tables)
        self.chart = BarChart()
        self.chart.setObjectName("chart")
        splitter.addWidget(self.chart)
        splitter.setSizes([420, 260])
        layout.addWidget(splitter, 1)
        self.status = QLabel(objectName="status")
        layout.addWidget(self.status)
        self.month.dateChanged.connect(self.reload)
        self.monthly_button.clicked.connect(self.preview_monthly)
        self.quarterly_button.clicked.connect(self.preview_quarterly)
        follow(self, services.db.changes, {"complaint"}, self.reload)
        self.reload()

    def chosen_month(self) -> Month:
        date = self.month.date()
        return Month(date.year(), date.month())

    def reload(self) -> None:
        stats = run_op(
            self.status,
            lambda: self.services.complaints.statistics.monthly(self.actor, self.chosen_month()),
        )
        if stats is None:
            return
        self.stats = stats
        average = (
            self.tr("%1 days").replace("%1", f"{stats.average_resolve_hours / 24:.1f}")
            if stats.average_resolve_hours is not None
            else "—"
        )
        rate = f"{stats.satisfied_rate * 100:.1f}%" if stats.satisfied_rate is not None else "—"
        self.summary.setText(
            self.tr(
                "%1: %2 complaints, %3 major, %4 repeats · resolved on time %5, late %6, "
                "open %7 (overdue %8) · average time to resolve %9 · satisfied %10"
            )
            .replace("%10", rate)
            .replace("%1", str(stats.month))
            .replace("%2", str(stats.total))
            .replace("%3", str(stats.major))
            .replace("%4", str(stats.repeats))
            .replace("%5", str(stats.resolved_on_time))
            .replace("%6", str(stats.resolved_late))
            .replace("%7", str(stats.unresolved))
            .replace("%8", str(stats.unresolved_overdue))
            .replace("%9", average)
        )
        self._fill_categories(stats)
        self._fill_others(stats)
        self.chart.set_values(stats.chart, self.tr("Complaints in the last 12 months"))

    def _fill_categories(self, stats: MonthlyStatistics) -> None:
        table = self.by_category
        natures = list(Nature)
        short = {
            Nature.VALID: self.tr("Valid"),
            Nature.HELP: self.tr("Help"),
            Nature.QUESTION: self.tr("Question"),
            Nature.VENTING: self.tr("Venting"),
        }
        headers = [short[n] for n in natures] + [self.tr("Major"), self.tr("Total")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(Category) + 1)
        table.setHorizontalHeaderLabels(headers)
        labels = [t(CATEGORY_LABELS[c]) for c in Category] + [self.tr("Total")]
        table.setVerticalHeaderLabels(labels)
        for r, category in enumerate(Category):
            counts = stats.by_category[category.value]
            values = [counts[n.value] for n in natures]
            values += [stats.major_by_category[category.value], sum(counts.values())]
            for c, value in enumerate(values):
                table.setItem(r, c, _number(value))
        totals = [sum(stats.by_category[c.value][n.value] for c in Category) for n in natures]
        for c, value in enumerate([*totals, stats.major, stats.total]):
            table.setItem(len(Category), c, _number(value))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _fill_others(self, stats: MonthlyStatistics) -> None:
        lines: list[tuple[str, str, int]] = []
        lines += [
            (self.tr("Channel"), t(CHANNEL_LABELS[c]), stats.by_channel[c.value]) for c in Channel
        ]
        lines += [
            (self.tr("Building"), name or self.tr("No room"), n) for name, n in stats.by_building
        ]
        lines += [
            (self.tr("Satisfaction"), t(SATISFACTION_LABELS[s]), stats.satisfaction[s.value])
            for s in Satisfaction
        ]
        lines += [(self.tr("Repeated room"), label, n) for label, n in stats.top_rooms]
        table = self.others
        table.verticalHeader().setVisible(False)
        table.clear()
        table.setColumnCount(3)
        table.setRowCount(len(lines))
        table.setHorizontalHeaderLabels([self.tr("By"), self.tr("Which"), self.tr("Count")])
        for r, (by, which, n) in enumerate(lines):
            table.setItem(r, 0, QTableWidgetItem(by))
            table.setItem(r, 1, QTableWidgetItem(which))
            table.setItem(r, 2, _number(n))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def preview_monthly(self) -> None:
        month = self.chosen_month()
        papers = self.services.complaints.papers
        pdf = run_op(self.status, lambda: papers.monthly_pdf(self.actor, month))
        if pdf is not None:
            PdfPreviewDialog(
                pdf, self.tr("Monthly complaint statistics"), f"客户月投诉统计表-{month}.pdf", self
            ).exec()

    def preview_quarterly(self) -> None:
        month = self.chosen_month()
        quarter = Quarter(month.year, (month.month - 1) // 3 + 1)
        papers = self.services.complaints.papers
        pdf = run_op(self.status, lambda: papers.quarterly_pdf(self.actor, quarter))
        if pdf is not None:
            PdfPreviewDialog(
                pdf,
                self.tr("Quarterly complaint analysis"),
                f"用户投诉分析报告-{quarter}.pdf",
                self,
            ).exec()


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
