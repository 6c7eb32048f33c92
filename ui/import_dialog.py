"""File › Import customers: choose a CSV file, say where each column goes, import all or nothing.

Reading the file's header and importing both run off the GUI thread (``ui.tasks.run_task``);
the import reports its progress from the worker through a queued signal. The result is either
"Imported N customers" or the table of every rejected row: the import is all or nothing, so
after a rejection the database is exactly as it was and the agent fixes the file and retries.

The rejected rows are shown by ``ui.rejections_model.RejectionsModel``.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console import importer
from console.importer import FileLayout, ImportReport
from console.storage.db import Database
from ui import tasks
from ui.errors import show_error
from ui.formatting import number
from ui.rejections_model import RejectionsModel

Index = QModelIndex | QPersistentModelIndex

# Progress is shown in thousandths, whatever the stage counts (bytes checked, rows written).
_PROGRESS_STEPS = 1000


class ImportDialog(QDialog):
    # The number of customers imported, once a file was imported.
    imported = Signal(int)
    # The file's columns were read (or could not be: then the columns are empty).
    layout_loaded = Signal()
    # An import finished, with its report (imported or rejected).
    import_finished = Signal(object)
    # From the worker thread: (done, total, stage); Qt queues it to the GUI thread.
    progress_changed = Signal(int, int, str)

    def __init__(
        self, db: Database, default_region: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.setAccessibleName(self.tr("Import customers"))
        self.setMinimumSize(640, 520)
        self._db = db
        self._layout: FileLayout | None = None
        self._combos: list[QComboBox] = []
        self._busy = False
        self._loaded_path = ""

        intro = QLabel(
            self.tr(
                "Import customers from a CSV file exported by a CRM or a spreadsheet (CSV UTF-8, "
                "or Excel's Unicode text). The first line must name the columns. Every row is "
                "checked first: if one row has a problem, nothing is imported and every problem "
                "is listed."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Choose a .csv or .txt file"))
        self.path_edit.editingFinished.connect(self._path_edited)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.region_edit = QLineEdit(default_region.upper(), self)
        self.region_edit.setObjectName("importRegion")
        self.region_edit.setAccessibleName(self.tr("Region for national phone numbers"))
        self.region_edit.setPlaceholderText(self.tr("e.g. TH"))
        self.region_edit.setMaxLength(2)
        self.region_edit.setMaximumWidth(80)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        region_label = QLabel(self.tr("&Region:"), self)
        region_label.setBuddy(self.region_edit)
        region_label.setToolTip(
            self.tr("Reads national phone numbers in rows that have no country")
        )
        form.addRow(region_label, self.region_edit)

        self.file_info = QLabel(self)
        self.file_info.setObjectName("importFileInfo")
        self.file_info.setAccessibleName(self.tr("About the file"))
        self.file_info.setWordWrap(True)

        self.mapping_area = QScrollArea(self)
        self.mapping_area.setObjectName("importMapping")
        self.mapping_area.setAccessibleName(self.tr("Columns and where they go"))
        self.mapping_area.setWidgetResizable(True)
        self._mapping_widget = QWidget()
        self._mapping_grid = QGridLayout(self._mapping_widget)
        self.mapping_area.setWidget(self._mapping_widget)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.hide()

        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setAccessibleName(self.tr("Import result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rejections = RejectionsModel(self)
        self.rejections_view = QTableView(self)
        self.rejections_view.setObjectName("importRejections")
        self.rejections_view.setAccessibleName(self.tr("Rows that were rejected"))
        self.rejections_view.setModel(self.rejections)
        self.rejections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejections_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejections_view.setWordWrap(True)
        self.rejections_view.verticalHeader().setVisible(False)
        header = self.rejections_view.horizontalHeader()
        header.setSectionResizeMode(RejectionsModel.REASON, QHeaderView.ResizeMode.Stretch)
        for column in (RejectionsModel.LINE, RejectionsModel.COLUMN, RejectionsModel.VALUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rejections_view.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import the customers"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importClose")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_area, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.rejections_view, 3)
        layout.addWidget(self.buttons)

        self.progress_changed.connect(self._show_progress)
        self.path_edit.setFocus()

    # ---- choosing the file -------------------------------------------------------------------

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Show this file and read its columns (in a worker)."""
        self.path_edit.setText(path)
        self._load_layout(path)

    def _path_edited(self) -> None:
        path = self.path_edit.text().strip()
        if path and path != self._loaded_path:
            self._load_layout(path)

    def _load_layout(self, path: str) -> None:
        self._loaded_path = path
        self._layout = None
        self._clear_result()
        self._set_columns(None)
        self.file_info.setText(self.tr("Reading the columns…"))
        tasks.run_task(
            lambda: importer.inspect_file(path),
            lambda layout: self._layout_read(path, layout),
            lambda error: self._layout_failed(path, error),
            owner=self,
        )

    def _layout_read(self, path: str, layout: FileLayout) -> None:
        if path != self._loaded_path:
            return  # another file was chosen meanwhile
        self._layout = layout
        delimiter = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        text = self.tr(
            "{encoding} text, columns separated by {delimiter}. Choose where each column goes:"
        )
        self.file_info.setText(
            text.format(encoding=layout.encoding, delimiter=delimiter.get(layout.delimiter, "?"))
        )
        self._set_columns(layout)
        self.import_button.setEnabled(bool(layout.columns))
        self.layout_loaded.emit()

    def _layout_failed(self, path: str, error: BaseException) -> None:
        if path != self._loaded_path:
            return
        self.file_info.setText("")
        self.import_button.setEnabled(False)
        show_error(self, error)
        self.layout_loaded.emit()

    # ---- the mapping ---------------------------------------------------------------------------

    def _target_labels(self) -> list[tuple[str, str]]:
        return [
            (importer.ACCOUNT_NO, self.tr("Account or booking number")),
            (importer.FULL_NAME, self.tr("Full name")),
            (importer.GIVEN_NAME, self.tr("Given name")),
            (importer.FAMILY_NAME, self.tr("Family name")),
            (importer.PHONE, self.tr("Phone numbers")),
            (importer.EMAIL, self.tr("E-mail addresses")),
            (importer.TIME_ZONE, self.tr("Time zone")),
            (importer.LANGUAGE, self.tr("Language")),
            (importer.COUNTRY, self.tr("Country")),
            (importer.DO_NOT_CALL, self.tr("Do not call")),
            (importer.TAGS, self.tr("Tags")),
            (importer.CUSTOM, self.tr("Custom field")),
            (importer.IGNORE, self.tr("Ignore")),
        ]

    def _set_columns(self, layout: FileLayout | None) -> None:
        while self._mapping_grid.count():
            item = self._mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos = []
        if layout is None:
            return
        heading_column = QLabel(self.tr("Column in the file"), self._mapping_widget)
        heading_sample = QLabel(self.tr("First value"), self._mapping_widget)
        heading_target = QLabel(self.tr("Import as"), self._mapping_widget)
        for i, heading in enumerate((heading_column, heading_sample, heading_target)):
            heading.setObjectName("importMappingHeading")
            self._mapping_grid.addWidget(heading, 0, i)
        labels = self._target_labels()
        for row, column in enumerate(layout.columns, start=1):
            name = column.header or self.tr("(column {number}, no name)").format(
                number=number(column.index + 1)
            )
            label = QLabel(name, self._mapping_widget)
            sample = QLabel(column.sample, self._mapping_widget)
            sample.setObjectName("importSample")
            combo = QComboBox(self._mapping_widget)
            combo.setObjectName(f"importMapColumn{column.index}")
            combo.setAccessibleName(self.tr("Import column “{name}” as").format(name=name))
            for target, text in labels:
                combo.addItem(text, target)
            combo.setCurrentIndex(max(0, combo.findData(column.target)))
            label.setBuddy(combo)
            self._mapping_grid.addWidget(label, row, 0)
            self._mapping_grid.addWidget(sample, row, 1)
            self._mapping_grid.addWidget(combo, row, 2)
            self._combos.append(combo)
        self._mapping_grid.setColumnStretch(1, 1)
        self._mapping_grid.setRowStretch(len(layout.columns) + 1, 1)

    def combo_for(self, header: str) -> QComboBox:
        """The mapping box of the (first) column with this name."""
        assert self._layout is not None
        for column, combo in zip(self._layout.columns, self._combos, strict=True):
            if column.header == header:
                return combo
        raise KeyError(header)

    def mapping(self) -> dict[str, str]:
        """Where each named column goes, as the agent chose."""
        if self._layout is None:
            return {}
        out: dict[str, str] = {}
        for column, combo in zip(self._layout.columns, self._combos, strict=True):
            if column.header:
                out.setdefault(column.header, str(combo.currentData()))
        return out

    # ---- importing -----------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._busy or self._layout is None:
            return
        path = self._layout.path
        mapping = self.mapping()
        region = self.region_edit.text().strip().upper()
        db = self._db
        self._set_busy(True)
        self._clear_result()
        self.progress.setValue(0)
        self.progress.show()
        self.result_label.setText(self.tr("Checking and importing the customers…"))
        tasks.run_task(
            lambda: importer.import_customers(
                db, path, default_region=region, mapping=mapping, progress=self._worker_progress
            ),
            self._import_done,
            self._import_failed,
            owner=self,
        )

    def _worker_progress(self, done: int, total: int, stage: str) -> None:
        # On the worker thread: only emit (queued to the GUI thread), never touch a widget.
        if shiboken6.isValid(self):
            self.progress_changed.emit(done, total, stage)

    def _show_progress(self, done: int, total: int, _stage: str) -> None:
        if not self._busy:
            return
        self.progress.setValue(int(_PROGRESS_STEPS * done / total) if total else 0)
        self.result_label.setText(self.tr("Checking and importing the customers…"))

    def _import_done(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.progress.hide()
        if report.ok:
            self.result_label.setText(
                self.tr("Imported %Ln customer.", "", report.imported)
                if report.imported == 1
                else self.tr("Imported %Ln customers.", "", report.imported)
            )
            self.result_label.setProperty("state", "ok")
            # The file is in the database now: importing it again would only be refused.
            self.import_button.setEnabled(False)
            self.imported.emit(report.imported)
        else:
            problems = (
                self.tr("%Ln problem", "", len(report.rejected))
                if len(report.rejected) == 1
                else self.tr("%Ln problems", "", len(report.rejected))
            )
            lines = (
                self.tr("%Ln line", "", report.bad_lines)
                if report.bad_lines == 1
                else self.tr("%Ln lines", "", report.bad_lines)
            )
            self.result_label.setText(
                self.tr(
                    "Nothing was imported: {problems} on {lines}. Fix them in the file and "
                    "import it again."
                ).format(problems=problems, lines=lines)
            )
            self.result_label.setProperty("state", "rejected")
            self.rejections.set_rows(report.rejected)
            self.rejections_view.show()
            self.rejections_view.setFocus()
        self.import_finished.emit(report)

    def _import_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.result_label.setText(self.tr("Nothing was imported."))
        show_error(self, error)
        self.import_finished.emit(None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.path_edit, self.browse_button, self.region_edit, self.mapping_area):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _clear_result(self) -> None:
        self.result_label.setText("")
        self.result_label.setProperty("state", "")
        self.rejections.set_rows(())
        self.rejections_view.hide()

    @property
    def busy(self) -> bool:
        return self._busy

    # ---- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        # An import in flight finishes (or rolls back) on its own; the dialog waits for it.
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
