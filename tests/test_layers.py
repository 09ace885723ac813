"""The domain layer imports no Qt (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import MINI

DOMAIN = ["app", "app.model", "app.loader", "app.placement", "app.search", "app.caveat",
          "app.quiz", "app.pages", "app.card", "app.paths", "app.yaml_nodes", "app.cli",
          "app.atlas_cache"]


def test_domain_modules_do_not_load_pyside6():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in DOMAIN)
            + f"from app.loader import load_atlas\nload_atlas({str(MINI)!r})\n"
            + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
