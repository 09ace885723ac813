"""Help → Keyboard shortcuts: every shortcut the window has, read from its actions each time the
list is shown (so it cannot go stale)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic '&', no trailing '…'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _where(action: QAction) -> str:
    """The menu an action is in, or the widget it belongs to (the Study panel's quiz keys)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return _plain(owner.title())
    parent = action.parent()
    return getattr(parent, "accessibleName", lambda: "")() or "Window"


def shortcut_groups(window: QMainWindow) -> dict[str, list[tuple[str, str]]]:
    """{where: [(what, keys)]} for every action under ``window`` that has a shortcut, the
    menus in the menu bar's order first."""
    groups: dict[str, list[tuple[str, str]]] = {
        _plain(a.text()): [] for a in window.menuBar().actions() if a.menu()}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty()]
        if keys:
            groups.setdefault(_where(action), []).append((_plain(action.text()),
                                                          " or ".join(keys)))
    return {where: rows for where, rows in groups.items() if rows}


class ShortcutsDialog(QDialog):
    """A window beside the main one (not modal: keys can be tried while it is open)."""

    def __init__(self, parent: QMainWindow):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.tree = QTreeWidget(objectName="shortcutsList")
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def refresh(self, window: QMainWindow) -> None:
        self.tree.clear()
        for where, rows in shortcut_groups(window).items():
            group = QTreeWidgetItem(self.tree, [where])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, keys in rows:
                QTreeWidgetItem(group, [what, keys])
        self.tree.expandAll()

    def text(self) -> str:
        """What the list shows, a line per row ("action<TAB>keys"), groups as their titles."""
        lines = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            lines.append(group.text(0))
            lines += [f"{group.child(j).text(0)}\t{group.child(j).text(1)}"
                      for j in range(group.childCount())]
        return "\n".join(lines)
