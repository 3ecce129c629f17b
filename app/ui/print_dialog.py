"""Printing on paper from the window: the printer dialog (the learner pressed Print)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def print_with_dialog(markup: str, parent: QWidget | None) -> bool:
    """Ask which printer (the learner pressed Print), then print; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from app.services.large_print import print_html  # printing code: only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_html(markup, printer)
    return True
