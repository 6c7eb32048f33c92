"""Edit a customer, or create one for a new caller: every field checked, nothing typed lost.

Saving runs off the GUI thread. A field the service rejects is marked under the field itself;
an edit that collides with someone else's save keeps everything the agent typed, says who
changed the customer and when, and offers to load their version as the new base.
"""

from __future__ import annotations

import functools
import itertools
import zoneinfo

import phonenumbers
from phonenumbers import timezone as phone_zones
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.errors import ConflictError, FieldErrors
from console.services.customer_edit import PHONE_LABELS, CustomerDraft, CustomerEditService
from console.services.customers import CustomerCard
from ui.accessibility import label_combos
from ui.context import ConsoleContext
from ui.errors import handle_error
from ui.formatting import language_label, number, phone_kind
from ui.hub import Hub
from ui.tasks import run_task
from ui.theme import themed

PHONE_ROWS = 3


@functools.cache
def _zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z and z[0].isupper())


@functools.cache
def _countries() -> list[tuple[str, str]]:
    out = []
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory else code
        out.append((code, name))
    return sorted(out, key=lambda item: item[1])


@functools.cache
def _languages() -> list[tuple[str, str]]:
    """Every language with a two-letter code, as ("ru", "Russian (русский)"), by name."""
    out = {}
    for language in QLocale.Language:
        if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            continue
        code = QLocale.languageToCode(language, QLocale.LanguageCodeType.ISO639Part1)
        if len(code) == 2 and code not in out:
            out[code] = language_label(code)
    return sorted(out.items(), key=lambda item: item[1].casefold())


def _contains_completion(combo: QComboBox) -> None:
    """Typing "tehran" offers Asia/Tehran, "iran" offers Iran (IR): match anywhere, in a list."""
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class CustomerEditDialog(QDialog):
    """``saved`` carries the customer id once the database has the change."""

    saved = Signal(int)

    def __init__(
        self,
        context: ConsoleContext,
        parent: QWidget | None = None,
        *,
        card: CustomerCard | None = None,
        prefill_phone: str = "",
        hub: Hub | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditDialog")
        self._context = context
        self._hub = hub
        self._card = card
        self._version = card.version if card else None
        self._service = CustomerEditService(
            context.db, default_region=context.settings.default_region
        )
        self.setWindowTitle(self.tr("Edit customer") if card else self.tr("New customer"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        self.banner = QLabel(self)
        self.banner.setObjectName("editBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Save problem"))
        self.banner.hide()
        self.reload_button = QPushButton(self.tr("Load their version"), self)
        self.reload_button.setObjectName("editReload")
        self.reload_button.setToolTip(
            self.tr("Fetch the saved customer as the new base; what you typed stays in the form")
        )
        self.reload_button.clicked.connect(self._reload_base)
        self.reload_button.hide()

        self.full_name = self._line("fullName", self.tr("Full name"))
        self.given_name = self._line("givenName", self.tr("Given name"))
        self.family_name = self._line("familyName", self.tr("Family name"))
        self.account_no = self._line("accountNo", self.tr("Account or booking number"))
        if card is None:
            self.account_no.setPlaceholderText(self.tr("Generated when left empty"))
        self.phone_edits: list[QLineEdit] = []
        self.phone_labels: list[QComboBox] = []
        phones_box = QVBoxLayout()
        phones_box.setSpacing(4)
        for i in range(PHONE_ROWS):
            row = QHBoxLayout()
            edit = self._line(f"phone{i}", self.tr("Phone {n}").format(n=number(i + 1)))
            edit.setPlaceholderText(self.tr("+66 81 234 5678"))
            edit.setToolTip(
                self.tr("With its country code (+66 81 234 5678), or national with the country set")
            )
            label = QComboBox(self)
            label.setObjectName(f"phoneLabel{i}")
            label.setAccessibleName(self.tr("Kind of phone {n}").format(n=number(i + 1)))
            for value in PHONE_LABELS:
                label.addItem(phone_kind(value), value)
            row.addWidget(edit, 1)
            row.addWidget(label)
            phones_box.addLayout(row)
            self.phone_edits.append(edit)
            self.phone_labels.append(label)
        self.phone_edits[0].editingFinished.connect(self._suggest_from_phone)
        self.emails = self._line("emails", self.tr("E-mail addresses"))
        self.emails.setPlaceholderText(self.tr("Separate several with commas"))
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setEditable(True)
        for code, name in _countries():
            self.country.addItem(f"{name} ({code})", code)
        _contains_completion(self.country)
        self.time_zone = QComboBox(self)
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.setEditable(True)
        self.time_zone.addItems(_zones())
        _contains_completion(self.time_zone)
        # A list, like Country and Time zone: "rus" or "русский" finds Russian (ru).
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setEditable(True)
        for code, name in _languages():
            self.language.addItem(f"{name} ({code})", code)
        _contains_completion(self.language)
        self.do_not_call = QCheckBox(self.tr("Do not call (e-mail only)"), self)
        self.do_not_call.setObjectName("doNotCall")
        self.tags = self._line("tags", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("VIP, refund pending… separated by commas"))
        self.fields = QPlainTextEdit(self)
        self.fields.setObjectName("customFields")
        self.fields.setAccessibleName(self.tr("Other fields"))
        self.fields.setPlaceholderText(self.tr("One per line, e.g. departure_date: 2026-12-01"))
        # Three lines of the user's font, whatever its size (not pixels).
        self.fields.setFixedHeight(self.fields.fontMetrics().lineSpacing() * 3 + 14)
        self.fields.setTabChangesFocus(True)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Name"), self.full_name, "full_name")
        self._row(form, self.tr("Given name"), self.given_name, None)
        self._row(form, self.tr("Family name"), self.family_name, None)
        self._row(form, self.tr("&Phones"), phones_box, "phones", buddy=self.phone_edits[0])
        self._row(form, self.tr("&E-mail"), self.emails, "emails")
        self._row(form, self.tr("&Country"), self.country, "country")
        self._row(form, self.tr("&Time zone"), self.time_zone, "time_zone")
        self._row(form, self.tr("&Language"), self.language, "language")
        self._row(form, self.tr("&Account"), self.account_no, "account_no")
        self._row(form, self.tr("Ta&gs"), self.tags, "tags")
        self._row(form, "", self.do_not_call, None)
        self._row(form, self.tr("Other fields"), self.fields, None)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("editSave")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(banner_row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        label_combos(self)
        # Tab follows the rows as they are shown (the fields were created in another order).
        phones = [w for pair in zip(self.phone_edits, self.phone_labels, strict=True) for w in pair]
        chain = [self.full_name, self.given_name, self.family_name, *phones, self.emails,
                 self.country, self.time_zone, self.language, self.account_no, self.tags,
                 self.do_not_call, self.fields, *self.buttons.buttons()]  # fmt: skip
        for first, after in itertools.pairwise(chain):
            QWidget.setTabOrder(first, after)
        self._fill(card, prefill_phone)
        self.full_name.setFocus()

    # ---- building --------------------------------------------------------------------------

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _row(
        self,
        form: QFormLayout,
        caption: str,
        field: QWidget | QVBoxLayout,
        key: str | None,
        *,
        buddy: QWidget | None = None,
    ) -> None:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        if isinstance(field, QWidget):
            holder.addWidget(field)
        else:
            holder.addLayout(field)
        if key is not None:
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setProperty("role", "fieldError")
            error.setStyleSheet(themed("color: #b42318;"))
            error.setWordWrap(True)
            error.hide()
            holder.addWidget(error)
            self.errors[key] = error
        label = QLabel(caption, self)
        target = buddy or (field if isinstance(field, QWidget) else None)
        if target is not None:
            label.setBuddy(target)
        form.addRow(label, holder)

    def _fill(self, card: CustomerCard | None, prefill_phone: str) -> None:
        if card is None:
            self._select(self.language, "en")
            self._select(self.country, self._context.settings.default_region.upper())
            self.time_zone.setCurrentText("")
            if prefill_phone:
                self.phone_edits[0].setText(prefill_phone)
                self._suggest_from_phone()
            return
        self.full_name.setText(card.full_name)
        self.given_name.setText(card.given_name)
        self.family_name.setText(card.family_name)
        self.account_no.setText(card.account_no)
        for i, phone in enumerate(card.phones[:PHONE_ROWS]):
            # As the card shows it (international); the service keeps it normalised either way.
            self.phone_edits[i].setText(phone.display or phone.typed)
            index = self.phone_labels[i].findData(phone.label)
            self.phone_labels[i].setCurrentIndex(max(0, index))
        self.emails.setText(", ".join(card.emails))
        self._select(self.country, card.country)
        self.time_zone.setCurrentText(card.time_zone)
        self._select(self.language, card.language)
        self.do_not_call.setChecked(card.do_not_call)
        self.tags.setText(", ".join(t for t in card.tags if t != "do not call"))
        self.fields.setPlainText("\n".join(f"{k}: {v}" for k, v in card.custom_fields))

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setCurrentText(code)

    def _suggest_from_phone(self) -> None:
        """A new caller's number says their country, and often their one time zone."""
        text = self.phone_edits[0].text().strip()
        if not text.startswith(("+", "00")):
            return
        try:
            number = phonenumbers.parse("+" + text[2:] if text.startswith("00") else text, None)
        except phonenumbers.NumberParseException:
            return
        region = phonenumbers.region_code_for_number(number)
        if region and (self._card is None or not self.country_code()):
            self._select(self.country, region)
        zones = [z for z in phone_zones.time_zones_for_number(number) if z != "Etc/Unknown"]
        if len(set(zones)) == 1 and not self.time_zone.currentText().strip():
            self.time_zone.setCurrentText(zones[0])

    # ---- reading the form ------------------------------------------------------------------

    def language_code(self) -> str:
        """The chosen language's code ("ru"), or what was typed when it is not in the list."""
        return self._code(self.language)

    def country_code(self) -> str:
        return self._code(self.country)

    @staticmethod
    def _code(combo: QComboBox) -> str:
        """ "Iran (IR)" -> "IR": the chosen item's code, or the code typed in brackets."""
        data = combo.currentData()
        text = combo.currentText().strip()
        if data and combo.itemText(combo.currentIndex()) == text:
            return str(data)
        if text.endswith(")") and "(" in text:
            return text.rsplit("(", 1)[1].rstrip(")").strip()
        return text

    def draft(self) -> CustomerDraft:
        custom = []
        for line in self.fields.toPlainText().splitlines():
            if ":" in line:
                key, value = line.split(":", 1)
                custom.append((key.strip(), value.strip()))
        return CustomerDraft(
            full_name=self.full_name.text(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            account_no=self.account_no.text(),
            phones=tuple(
                (edit.text(), str(label.currentData()))
                for edit, label in zip(self.phone_edits, self.phone_labels, strict=True)
                if edit.text().strip()
            ),
            emails=tuple(e for e in self.emails.text().replace(";", ",").split(",") if e.strip()),
            time_zone=self.time_zone.currentText(),
            country=self.country_code(),
            language=self.language_code(),
            do_not_call=self.do_not_call.isChecked(),
            tags=tuple(t for t in self.tags.text().split(",") if t.strip()),
            custom_fields=tuple(custom),
        )

    # ---- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        draft = self.draft()
        self._clear_errors()
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        actor = self._context.user.id
        card, version, service = self._card, self._version, self._service
        if card is None:
            run_task(lambda: service.create(draft, actor), self._saved, self._failed, owner=self)
        else:
            assert version is not None
            cid = card.id
            run_task(
                lambda: (cid, service.update(cid, version, draft, actor)),
                lambda result: self._saved(result[0]),
                self._failed,
                owner=self,
            )

    def _saved(self, customer_id: int) -> None:
        if self._hub is not None:
            self._hub.customers_changed.emit(customer_id)
        self.saved.emit(customer_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._restore_save()
        if isinstance(error, FieldErrors):
            first: QWidget | None = None
            for key, message in error.errors.items():
                label = self.errors.get(key)
                if label is not None:
                    label.setText(message[:1].upper() + message[1:])
                    label.show()
                    first = first or self._field_widget(key)
            self._show_banner(self.tr("Some fields need attention (marked below)."), conflict=False)
            if first is not None:
                first.setFocus()
        elif isinstance(error, ConflictError):
            self._show_banner(error.message, conflict=True)
        else:
            handle_error(self, self._hub, error)

    def _field_widget(self, key: str) -> QWidget | None:
        return {
            "full_name": self.full_name,
            "phones": self.phone_edits[0],
            "emails": self.emails,
            "country": self.country,
            "time_zone": self.time_zone,
            "language": self.language,
            "account_no": self.account_no,
            "tags": self.tags,
        }.get(key)

    def _restore_save(self) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))

    def _show_banner(self, text: str, *, conflict: bool) -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", "conflict" if conflict else "invalid")
        self.banner.setStyleSheet(
            themed(
                "background: #fef3f2; color: #7a271a; border: 1px solid #fda29b;"
                "border-radius: 6px; padding: 8px;"
            )
        )
        self.banner.show()
        self.reload_button.setVisible(conflict)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        if self.banner.property("kind") != "conflict":
            self.banner.hide()

    def _reload_base(self) -> None:
        """Their version becomes the base; the form keeps what this agent typed."""
        if self._card is None:
            return
        customers, cid = self._context.customers, self._card.id
        self.reload_button.setEnabled(False)
        run_task(lambda: customers.card(cid), self._new_base, self._failed, owner=self)

    def _new_base(self, card: CustomerCard) -> None:
        self._card = card
        self._version = card.version
        self.reload_button.setEnabled(True)
        self.reload_button.hide()
        mine = self.draft()
        theirs = []
        if " ".join(mine.full_name.split()) != card.full_name:
            theirs.append(self.tr("name “{v}”").format(v=card.full_name))
        if set(mine.tags) - {"do not call"} != set(card.tags) - {"do not call"}:
            theirs.append(self.tr("tags “{v}”").format(v=", ".join(card.tags)))
        if mine.time_zone.strip() != card.time_zone:
            theirs.append(self.tr("time zone {v}").format(v=card.time_zone))
        if mine.do_not_call != card.do_not_call:
            theirs.append(self.tr("do not call: {v}").format(
                v=self.tr("yes") if card.do_not_call else self.tr("no")))  # fmt: skip
        summary = "; ".join(theirs) or self.tr("nothing you can see here differs")
        self.banner.setProperty("kind", "")
        self._show_banner(
            self.tr("Their version is now the base ({summary}). Your text is unchanged: "
                    "Save to apply it on top.").format(summary=summary),
            conflict=False,
        )  # fmt: skip
