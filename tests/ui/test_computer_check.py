""" "Check this computer": reached from the caregiver's part of Settings, it shows the same
results as ``admin check`` in large text, problems first, each with what to do."""

from __future__ import annotations

import argparse
import io
import json
from typing import Any

from PySide6.QtWidgets import QLabel

from app.cli import admin_check
from app.ui.pages.computer_check import ComputerCheckPage
from app.ui.widgets import BigButton


def _shown(page: Any) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_the_caregiver_opens_check_this_computer_and_sees_what_admin_check_says(
    qtbot: Any, learner_window_factory: Any
) -> None:
    built = learner_window_factory("en")
    window = built.window
    window.open("settings")
    button = window.page.findChild(BigButton, "computer_check")
    assert button is not None and button.text() == "Check this computer"
    button.click()
    assert window.key == "computer-check"
    page = window.page
    assert isinstance(page, ComputerCheckPage)

    out = io.StringIO()
    admin_check.run(built.services, argparse.Namespace(json=True), out, out)
    shown = _shown(page)
    checks = json.loads(out.getvalue())["checks"]
    assert len(checks) >= 7
    for check in checks:  # every check admin check makes, with its label and detail
        assert check["label"] in shown and check["detail"] in shown
        if check["status"] != "ok":
            assert check["fix"] in shown
    for row in page.rows:
        if row.objectName() == "Banner":  # a problem: it says what to do
            assert "What to do: " in "\n".join(lbl.text() for lbl in row.findChildren(QLabel))
    assert page.first_focus() is page.again_button
