"""Supervisors change the script library: create, edit, retire, restore, reorder, import, export.

Every save is a new version kept by the core (who and when); the History tab lists them and
shows what each said. Each language's text is checked as it is typed (``check_template``):
a template outside the allow-list is named with its line before anything is saved, and the
core refuses it again on save. An edit based on a stale read is refused naming who changed
the script in between; the text typed is kept so it can be applied again.

Import and export use the core's readable JSON file. An import is all or nothing: its report
lists every problem with the line of the file.

Agents never see this dialog (the library builds no edit action for them) and the core
refuses them anyway.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console import scripts as sc
from console.errors import ConflictError, UserFacingError
from console.services.scripts import (
    ImportReport,
    ScriptService,
    ScriptVersionView,
    ScriptView,
)
from ui.context import ConsoleContext
from ui.formatting import clock, format_date, plain_number
from ui.i18n import localized, separator
from ui.script_library import language_name
from ui.tasks import run_task
from ui.theme import themed

CHECK_DELAY_MS = 150
_ID = Qt.ItemDataRole.UserRole


class _VariantEditor(QWidget):
    """One language of a script: its title, its text and what the check says about it."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"scriptVariant_{language}")
        self.title = QLineEdit(self)
        self.title.setObjectName(f"scriptVariantTitle_{language}")
        self.title.setAccessibleName(
            self.tr("Title in {language}").format(language=language_name(language))
        )
        self.title.setPlaceholderText(self.tr("Title in this language (optional)"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName(f"scriptBody_{language}")
        self.body.setAccessibleName(
            self.tr("Text in {language}").format(language=language_name(language))
        )
        self.body.setTabChangesFocus(True)
        example = 'Thank you, {{ customer.first_name }}. {{ ask("Refund amount") }} {{ cursor }}'
        self.body.setPlaceholderText(example)
        self.body.setAccessibleDescription(self.tr("For example: {text}").format(text=example))
        self.issues = QLabel(self)
        self.issues.setObjectName(f"scriptIssues_{language}")
        self.issues.setAccessibleName(
            self.tr("Check of the {language} text").format(language=language_name(language))
        )
        self.issues.setWordWrap(True)
        self.issues.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.issues)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.body.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self.changed)
        self.title.textEdited.connect(lambda _t: self.changed.emit())

    def set(self, variant: sc.Variant) -> None:
        self.title.setText(variant.title)
        self.body.setPlainText(variant.body)
        self.check()

    def variant(self) -> sc.Variant:
        return sc.Variant(self.language, self.body.toPlainText(), self.title.text())

    def check(self) -> sc.TemplateInfo:
        """Check the text now and say what it uses, or each problem with its line."""
        self._timer.stop()
        body = self.body.toPlainText()
        info = sc.check_template(body)
        if not body.strip():
            text, bad = self.tr("line 1: the text is empty"), True
        elif info.issues:
            # str() of an issue is the core's sentence (console.errors.Said).
            text, bad = "\n".join(localized(str(issue)) for issue in info.issues), True
        else:
            specs = [sc.field_spec(f) for f in info.fields]
            parts = [localized(spec.label) for spec in specs if spec is not None]
            used = ", ".join(parts) or self.tr("no fields")
            asks = ", ".join(f"“{q}”" for q in info.questions)
            text = self.tr("✓ Fills in: {fields}").format(fields=used)
            if asks:
                text += "\n" + self.tr("Asks the agent: {questions}").format(questions=asks)
            if info.has_cursor:
                text += "\n" + self.tr("The caret goes to the cursor marker.")
            bad = False
        self.issues.setText(text)
        self.issues.setStyleSheet(themed("color: #b91c1c;" if bad else "color: #166534;"))
        return info


class ScriptEditorDialog(QDialog):
    # The library changed (a save, a retirement, an order, an import).
    changed = Signal()
    # A save, retirement, reorder, import or export finished (tests).
    finished_work = Signal(str)

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.setWindowTitle(self.tr("Scripts"))
        self.setAccessibleName(self.tr("Script editor"))
        self._context = context
        self._service = ScriptService(context.db)
        self._actor = context.user.id
        self._views: list[ScriptView] = []
        self._current: ScriptView | None = None
        self._new = False
        self._filling = False
        self._dirty = False
        self._wanted: int | None = None
        self._versions: list[ScriptVersionView] = []
        self._build()
        self.resize(1060, 720)
        self._show_script(None)
        self.reload()

    # ---- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("scriptEditorList")
        self.list.setAccessibleName(self.tr("All scripts, in library order"))
        self.list.currentItemChanged.connect(self._item_changed)
        self.new_button = self._button(
            self.tr("New"), "scriptNew", self.new_script, self.tr("A new script")
        )
        self.up_button = self._button(
            self.tr("Move up"),
            "scriptMoveUp",
            lambda: self.move(-1),
            self.tr("Earlier in the library"),
        )
        self.down_button = self._button(
            self.tr("Move down"),
            "scriptMoveDown",
            lambda: self.move(1),
            self.tr("Later in the library"),
        )
        self.import_button = self._button(
            self.tr("Import…"),
            "scriptImport",
            self.import_file,
            self.tr("Import scripts from a file"),
        )
        self.export_button = self._button(
            self.tr("Export…"),
            "scriptExport",
            self.export_file,
            self.tr("Export every script to a file"),
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.up_button, self.down_button):
            row.addWidget(button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        left_layout.addLayout(row)

        self.banner = QLabel(self)
        self.banner.setObjectName("scriptEditorBanner")
        self.banner.setAccessibleName(self.tr("Message"))
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.key = self._line("scriptKey", self.tr("Key"), self.tr("e.g. refund-delay"))
        self.title = self._line("scriptTitleEdit", self.tr("Title"), "")
        self.category = QComboBox(self)
        self.category.setObjectName("scriptCategoryEdit")
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setEditable(True)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("scriptDescription")
        self.description.setAccessibleName(self.tr("Description for agents"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.default_language = QComboBox(self)
        self.default_language.setObjectName("scriptDefaultLanguage")
        self.default_language.setAccessibleName(
            self.tr("Language shown when the customer's is missing")
        )
        self.shortcut = self._line(
            "scriptShortcut", self.tr("Shortcut"), self.tr("e.g. Ctrl+Alt+R (optional)")
        )
        self.shortcut_check = QLabel(self)
        self.shortcut_check.setObjectName("scriptShortcutCheck")
        self.shortcut_check.setStyleSheet(themed("color: #b91c1c;"))
        self.shortcut.textEdited.connect(self._check_shortcut)
        self.queues = self._line(
            "scriptQueues",
            self.tr("Queues"),
            self.tr("Every queue — or names, e.g. Refunds, Cruise care"),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Key"), self.key)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&ategory"), self.category)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Queues"), self.queues)
        shortcut_row = QHBoxLayout()
        shortcut_row.addWidget(self.shortcut)
        shortcut_row.addWidget(self.shortcut_check, 1)
        shortcut_label = QLabel(self.tr("S&hortcut"), self)
        shortcut_label.setBuddy(self.shortcut)
        form.addRow(shortcut_label, shortcut_row)
        form.addRow(self.tr("Default &language"), self.default_language)

        self.variants = QTabWidget(self)
        self.variants.setObjectName("scriptVariants")
        self.variants.setAccessibleName(self.tr("Languages of the script"))
        self.new_language = self._line(
            "scriptNewLanguage", self.tr("New language code"), self.tr("e.g. th")
        )
        self.new_language.setMaximumWidth(110)
        self.add_language_button = self._button(
            self.tr("Add language"),
            "scriptAddLanguage",
            self._add_language,
            self.tr("Add a language"),
        )
        self.remove_language_button = self._button(
            self.tr("Remove this language"),
            "scriptRemoveLanguage",
            self._remove_language,
            self.tr("Remove the language shown"),
        )
        language_row = QHBoxLayout()
        language_row.addWidget(self.new_language)
        language_row.addWidget(self.add_language_button)
        language_row.addStretch(1)
        language_row.addWidget(self.remove_language_button)

        self.reason = self._line(
            "scriptReason", self.tr("Reason"), self.tr("Why it is retired or restored (optional)")
        )
        self.retire_button = self._button(
            self.tr("Retire"), "scriptRetire", self.retire, self.tr("Hide the script from agents")
        )
        self.save_button = self._button(
            self.tr("Save"), "scriptSave", self.save, self.tr("Save as a new version")
        )
        self.save_button.setDefault(True)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.retire_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)

        edit_page = QWidget(self)
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.variants, 1)
        edit_layout.addLayout(language_row)
        edit_layout.addLayout(actions)

        self.history = QListWidget(self)
        self.history.setObjectName("scriptHistory")
        self.history.setAccessibleName(self.tr("Versions, newest first"))
        self.history.currentItemChanged.connect(self._version_chosen)
        self.version_text = QPlainTextEdit(self)
        self.version_text.setObjectName("scriptVersionText")
        self.version_text.setAccessibleName(self.tr("What the version said"))
        self.version_text.setReadOnly(True)
        history_page = QSplitter(Qt.Orientation.Vertical, self)
        history_page.addWidget(self.history)
        history_page.addWidget(self.version_text)
        history_page.setSizes([200, 400])

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("scriptEditorTabs")
        self.tabs.setAccessibleName(self.tr("Script and history"))
        self.tabs.addTab(edit_page, self.tr("&Script"))
        self.tabs.addTab(history_page, self.tr("&History"))

        self.report = QPlainTextEdit(self)
        self.report.setObjectName("scriptImportReport")
        self.report.setAccessibleName(self.tr("Import and export report"))
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 16)
        self.report.hide()

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 780])

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.report)
        layout.addWidget(close)

        for edit in (self.key, self.title, self.shortcut, self.queues):
            edit.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.category.editTextChanged.connect(self._edited)
        chain = (
            self.list,
            self.new_button,
            self.up_button,
            self.down_button,
            self.import_button,
            self.export_button,
            self.key,
            self.title,
            self.category,
            self.description,
            self.queues,
            self.shortcut,
            self.default_language,
            self.variants,
            self.new_language,
            self.add_language_button,
            self.remove_language_button,
            self.reason,
            self.retire_button,
            self.save_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _button(
        self, text: str, name: str, slot: Callable[[], object], accessible: str
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleDescription(placeholder)
        return edit

    # ---- public --------------------------------------------------------------------------

    @property
    def current(self) -> ScriptView | None:
        return self._current

    def variant_editor(self, language: str) -> _VariantEditor | None:
        for i in range(self.variants.count()):
            page = self.variants.widget(i)
            if isinstance(page, _VariantEditor) and page.language == language:
                return page
        return None

    def reload(self, select: int | None = None) -> None:
        """Read the whole library (retired scripts too) off the GUI thread."""
        if select is not None:
            self._wanted = select
        service = self._service
        run_task(
            lambda: service.library(include_retired=True), self._loaded, self._failed, owner=self
        )

    def show_script(self, script_id: int) -> None:
        self._wanted = script_id
        self._select_wanted()

    def new_script(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show_script(None, new=True)
        self.tabs.setCurrentIndex(0)
        self.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def doc(self) -> sc.ScriptDoc:
        """The script as the form says it."""
        variants = tuple(
            page.variant()
            for i in range(self.variants.count())
            if isinstance(page := self.variants.widget(i), _VariantEditor)
        )
        queues = tuple(q.strip() for q in self.queues.text().split(",") if q.strip())
        return sc.ScriptDoc(
            key=self.key.text(),
            title=self.title.text(),
            variants=variants,
            category=self.category.currentText(),
            description=self.description.toPlainText(),
            default_language=str(self.default_language.currentData() or ""),
            shortcut=self.shortcut.text(),
            queues=queues,
            retired=self._current is not None and not self._current.active,
        )

    def save(self) -> None:
        doc = self.doc()
        problems = sc.check_doc(sc.normalise_doc(doc))
        if problems:
            self._say(localized(sc.problems_as_field_errors(problems).message))
            for i in range(self.variants.count()):
                page = self.variants.widget(i)
                if isinstance(page, _VariantEditor):
                    page.check()
            return
        service, actor, current = self._service, self._actor, self._current

        def work() -> ScriptView:
            if current is None:
                return service.create(doc, actor)
            return service.edit(current.id, current.version, doc, actor)

        self._busy(True)
        run_task(work, lambda view: self._saved(view, "saved"), self._refused, owner=self)

    def retire(self) -> None:
        current = self._current
        if current is None:
            return
        service, actor, reason = self._service, self._actor, self.reason.text()

        def work() -> ScriptView:
            if current.active:
                return service.retire(current.id, current.version, actor, reason)
            return service.restore(current.id, current.version, actor, reason)

        self._busy(True)
        run_task(
            work,
            lambda view: self._saved(view, "restored" if view.active else "retired"),
            self._refused,
            owner=self,
        )

    def move(self, step: int) -> None:
        """Reorder: the chosen script one place earlier or later."""
        current = self._current
        if current is None:
            return
        ids = [v.id for v in self._views]
        at = ids.index(current.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids.insert(to, ids.pop(at))
        service, actor = self._service, self._actor

        def done(views: list[ScriptView]) -> None:
            self._busy(False)
            self._wanted = current.id
            self._loaded(views)
            self.changed.emit()
            self.finished_work.emit("reordered")

        self._busy(True)
        run_task(lambda: service.reorder(ids, actor), done, self._refused, owner=self)

    def import_file(self, path: str = "") -> None:
        """Import a script file: all or nothing, every problem with its line."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import scripts"), "", self.tr("Script files (*.json);;All files (*)")
            )
        if not path:
            return
        service, actor = self._service, self._actor
        self._busy(True)
        run_task(
            lambda: service.import_file(path, actor),
            lambda r: self._imported(path, r),
            self._refused,
            owner=self,
        )

    def export_file(self, path: str = "") -> None:
        """Write every script (retired ones too) to a file in the same format."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export scripts"), "scripts.json", self.tr("Script files (*.json)")
            )
        if not path:
            return
        service = self._service

        def done(count: int) -> None:
            self._busy(False)
            self._report(
                (
                    self.tr("%Ln script exported to {path}.", "", count)
                    if count == 1
                    else self.tr("%Ln scripts exported to {path}.", "", count)
                ).format(path=path)
            )
            self.finished_work.emit("exported")

        self._busy(True)
        run_task(
            lambda: service.export_file(path, include_retired=True), done, self._refused, owner=self
        )

    # ---- answers -------------------------------------------------------------------------

    def _loaded(self, views: list[ScriptView]) -> None:
        self._views = views
        keep = (
            self._wanted
            if self._wanted is not None
            else (self._current.id if self._current is not None else None)
        )
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for view in views:
                text = view.title + ("" if view.active else self.tr(" (retired)"))
                item = QListWidgetItem(text)
                item.setData(_ID, view.id)
                item.setToolTip(
                    separator().join((view.key, view.category, f"v{plain_number(view.version)}"))
                )
                if not view.active:
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        categories = list(dict.fromkeys(v.category for v in views))
        text = self.category.currentText()
        self._filling = True
        try:
            self.category.clear()
            self.category.addItems(categories)
            self.category.setEditText(text)
        finally:
            self._filling = False
        if keep is not None:
            self._wanted = keep
            self._select_wanted()
        elif not self._new and views:
            self.list.setCurrentRow(0)

    def _select_wanted(self) -> None:
        wanted = self._wanted
        if wanted is None:
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID) == wanted:
                self._wanted = None
                if self.list.currentRow() == row:
                    self._item_changed(self.list.item(row))
                else:
                    self.list.setCurrentRow(row)
                return

    def _item_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        view = next((v for v in self._views if v.id == item.data(_ID)), None)
        current = self._current
        if self._dirty and view is not None and current is not None and view.id == current.id:
            # The list was reloaded under an unsaved edit (a colleague's newer version, a
            # refused save): keep every word typed; the next save is made on their version,
            # which the message above named.
            self._current = view
            self._load_versions(view.id)
            return
        self._show_script(view)

    def _saved(self, view: ScriptView, what: str) -> None:
        self._busy(False)
        self._dirty = False
        self._current = None
        self._say(
            self.tr("“{title}” {what}: version {n}.").format(
                title=view.title, what=self._what(what), n=plain_number(view.version)
            ),
            kind="info",
        )
        self.reason.clear()
        self.reload(select=view.id)
        self.changed.emit()
        self.finished_work.emit(what)

    def _what(self, what: str) -> str:
        return {
            "saved": self.tr("saved"),
            "retired": self.tr("retired"),
            "restored": self.tr("restored"),
        }.get(what, what)

    def _imported(self, path: str, report: ImportReport) -> None:
        self._busy(False)
        lines = [localized(report.summary())]
        lines += [localized(str(issue)) for issue in report.issues]
        self._report("\n".join(lines), error=not report.ok)
        if report.ok:
            self.reload()
            self.changed.emit()
        self.finished_work.emit("imported" if report.ok else "import refused")

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserFacingError):
            self._say(error.message)
            if isinstance(error, ConflictError):
                self.reload()  # their version becomes the base; the typed text stays
        else:
            from ui.errors import show_error

            show_error(self, error)
        self.finished_work.emit("refused")

    def _failed(self, error: BaseException) -> None:
        from ui.errors import show_error

        show_error(self, error)

    def _load_versions(self, script_id: int) -> None:
        service = self._service
        run_task(
            lambda: service.versions(script_id),
            lambda versions: self._versions_loaded(script_id, versions),
            self._failed,
            owner=self,
        )

    def _versions_loaded(self, script_id: int, versions: list[ScriptVersionView]) -> None:
        if self._current is None or self._current.id != script_id:
            return
        self._versions = versions
        self.history.clear()
        zone = self._context.agent_zone
        actions = {
            "created": self.tr("created"),
            "edited": self.tr("edited"),
            "retired": self.tr("retired"),
            "restored": self.tr("restored"),
            "imported": self.tr("imported"),
            "seeded": self.tr("shipped"),
        }
        for v in versions:
            when = f"{format_date(v.edited_at, zone)} {clock(v.edited_at.astimezone(zone))}"
            who = v.edited_by or self.tr("the program")
            action = actions.get(v.action, v.action)
            text = separator().join((f"v{plain_number(v.version)}", action, who, when))
            if v.reason:
                text += f"{separator()}“{v.reason}”"
            item = QListWidgetItem(text)
            item.setData(_ID, v.version)
            self.history.addItem(item)
        if versions:
            self.history.setCurrentRow(0)

    def _version_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            self.version_text.clear()
            return
        version = next((v for v in self._versions if v.version == item.data(_ID)), None)
        if version is None:
            return
        doc = version.doc
        parts = [separator().join(p for p in (doc.title, doc.category, doc.shortcut) if p)]
        for variant in doc.variants:
            head = f"— {language_name(variant.language)} ({variant.language})"
            if variant.title:
                head += f": {variant.title}"
            parts += ["", head, variant.body]
        self.version_text.setPlainText("\n".join(parts))

    # ---- the form ------------------------------------------------------------------------

    def _show_script(self, view: ScriptView | None, *, new: bool = False) -> None:
        self._current = view
        self._new = new
        self._filling = True
        try:
            doc = view.doc() if view is not None else None
            self.key.setText(doc.key if doc else "")
            self.key.setReadOnly(doc is not None)
            self.title.setText(doc.title if doc else "")
            self.category.setEditText(doc.category if doc else "General")
            self.description.setPlainText(doc.description if doc else "")
            self.shortcut.setText(doc.shortcut if doc else "")
            self.queues.setText(", ".join(doc.queues) if doc else "")
            while self.variants.count():
                page = self.variants.widget(0)
                self.variants.removeTab(0)
                page.deleteLater()
            variants = doc.variants if doc else (sc.Variant("en", ""),)
            for variant in variants:
                self._add_variant(variant)
            self._fill_default_language(doc.default_language if doc else "en")
        finally:
            self._filling = False
        self._check_shortcut()
        editing = view is not None or new
        for widget in (
            self.key,
            self.title,
            self.category,
            self.description,
            self.shortcut,
            self.queues,
            self.default_language,
            self.variants,
            self.new_language,
            self.add_language_button,
            self.remove_language_button,
            self.save_button,
        ):
            widget.setEnabled(editing)
        self.retire_button.setEnabled(view is not None)
        self.reason.setEnabled(view is not None)
        self.retire_button.setText(
            self.tr("Restore") if view is not None and not view.active else self.tr("Retire")
        )
        self.up_button.setEnabled(view is not None)
        self.down_button.setEnabled(view is not None)
        self.tabs.setTabEnabled(1, view is not None)
        self.history.clear()
        self.version_text.clear()
        self._versions = []
        if view is not None:
            self._load_versions(view.id)
        heading = (
            self.tr("New script")
            if new
            else self.tr("Script: {title} (version {n})").format(
                title=view.title, n=plain_number(view.version)
            )
            if view is not None
            else self.tr("Scripts")
        )
        self.setWindowTitle(heading)
        self._dirty = False

    def _add_variant(self, variant: sc.Variant) -> _VariantEditor:
        page = _VariantEditor(variant.language, self.variants)
        page.set(variant)
        page.changed.connect(self._edited)
        if sc.is_rtl(variant.language):
            page.body.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            option = page.body.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            page.body.document().setDefaultTextOption(option)
        self.variants.addTab(page, f"{language_name(variant.language)} ({variant.language})")
        return page

    def _fill_default_language(self, wanted: str) -> None:
        box = self.default_language
        box.clear()
        for i in range(self.variants.count()):
            page = self.variants.widget(i)
            if isinstance(page, _VariantEditor):
                box.addItem(f"{language_name(page.language)} ({page.language})", page.language)
        box.setCurrentIndex(max(0, box.findData(wanted)))

    def _add_language(self) -> None:
        code = self.new_language.text().strip()
        if not code:
            self.new_language.setFocus()
            return
        if self.variant_editor(code) is not None:
            self._say(self.tr("{code} is there already.").format(code=code))
            return
        page = self._add_variant(sc.Variant(code, ""))
        self._fill_default_language(str(self.default_language.currentData() or ""))
        self.variants.setCurrentWidget(page)
        page.body.setFocus()
        self.new_language.clear()
        self._edited()

    def _remove_language(self) -> None:
        if self.variants.count() <= 1:
            self._say(self.tr("A script needs at least one language."))
            return
        index = self.variants.currentIndex()
        page = self.variants.widget(index)
        self.variants.removeTab(index)
        page.deleteLater()
        self._fill_default_language(str(self.default_language.currentData() or ""))
        self._edited()

    def _check_shortcut(self) -> None:
        try:
            sc.normalise_shortcut(self.shortcut.text())
        except ValueError as exc:  # its args[0] is the core's sentence (console.errors.Said)
            self.shortcut_check.setText(localized(exc.args[0] if exc.args else str(exc)))
            return
        self.shortcut_check.setText("")

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True
            self.banner.hide()

    def _busy(self, busy: bool) -> None:
        for button in (
            self.save_button,
            self.retire_button,
            self.import_button,
            self.export_button,
            self.up_button,
            self.down_button,
        ):
            button.setEnabled(not busy)
        if not busy:
            self.retire_button.setEnabled(self._current is not None)
            self.up_button.setEnabled(self._current is not None)
            self.down_button.setEnabled(self._current is not None)
            self.save_button.setEnabled(self._current is not None or self._new)

    def _say(self, text: str, *, kind: str = "error") -> None:
        self.banner.setText(text)
        colour = "#b91c1c" if kind == "error" else "#166534"
        self.banner.setStyleSheet(themed(f"color: {colour}; padding: 4px 2px;"))
        self.banner.setVisible(bool(text))

    def _report(self, text: str, *, error: bool = False) -> None:
        self.report.setPlainText(text)
        self.report.setStyleSheet(themed("color: #b91c1c;" if error else ""))
        self.report.show()
