"""Sign-in: paste the platform token (the learner, a caregiver or a teacher does it once).

The token goes to the OS keyring for this profile only, never to a file or the
database. Without a keyring the page says so plainly and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import SecretsUnavailable, SilverError
from app.core.ports import SecretStore
from app.ui.pages.base import Page
from app.ui.share_question import ShareQuestion
from app.ui.widgets import Banner, BigButton, heading


def _error_text(exc: SilverError) -> str:
    return QCoreApplication.translate("Errors", exc.template).format(**exc.params)


class SignInPage(Page):
    def __init__(
        self,
        secrets: SecretStore,
        profile_id: str,
        check: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        *,
        after_sign_in: ShareQuestion | None = None,
    ) -> None:
        """``check(token)`` (optional) asks the platform whether the token works;
        ``after_sign_in``: the sharing question, asked after a sign-in (once ever)."""
        super().__init__(parent)
        self._secrets = secrets
        self._profile_id = profile_id
        self._check = check
        self.column.addWidget(heading(self.tr("Sign in to the lesson platform")))
        about = QLabel(
            self.tr(
                "Paste the sign-in code you were given by the platform, your teacher or a "
                "helper. It is kept safely in this computer's keyring, only for you."
            )
        )
        about.setWordWrap(True)
        self.column.addWidget(about)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Sign-in code"))
        self.token.setPlaceholderText(self.tr("Paste the sign-in code here"))
        self.token.returnPressed.connect(self.sign_in)
        self.column.addWidget(self.token)
        row = QHBoxLayout()
        self.sign_in_button = BigButton(
            self.tr("Sign in"), main=True, description=self.tr("Keep this sign-in code")
        )
        self.sign_out_button = BigButton(
            self.tr("Sign out"), description=self.tr("Remove the sign-in code from this computer")
        )
        self.sign_in_button.activated.connect(self.sign_in)
        self.sign_out_button.activated.connect(self.sign_out)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        self.banner = Banner()  # pinned above the buttons: what happened shows where it was pressed
        pinned = QVBoxLayout()
        pinned.addWidget(self.banner)
        pinned.addLayout(row)
        self.pin_actions(pinned)
        self.after_sign_in = after_sign_in
        if after_sign_in is not None:
            self.column.addWidget(after_sign_in)
        self.column.addStretch(1)
        self._show_state()

    def _show_state(self) -> None:
        try:
            signed_in = self._secrets.get(self._profile_id) is not None
        except SecretsUnavailable as exc:
            self.banner.show_message(_error_text(exc))
            self.sign_in_button.setEnabled(False)
            return
        self.sign_out_button.setEnabled(signed_in)
        self.banner.show_message(
            self.tr("You are signed in.") if signed_in else self.tr("You are not signed in.")
        )

    def sign_in(self) -> None:
        token = self.token.text().strip()
        if not token:
            self.banner.show_message(self.tr("Please paste your sign-in code first."))
            return
        try:
            self._secrets.set(self._profile_id, token)
        except SecretsUnavailable as exc:
            self.banner.show_message(_error_text(exc))
            return
        finally:
            self.token.clear()
        self.sign_out_button.setEnabled(True)
        self.banner.show_message(self.tr("You are signed in."))
        if self._check is not None:
            self._check(token)
        if self.after_sign_in is not None:
            self.after_sign_in.ask()

    def sign_out(self) -> None:
        try:
            self._secrets.delete(self._profile_id)
        except SecretsUnavailable as exc:
            self.banner.show_message(_error_text(exc))
            return
        self.sign_out_button.setEnabled(False)
        self.banner.show_message(
            self.tr("You are signed out. Your sign-in code was removed from this computer.")
        )

    def title(self) -> str:
        return self.tr("Sign in")

    def help_text(self) -> str:
        return self.tr(
            "On this screen you can sign in to the lesson platform by pasting your sign-in "
            "code, or sign out. Your code is kept only in this computer's keyring."
        )

    def main_actions(self) -> list[QWidget]:
        return [self.sign_in_button]

    def first_focus(self) -> QWidget | None:
        return self.token
