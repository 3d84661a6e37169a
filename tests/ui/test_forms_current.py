"""Generated Designer modules must match their .ui sources (never hand-edited, never stale)."""

from pathlib import Path

import pytest

from tests.ui.packaging_path import build_forms

ROOT = Path(__file__).resolve().parent.parent.parent
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms():
    assert FORMS


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_module_is_current(ui_file):
    generated = build_forms.output_path(ui_file)
    assert generated.exists(), f"run packaging/build_forms.py: {generated.name} is missing"
    assert generated.read_text(encoding="utf-8") == build_forms.compile_form(ui_file), (
        f"{generated.name} is stale or was edited by hand; run `uv run python packaging/build_forms.py`"
    )
    assert "WARNING! All changes made in this file will be lost" in generated.read_text(encoding="utf-8")
