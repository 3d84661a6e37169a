"""One version, said the same everywhere: the package, pyproject.toml (the installer's file name), `--version`."""

import tomllib
from pathlib import Path

import pytest

import kampar_desk
from kampar_desk.app import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_and_pyproject_carry_the_same_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == kampar_desk.__version__ == "0.2.0"


def test_version_flag_prints_the_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"kampar-desk {kampar_desk.__version__}\n"
