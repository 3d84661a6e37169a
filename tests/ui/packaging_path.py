"""Makes packaging/build_forms.py importable by the UI tests (packaging/ is not a Python package)."""

import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parent.parent.parent / "packaging" / "build_forms.py"
_spec = importlib.util.spec_from_file_location("build_forms", _path)
build_forms = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_forms)
