"""Record a goodwill gesture (refund, voucher, upgrade…) on the open customer.

If one of the same kind was given recently, the dialog shows it and asks for a deliberate
second click ("Give another anyway"): service recovery is never doubled by accident.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.errors import FieldErrors
from console.services.goodwill import KINDS, GoodwillService, RepeatGoodwillError
from ui.context import ConsoleContext
from ui.errors import handle_error
from ui.formatting import humanize
from ui.hub import Hub
from ui.tasks import run_task
from ui.theme import themed

# The currency a gesture is usually given in, by the customer's country (ISO 3166 → ISO 4217).
_EURO = [
    "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PT", "SK", "SI", "ES", "AD", "MC", "SM", "VA", "ME", "XK",
]  # fmt: skip
CURRENCIES: dict[str, str] = {
    **dict.fromkeys(_EURO, "EUR"),
    "GB": "GBP", "US": "USD", "TH": "THB", "IR": "IRR", "RU": "RUB", "CA": "CAD", "AU": "AUD",
    "NZ": "NZD", "JP": "JPY", "CN": "CNY", "IN": "INR", "CH": "CHF", "NO": "NOK", "SE": "SEK",
    "DK": "DKK", "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "IS": "ISK",
    "TR": "TRY", "UA": "UAH", "BY": "BYN", "KZ": "KZT", "AE": "AED", "SA": "SAR", "IL": "ILS",
    "EG": "EGP", "ZA": "ZAR", "BR": "BRL", "MX": "MXN", "AR": "ARS", "SG": "SGD", "MY": "MYR",
    "ID": "IDR", "PH": "PHP", "VN": "VND", "KR": "KRW", "HK": "HKD", "TW": "TWD",
}  # fmt: skip
DEFAULT_CURRENCY = "EUR"


def currency_for(country: str) -> str:
    """The customer's own currency where known, else EUR (the agent can type another)."""
    return CURRENCIES.get(country.strip().upper(), DEFAULT_CURRENCY)


def parse_amount(text: str) -> int | None:
    """ "20", "20.5", "20,50" → minor units (2000, 2050, 2050); None when unreadable."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return 0
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


class GoodwillDialog(QDialog):
    given = Signal(int)

    def __init__(
        self,
        context: ConsoleContext,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        hub: Hub | None = None,
        country: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goodwillDialog")
        self.setWindowTitle(self.tr("Give goodwill to {name}").format(name=customer_name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        self._service = GoodwillService(context.db)
        self._actor = context.user.id
        self._customer_id = customer_id
        self._hub = hub
        self._confirm_repeat = False

        self.banner = QLabel(self)
        self.banner.setObjectName("goodwillBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            themed(
                "background: #fffaeb; color: #7a2e0e; border: 1px solid #fec84b;"
                "border-radius: 6px; padding: 8px;"
            )
        )
        self.banner.hide()
        self.kind = QComboBox(self)
        self.kind.setObjectName("goodwillKind")
        self.kind.setAccessibleName(self.tr("Kind of gesture"))
        for kind in KINDS:
            self.kind.addItem(humanize(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("voucher"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("goodwillAmount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText(self.tr("20.00 (empty for none)"))
        self.currency = QLineEdit(currency_for(country), self)
        self.currency.setObjectName("goodwillCurrency")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaxLength(3)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("goodwillReason")
        self.reason.setAccessibleName(self.tr("Why it is given"))
        self.reason.setPlaceholderText(self.tr("What went wrong, and what this makes good"))
        self.reason.setTabChangesFocus(True)
        # Four lines of the user's font, whatever its size (not pixels).
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 14)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("C&urrency"), self.currency)
        form.addRow(self.tr("&Why"), self.reason)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and field is not None:
                label, buddy = item.widget(), field.widget()
                if isinstance(label, QLabel) and buddy is not None:
                    label.setBuddy(buddy)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.give_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.give_button.setObjectName("goodwillGive")
        self.give_button.setText(self.tr("Give"))
        self.give_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.accepted.connect(self.give)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        # A confirmation was for the gesture shown; another kind asks afresh.
        self._confirm_repeat = False
        self.give_button.setText(self.tr("Give"))
        self.banner.hide()

    def give(self) -> None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            self._say(self.tr("The amount must be a number such as 20 or 20.50."))
            self.amount.setFocus()
            return
        kind, reason, currency = (
            str(self.kind.currentData()), self.reason.toPlainText(), self.currency.text()
        )  # fmt: skip
        service, cid, actor, confirm = (
            self._service, self._customer_id, self._actor, self._confirm_repeat
        )  # fmt: skip
        self.give_button.setEnabled(False)
        run_task(
            lambda: service.give(
                cid,
                actor,
                kind,
                reason,
                amount_minor=amount,
                currency=currency,
                confirm_repeat=confirm,
            ),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, _result: object) -> None:
        if self._hub is not None:
            self._hub.customers_changed.emit(self._customer_id)
        self.given.emit(self._customer_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.give_button.setEnabled(True)
        if isinstance(error, RepeatGoodwillError):
            self._confirm_repeat = True
            self.give_button.setText(self.tr("Give another anyway"))
            self._say(error.message)
        elif isinstance(error, FieldErrors):
            self._say(error.message)
        else:
            handle_error(self, self._hub, error)

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
