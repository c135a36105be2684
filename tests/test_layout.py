"""The shape of the house: no module over 400 lines, one module per command, a fast --help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rehearse.commands import COMMANDS

PACKAGE = Path(__file__).resolve().parent.parent / "rehearse"
MAX_LINES = 400  # DEVELOPERS.md: a module a newcomer can read in one sitting


def test_no_module_over_400_lines():
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 20
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_every_command_has_its_own_module():
    for name in COMMANDS:
        module = PACKAGE / "commands" / f"{name}.py"
        text = module.read_text(encoding="utf-8")
        assert "def add_parser(sub)" in text and "def run(" in text, name


def test_help_imports_nothing_heavy():
    code = (
        "import sys; from rehearse.cli import _parser; _parser(); "
        "print(sorted(m for m in ('numpy', 'faster_whisper', 'ctranslate2', 'rich', "
        "'sounddevice', 'yaml', 'av') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
