"""The 报表 screen: the monthly overview (supervisors and managers) and the complaint
statistics, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.ui.reports.monthly import MonthlyOverviewWidget
from desk_app.ui.reports.page import ReportsPage


class ReportsScreen(QTabWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportTabs")
        self.monthly: MonthlyOverviewWidget | None = None
        if actor.can(Permission.REVIEW):  # the overview is the supervisor's and manager's
            self.monthly = MonthlyOverviewWidget(services, actor)
            self.addTab(self.monthly, self.tr("Monthly &overview"))
        self.complaints = ReportsPage(services, actor)
        self.addTab(self.complaints, self.tr("&Complaint statistics"))
