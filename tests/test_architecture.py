"""The layering rules of the README, checked on every test run."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_core_layers_run_without_loading_qt():
    code = (
        "import sys\n"
        "import kampar_desk.cli, kampar_desk.services.demo, kampar_desk.services.process, kampar_desk.services.staff\n"
        "import kampar_desk.services.calendar_admin, kampar_desk.store.models, kampar_desk.domain.workflow\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_services_use_no_sqlite_only_sql():
    """Services stay portable to PostgreSQL: no raw SQL, no SQLite functions, no SQLite-only upserts."""
    forbidden = ("execute_sql", "ifnull(", "on_conflict_replace", "strftime(", "julianday(", "sqlite3", "PRAGMA")
    for path in (ROOT / "kampar_desk" / "services").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path.name} uses {word}"


#: the operation runner turns failures into words; the job hands a worker's failure to the GUI thread
CATCHING_ALLOWED = {"operations.py", "jobs.py"}


def test_no_widget_handles_errors_its_own_way():
    """Every user action goes through `ui.operations`: no other function in the GUI catches an exception."""
    ui = ROOT / "kampar_desk" / "ui"
    catching = []
    for path in sorted(ui.rglob("*.py")):
        if path.name in CATCHING_ALLOWED or "forms" in path.relative_to(ui).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and node.handlers:
                catching.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr == "suppress":
                catching.append(f"{path.relative_to(ROOT)}:{node.lineno} (contextlib.suppress)")
    assert not catching, "handled outside ui/operations.py: " + ", ".join(catching)
