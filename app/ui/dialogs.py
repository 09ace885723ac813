"""The few questions the window asks the user, behind functions tests can replace."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_save_path_and_filter(parent: QWidget, title: str, suggested: str,
                             filters: str) -> tuple[str, str] | None:
    """The chosen path and the filter it was chosen under ('PDF, A3 (*.pdf)'), or None."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return (path, chosen) if path else None


def ask_open_path(parent: QWidget, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The printer the user picked and set up in the print dialog, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    accepted = QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted
    return printer if accepted else None


def ask_choice(parent: QWidget, title: str, label: str, choices: list[str]) -> int | None:
    """The index of the choice the user picked from a list, or None."""
    chosen, ok = QInputDialog.getItem(parent, title, label, choices, 0, False)
    return choices.index(chosen) if ok and chosen in choices else None
