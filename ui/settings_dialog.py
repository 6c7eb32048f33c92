"""File › Settings… (Ctrl+,): what an agent may change without the command line.

The dialog edits the settings file exactly as ``agent-console settings set`` does: each value
goes through ``console.settings.with_value`` (the same checks, the same sentences) and the
file is written by ``console.settings.save``, so there is one file format and one set of
rules. What the running console can take at once it takes (colours, the reminder's lead
time and sound, the dial settings, the dashboard's thresholds); the rest says it applies at
the next start. A value that cannot be saved is refused next to its field, and a file that
cannot be written leaves the dialog open with everything typed still there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console import settings as settings_file
from console.errors import ValidationError
from console.integrations.dialer import plan_dial
from console.services.dashboard import Thresholds
from console.services.users import SUPERVISING_ROLES
from console.settings import Settings
from ui.accessibility import prepare
from ui.customer_edit_dialog import _contains_completion, _countries
from ui.i18n import localized
from ui.theme import themed

if TYPE_CHECKING:
    from ui.console_session import ConsoleSession

log = logging.getLogger(__name__)

# The settings this dialog shows, in the order of its fields.
EDITED = (
    "theme",
    "default_region",
    "dial_scheme",
    "sip_domain",
    "dial_command",
    "callback_reminder_lead_min",
    "callback_reminder_sound",
    "dashboard_break_warning_min",
    "dashboard_overdue_alert",
)
# Settings the running console cannot take: they apply at the next start.
AT_NEXT_START = ("default_region",)
ERROR_STYLE = (
    "QLabel[settingError=true] { color: #b91c1c; }QLabel[settingHint=true] { color: #4b5563; }"
)


class SettingsDialog(QDialog):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(themed(ERROR_STYLE))
        self.session = session
        self.supervising = session.context.user.role in SUPERVISING_ROLES
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.saves = 0

        self.theme = QComboBox(self)
        for text, value in (
            (self.tr("Follow the system"), ""),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.addItem(self.tr("None (numbers must start with +)"), "")
        for code, name in _countries():
            self.region.addItem(f"{name} ({code})", code)
        _contains_completion(self.region)
        self.dial_scheme = QComboBox(self)
        for text, value in (
            (self.tr("tel: link (the system's phone app)"), "tel"),
            (self.tr("sip: link to your phone system"), "sip"),
            (self.tr("callto: link"), "callto"),
        ):
            self.dial_scheme.addItem(text, value)
        self.sip_domain = QLineEdit(self)
        self.sip_domain.setPlaceholderText(self.tr("pbx.example.com"))
        self.dial_command = QLineEdit(self)
        self.dial_command.setPlaceholderText(self.tr("linphonecsh dial {number}"))
        self.dial_command.setToolTip(
            self.tr("A softphone's command line; {number} becomes +79165551234 and "
                    "{number_digits} 79165551234. Empty: use the link above.")
        )  # fmt: skip
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setToolTip(self.tr("Show what a call would run, without running it"))
        self.test_button.clicked.connect(self.test_dial)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("dialTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        self.lead = QLineEdit(self)
        self.sound = QCheckBox(self.tr("&Beep when a reminder appears"), self)
        self.break_warning = QLineEdit(self)
        self.overdue_alert = QLineEdit(self)
        numbers = (self.lead, self.break_warning, self.overdue_alert)
        for number in numbers:
            number.setMaximumWidth(number.fontMetrics().horizontalAdvance("0") * 10 + 16)
        self.dial_scheme.currentIndexChanged.connect(self._scheme_changed)

        layout = QVBoxLayout(self)
        # Messages appear under the fields: the dialog grows to show them whole.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        look = self._group(self.tr("Appearance"))
        self._row(look, self.tr("T&heme"), self.theme, "theme")
        language = QLabel(self.tr("The language is chosen in File › Language."), self)
        language.setWordWrap(True)
        look.addRow(language)
        layout.addWidget(look.parentWidget())
        calls = self._group(self.tr("Telephony"))
        region_hint = self.tr("For numbers typed without +; applies at the next start.")
        self._row(calls, self.tr("Default &country"), self.region, "default_region",
                  hint=region_hint)  # fmt: skip
        self._row(calls, self.tr("&Dial by"), self.dial_scheme, "dial_scheme")
        self._row(calls, self.tr("&SIP domain"), self.sip_domain, "sip_domain")
        command_row = QWidget(self)
        command_box = QHBoxLayout(command_row)
        command_box.setContentsMargins(0, 0, 0, 0)
        command_box.addWidget(self.dial_command, 1)
        command_box.addWidget(self.test_button)
        self._row(calls, self.tr("Dial comma&nd"), command_row, "dial_command",
                  accessible=self.dial_command)  # fmt: skip
        calls.addRow("", self.test_result)
        layout.addWidget(calls.parentWidget())
        reminders = self._group(self.tr("Reminders"))
        self._row(reminders, self.tr("Remind &minutes before"), self.lead,
                  "callback_reminder_lead_min",
                  hint=self.tr("0 to 240; 0 reminds only when a callback is due."))  # fmt: skip
        self._row(reminders, "", self.sound, "callback_reminder_sound")
        layout.addWidget(reminders.parentWidget())
        self.dashboard_group: QGroupBox | None = None
        if self.supervising:
            board = self._group(self.tr("Dashboard alerts"))
            self._row(board, self.tr("&Unattended promise ends within (minutes)"),
                      self.break_warning, "dashboard_break_warning_min")  # fmt: skip
            self._row(board, self.tr("O&verdue callbacks above"), self.overdue_alert,
                      "dashboard_overdue_alert")  # fmt: skip
            group = board.parentWidget()
            assert isinstance(group, QGroupBox)
            self.dashboard_group = group
            layout.addWidget(group)
        else:  # agents: the dashboard's fields are never shown
            self.break_warning.hide()
            self.overdue_alert.hide()

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        std = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(std.Ok | std.Cancel | std.Apply | std.RestoreDefaults, self)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)

        self.path = settings_file.settings_path()
        try:
            saved = settings_file.load_file_only()
        except ValidationError as exc:
            saved = Settings()
            self._say(localized(exc.message), error=True)
        self.show_values(saved)
        prepare(self)

    # ---- building --------------------------------------------------------------------------

    def _group(self, title: str) -> QFormLayout:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(
        self,
        form: QFormLayout,
        label: str,
        field: QWidget,
        name: str,
        *,
        hint: str = "",
        accessible: QWidget | None = None,
    ) -> None:
        target = accessible or field
        target.setObjectName(name)
        if label:
            target.setAccessibleName(label.replace("&", ""))
            shown = QLabel(label, self)
            shown.setBuddy(target)
            form.addRow(shown, field)
        else:
            form.addRow("", field)
        if hint:
            target.setToolTip(hint)
            shown_hint = QLabel(hint, self)
            shown_hint.setObjectName(f"{name}Hint")
            shown_hint.setProperty("settingHint", True)
            shown_hint.setWordWrap(True)
            form.addRow("", shown_hint)
        error = QLabel(self)
        error.setObjectName(f"{name}Error")
        error.setProperty("settingError", True)
        error.setWordWrap(True)
        error.hide()
        form.addRow("", error)
        self.fields[name] = target
        self.errors[name] = error

    # ---- values ----------------------------------------------------------------------------

    def show_values(self, values: Settings) -> None:
        self._select(self.theme, values.theme.strip().lower().replace("system", ""))
        region = values.default_region.strip().upper()
        if self.region.findData(region) < 0:
            self.region.addItem(region, region)
        self._select(self.region, region)
        self._select(self.dial_scheme, values.dial_scheme.strip().lower() or "tel")
        self.sip_domain.setText(values.sip_domain)
        self.dial_command.setText(values.dial_command)
        self.lead.setText(str(values.callback_reminder_lead_min))
        self.sound.setChecked(values.callback_reminder_sound)
        self.break_warning.setText(str(values.dashboard_break_warning_min))
        self.overdue_alert.setText(str(values.dashboard_overdue_alert))
        self._scheme_changed()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _typed(self) -> dict[str, str]:
        """What the form says, as the text ``settings set NAME VALUE`` would be given."""
        region = self.region.currentData() if self.region.currentIndex() >= 0 else ""
        if self.region.itemText(self.region.currentIndex()) != self.region.currentText():
            region = self.region.currentText().strip()  # typed, not chosen from the list
        typed = {
            "theme": str(self.theme.currentData()),
            "default_region": str(region or "").upper(),
            "dial_scheme": str(self.dial_scheme.currentData()),
            "sip_domain": self.sip_domain.text().strip(),
            "dial_command": self.dial_command.text().strip(),
            "callback_reminder_lead_min": self.lead.text().strip(),
            "callback_reminder_sound": "true" if self.sound.isChecked() else "false",
        }
        if self.supervising:
            typed["dashboard_break_warning_min"] = self.break_warning.text().strip()
            typed["dashboard_overdue_alert"] = self.overdue_alert.text().strip()
        return typed

    def chosen(self, base: Settings) -> tuple[Settings, dict[str, str]]:
        """``base`` with what the form says, and what is wrong with it by field."""
        result, wrong = base, {}
        for name, text in self._typed().items():
            try:
                result = settings_file.with_value(result, name, text)
            except ValidationError as exc:
                wrong[name] = localized(exc.message)
        if not wrong:
            for name, said in settings_file.problems(result).items():
                if name in self.fields:
                    wrong[name] = localized(said)
        return result, wrong

    # ---- buttons ---------------------------------------------------------------------------

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            if self.apply():
                self.accept()
        elif role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()
        elif role == QDialogButtonBox.ButtonRole.ResetRole:
            self.restore_defaults()
        else:
            self.reject()

    def restore_defaults(self) -> None:
        """The defaults go into the form; nothing is saved until OK or Apply."""
        self.show_values(Settings())
        self._show_errors({})
        self._say(self.tr("The defaults are in the form: OK or Apply saves them."))

    def apply(self) -> bool:
        """Check, save and take what the form says; False (and the dialog says why) if not."""
        try:
            base = settings_file.load_file_only()
        except ValidationError:
            base = Settings()  # the file is unreadable: it is replaced by a whole one
        wanted, wrong = self.chosen(base)
        self._show_errors(wrong)
        if wrong:
            self._say(self.tr("Nothing was saved: correct the fields marked in red."),
                      error=True)  # fmt: skip
            next(iter(self.fields[n] for n in self.fields if n in wrong)).setFocus()
            return False
        try:
            settings_file.save(wanted, self.path)
        except OSError as exc:
            log.warning("settings not saved to %s: %s", self.path, exc)
            self._say(
                self.tr("The settings could not be saved to {path} ({problem}). Nothing is "
                        "lost: correct the problem and press Apply again.").format(
                    path=self.path, problem=exc.strerror or exc
                ),
                error=True,
            )  # fmt: skip
            return False
        self.saves += 1
        later = self.take(wanted, changed_from=base)
        if later:
            self._say(self.tr("Saved. Applies at the next start: {what}.").format(
                what=", ".join(later)))  # fmt: skip
        else:
            self._say(self.tr("Saved and applied."))
        return True

    def take(self, saved: Settings, *, changed_from: Settings | None = None) -> list[str]:
        """The running console takes the saved settings where it can; returns the names (for
        the agent) of those changed (from ``changed_from``, the file before) that apply at
        the next start."""
        session = self.session
        running = session.context.settings
        later: list[str] = []
        values = {n: getattr(saved, n) for n in EDITED}
        before = changed_from or running
        for name in EDITED:
            env = settings_file.ENV_OVERRIDES.get(name)
            overridden = bool(env and os.environ.get(env))
            if name in AT_NEXT_START or overridden:
                values[name] = getattr(running, name)
                if getattr(saved, name) != getattr(before, name):
                    label = self._label_of(name)
                    if overridden:  # the variable decides as long as it is set
                        label = self.tr("{setting} (while {variable} is set, it decides)").format(
                            setting=label, variable=env
                        )
                    later.append(label)
        new = dataclasses.replace(running, **values)
        session.context = dataclasses.replace(session.context, settings=new)
        window = session.window
        window.context = session.context
        window.callback_panel._settings = new
        reminder = window.callback_reminder
        reminder.lead = dt.timedelta(minutes=max(0, new.callback_reminder_lead_min))
        reminder.sound = new.callback_reminder_sound
        if new.callback_reminder_lead_min != running.callback_reminder_lead_min:
            reminder.check()
        if window.dashboard is not None:
            window.dashboard.context = session.context
            window.dashboard.thresholds = Thresholds(
                break_within_min=new.dashboard_break_warning_min,
                overdue_above=new.dashboard_overdue_alert,
            )
            window.dashboard.refresh()
        if new.theme != running.theme:
            # After OK has closed the dialog: an open dialog keeps the window from being
            # rebuilt (with Apply, the colours change now and the rest at the next rebuild).
            QTimer.singleShot(0, session, lambda: session.follow_theme())
        return later

    def _label_of(self, name: str) -> str:
        field = self.fields.get(name)
        return field.accessibleName() if field is not None else name

    def test_dial(self) -> None:
        """What pressing Dial would do with these settings, said, never done."""
        scheme = str(self.dial_scheme.currentData())
        try:
            plan = plan_dial(settings_file.SAMPLE_NUMBER, scheme=scheme,
                             sip_domain=self.sip_domain.text().strip(),
                             command=self.dial_command.text().strip())  # fmt: skip
        except ValidationError as exc:
            text, error = localized(exc.message), True
        else:
            if plan.kind == "command":
                text = self.tr("Dial would run: {command}").format(command=" ".join(plan.argv))
            else:
                text = self.tr("Dial would open: {url}").format(url=plan.url)
            error = False
        self.test_result.setText(text)
        self.test_result.setProperty("settingError", error)
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)
        self.test_result.show()
        self._fit()

    # ---- what the dialog says --------------------------------------------------------------

    def _scheme_changed(self) -> None:
        self.sip_domain.setEnabled(self.dial_scheme.currentData() == "sip")

    def _show_errors(self, wrong: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = wrong.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            self.fields[name].setAccessibleDescription(text)
        self._fit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("settingError", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the hints wrap: a size hint alone leaves their second line cut

    def _fit(self) -> None:
        """Grow (never shrink) so every wrapped line of what the dialog says is visible."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height(), self.sizeHint().height())
        if needed > self.height() or width > self.width():
            self.resize(width, max(needed, self.height()))
