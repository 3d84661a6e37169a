"""Compile every Qt Designer form in forms/ into kampar_desk/ui/forms/ui_<name>.py with pyside6-uic.

Run `uv run python packaging/build_forms.py` after editing a .ui file; a test fails while any output is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUTPUT = ROOT / "kampar_desk" / "ui" / "forms"


def uic_command() -> list[str]:
    """pyside6-uic from the same environment as this Python (the console script sits beside the interpreter)."""
    script = Path(sys.executable).with_name("pyside6-uic")
    return [str(script)] if script.exists() else ["pyside6-uic"]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "-g", "python", str(ui_file)], check=True, capture_output=True, text=True)
    return result.stdout


def output_path(ui_file: Path) -> Path:
    return OUTPUT / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(FORMS.glob("*.ui")):
        output_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {output_path(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
