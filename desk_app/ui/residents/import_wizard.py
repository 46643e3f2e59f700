"""Importing the resident register from a spreadsheet, in three steps: choose the file,
read the service's preview (counts and every bad row with its spreadsheet row number),
import the valid rows in one transaction and see what was written.

Supervisors only: the service refuses everyone else, and the page hides the button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from desk_app.domain.errors import ERRORS_CONTEXT
from desk_app.domain.i18n import Tr
from desk_app.domain.register import Relation
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register.resident_import import (
    ACTION_LABELS,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowAction,
    RowProblem,
)
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.table_model import Column, RowTableModel, setup_list_view
from desk_app.ui.residents.dialogs import relation_label

CHOOSE, PREVIEW, RESULT = range(3)


_RELATIONS = {relation.value: relation for relation in Relation}


def problem_text(problem: RowProblem) -> str:
    """A row's problem in the interface language, as ui.i18n.error_text words errors.

    A relation conflict names the two relations by their codes ("owner"); they are
    shown by their labels.
    """
    params = {}
    for key, value in problem.params.items():
        if isinstance(value, Tr):
            value = translate(value.context, value)
        elif key in ("stored", "given") and value in _RELATIONS:
            value = relation_label(_RELATIONS[value])
        params[key] = value
    return translate(ERRORS_CONTEXT, problem.template).format(**params)


class ImportWizard(FormBacked, QDialog):
    FORM = "residents/import_wizard.ui"
    WIDGETS = {
        "stepLabel": QLabel,
        "steps": QStackedWidget,
        "path": QLineEdit,
        "browseButton": QPushButton,
        "communityLabel": QLabel,
        "community": QComboBox,
        "sourceLabel": QLabel,
        "newCount": QLabel,
        "updateCount": QLabel,
        "unchangedCount": QLabel,
        "roomsCount": QLabel,
        "badCount": QLabel,
        "previewTabs": QTabWidget,
        "problems": QTableView,
        "rows": QTableView,
        "resultText": QLabel,
        "resultProblemsLabel": QLabel,
        "resultProblems": QTableView,
        "errorLabel": QLabel,
        "backButton": QPushButton,
        "previewButton": QPushButton,
        "importButton": QPushButton,
        "closeButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.preview: ImportPreview | None = None
        self.result_of_import: ImportResult | None = None
        ui = self.setup_form()
        self._fill_communities()
        self.problem_model = RowTableModel[RowProblem](
            [
                Column(self.tr("Row"), lambda p: p.row),
                Column(self.tr("Sheet"), lambda p: p.sheet),
                Column(self.tr("Column"), lambda p: p.column or self.tr("(whole row)")),
                Column(self.tr("Problem"), problem_text),
            ],
            self,
        )
        self.row_model = RowTableModel[ImportRow](
            [
                Column(self.tr("Row"), lambda r: r.row),
                Column(self.tr("Sheet"), lambda r: r.sheet),
                Column(self.tr("Room"), lambda r: r.room_label),
                Column(self.tr("Name"), lambda r: r.name),
                Column(
                    self.tr("Relation"), lambda r: relation_label(r.relation) if r.relation else ""
                ),
                Column(self.tr("Phones"), lambda r: " / ".join(r.phones)),
                Column(self.tr("ID number"), lambda r: r.id_number_masked),
                Column(self.tr("What happens"), self._action_text),
            ],
            self,
        )
        for table, model, widths in (
            (ui.problems, self.problem_model, (56, 80, 110)),
            (ui.resultProblems, self.problem_model, (56, 80, 110)),
            (ui.rows, self.row_model, (56, 80, 110, 70, 56, 190, 150)),
        ):
            table.setModel(model)
            setup_list_view(table)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        bold = ui.stepLabel.font()
        bold.setBold(True)
        ui.stepLabel.setFont(bold)
        for label in (ui.newCount, ui.updateCount, ui.unchangedCount, ui.roomsCount, ui.badCount):
            label.setFont(bold)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("00000"))
        ui.browseButton.clicked.connect(self.browse)
        ui.previewButton.clicked.connect(self.run_preview)
        ui.importButton.clicked.connect(self.run_import)
        ui.backButton.clicked.connect(lambda: self._go(CHOOSE))
        ui.closeButton.clicked.connect(self.close_wizard)
        self.resize(900, 600)
        self._go(CHOOSE)

    # -- step 1: the file -----------------------------------------------------------------

    def _fill_communities(self) -> None:
        ui = self.ui
        communities = self.services.residents.communities()
        if len(communities) == 1:
            # The rows go to the only community unless the file says otherwise.
            ui.community.hide()
            ui.communityLabel.hide()
        elif not communities:
            ui.community.setEditable(True)
            ui.community.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            ui.community.lineEdit().setPlaceholderText(
                self.tr("Name of the community, unless the file has a 小区 column")
            )
        else:
            ui.community.addItem(self.tr("As the file's 小区 column says"), None)
            for community in communities:
                ui.community.addItem(community.name, community.name)

    def community(self) -> str | None:
        combo = self.ui.community
        if combo.isHidden():
            return None
        if combo.isEditable():
            return combo.currentText().strip() or None
        return combo.currentData()

    def browse(self) -> None:
        path = file_dialogs.open_file_name(
            self,
            self.tr("Choose the register to import"),
            self.ui.path.text(),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if path:
            self.ui.path.setText(str(path))
            self.ui.previewButton.setFocus()

    def run_preview(self) -> None:
        ui = self.ui
        text = ui.path.text().strip()
        if not text:
            feedback.show_error_text(ui.errorLabel, self.tr("Choose the file to import first."))
            ui.path.setFocus()
            return
        community = self.community()
        preview = run_op(  # also a file that vanished or is locked
            ui.errorLabel,
            lambda: self.services.resident_import.preview(
                self.actor, Path(text), community=community
            ),
            fields={"path": ui.path, "community": ui.community},
            file=text,
        )
        if preview is not None:
            self.show_preview(preview)

    # -- step 2: the preview --------------------------------------------------------------

    def writable(self) -> int:
        """Rows the import would write: new residents, additions, rooms without residents."""
        preview = self.preview
        if preview is None:
            return 0
        return sum(preview.count(a) for a in (RowAction.NEW, RowAction.UPDATE, RowAction.ROOM))

    def show_preview(self, preview: ImportPreview) -> None:
        ui = self.ui
        self.preview = preview
        ui.newCount.setText(str(preview.count(RowAction.NEW)))
        ui.updateCount.setText(str(preview.count(RowAction.UPDATE)))
        ui.unchangedCount.setText(str(preview.count(RowAction.UNCHANGED)))
        ui.roomsCount.setText(str(preview.new_rooms))
        ui.badCount.setText(str(len(preview.bad_rows)))
        self.problem_model.set_rows(preview.problems)
        self.row_model.set_rows(preview.rows)
        several_sheets = len({sheet for sheet, _row, _columns in preview.header}) > 1
        ui.problems.setColumnHidden(1, not several_sheets)
        ui.rows.setColumnHidden(1, not several_sheets)
        ui.previewTabs.setTabText(
            0, self.tr("Problems (%1)").replace("%1", str(len(preview.problems)))
        )
        ui.previewTabs.setTabText(
            1, self.tr("Rows to import (%1)").replace("%1", str(len(preview.rows)))
        )
        ui.previewTabs.setCurrentIndex(0 if preview.problems else 1)
        lines = [self._header_text(preview)]
        if not self.writable():
            lines.append(self.tr("Nothing new to import: every valid row is in the register."))
        elif preview.problems:
            lines.append(
                self.tr(
                    "Rows with problems are left out; correct them in the file and import it "
                    "again later — rows already imported are recognised and not doubled."
                )
            )
        ui.sourceLabel.setText("\n".join(lines))
        self._go(PREVIEW)

    def _header_text(self, preview: ImportPreview) -> str:
        places = []
        for sheet, row, _columns in preview.header:
            if sheet:
                places.append(
                    self.tr("sheet %1, row %2").replace("%1", sheet).replace("%2", str(row))
                )
            else:
                places.append(self.tr("row %1").replace("%1", str(row)))
        return (
            self.tr("%1: header found on %2.")
            .replace("%1", preview.source)
            .replace("%2", self.tr("; ").join(places))
        )

    def _action_text(self, row: ImportRow) -> str:
        text = translate("Register", ACTION_LABELS[row.action])
        if row.action is RowAction.NEW and row.new_room:
            text += self.tr(", new room")
        if row.action is RowAction.UPDATE and row.changes:
            names = {
                "id_number": self.tr("ID number"),
                "phones": self.tr("phones"),
                "move_in": self.tr("move-in date"),
                "notes": self.tr("notes"),
                "emergency_name": self.tr("emergency contact"),
                "emergency_phone": self.tr("emergency phone"),
                "area": self.tr("area"),
            }
            added = self.tr(", ").join(names.get(change, change) for change in row.changes)
            text += self.tr(": %1").replace("%1", added)
        return text

    # -- step 3: the import ---------------------------------------------------------------

    def run_import(self) -> None:
        if self.preview is None or not self.writable():
            return
        preview = self.preview
        result = run_op(
            self.ui.errorLabel, lambda: self.services.resident_import.commit(self.actor, preview)
        )
        if result is None:
            return
        self.result_of_import = result
        self.ui.resultText.setText(self.summary())
        # As compared at the moment of writing: another desk may have changed a room since.
        self.problem_model.set_rows(result.problems)
        self.ui.resultProblems.setColumnHidden(1, self.ui.problems.isColumnHidden(1))
        self.ui.resultProblems.setVisible(bool(result.problems))
        self.ui.resultProblemsLabel.setVisible(bool(result.problems))
        self._go(RESULT)

    def summary(self) -> str:
        result = self.result_of_import
        if result is None:
            return ""
        lines = [
            self.tr("Imported from %1:").replace("%1", self.preview.source if self.preview else ""),
            self.tr("%n new resident(s) registered", "", result.residents_created),
            self.tr("%n resident(s) given missing details", "", result.residents_updated),
            self.tr("%n new room(s)", "", result.rooms_created),
            self.tr("%n room(s) given their area", "", result.rooms_updated),
            self.tr("%n row(s) already in the register", "", result.unchanged),
            self.tr("%n row(s) with problems not imported", "", len(result.bad_rows)),
        ]
        return "\n".join(lines)

    # -- moving between steps ---------------------------------------------------------------

    def _go(self, step: int) -> None:
        ui = self.ui
        ui.steps.setCurrentIndex(step)
        feedback.clear(ui.errorLabel)
        titles = {
            CHOOSE: self.tr("Step 1 of 3: choose the file"),
            PREVIEW: self.tr("Step 2 of 3: check the preview"),
            RESULT: self.tr("Step 3 of 3: done"),
        }
        ui.stepLabel.setText(titles[step])
        ui.backButton.setVisible(step == PREVIEW)
        ui.previewButton.setVisible(step == CHOOSE)
        ui.importButton.setVisible(step == PREVIEW)
        ui.importButton.setEnabled(step == PREVIEW and self.writable() > 0)
        ui.previewButton.setDefault(step == CHOOSE)
        ui.closeButton.setDefault(step == RESULT)
        ui.closeButton.setText(self.tr("&Close") if step == RESULT else self.tr("&Cancel"))
        if step == CHOOSE:
            ui.path.setFocus()
        elif step == PREVIEW:
            (ui.problems if self.preview and self.preview.problems else ui.rows).setFocus()
        else:
            ui.closeButton.setFocus()

    def close_wizard(self) -> None:
        if self.result_of_import is not None:
            self.accept()
        else:
            self.reject()
