"""The pre-commit hook, for real: ``pre-commit try-repo`` against this checkout in a throwaway git repo."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

CLEAN = "Stadtrat beschließt neuen Haushalt\n\nDer Stadtrat hat am Dienstag den Haushalt beschlossen.\n"
BOILERPLATE = CLEAN + "\nMelden Sie sich jetzt für unseren Newsletter an!\n"


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def pre_commit_command():
    """pre-commit from this interpreter's environment (activated or not), else from PATH."""
    return shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")


def pre_commit(*args, cwd, home):
    return subprocess.run([pre_commit_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PRE_COMMIT_HOME": str(home)})


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.mark.parametrize(("text", "passes"), [(CLEAN, True), (BOILERPLATE, False)])
def test_try_repo(tmp_path, pre_commit_home, text, passes):
    if pre_commit_command() is None:
        pytest.skip("pre-commit not installed (pip install -e '.[test]')")
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "artikel.txt").write_text(text, encoding="utf-8")
    git("add", "artikel.txt", cwd=tmp_path)
    result = pre_commit("try-repo", str(REPO), "newslint", "--files", "artikel.txt", cwd=tmp_path,
                        home=pre_commit_home)
    output = result.stdout + result.stderr
    assert (result.returncode == 0) == passes, output
    if not passes:
        assert "artikel.txt:5:1: NL301" in output
