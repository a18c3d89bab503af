"""Hardening: hostile patterns, misbehaving plugins, bad and awkward input files.

End-to-end tests run the real console script with plugins installed through a real entry point
(the ``plugin_env`` fixture); nothing may crash, and the other rules' findings must still appear.
"""
from __future__ import annotations

import os
import sys
import time

import pytest

from newslint.config import config_from_mapping
from newslint.errors import ConfigError, InputError
from newslint.patterns import Pattern, PatternTimeout, compile_pattern
from newslint.readers import binary_reason, decode, read_path

from conftest import BROKEN_PLUGIN, SAMPLE_PLUGIN

# --- plugins used by the tests -------------------------------------------------------------------
# Reads regular expressions from its rule settings in newslint.toml and reports every match.
PATTERN_PLUGIN = '''
from newslint import hookimpl, Finding, RuleInfo, Setting, Severity
from newslint.patterns import compile_pattern

_PATTERNS = []

@hookimpl
def newslint_rules():
    return [RuleInfo("XY201", "user-pattern", Severity.WARNING, "Muster gefunden", "pattern matched",
                     settings=(Setting("patterns", list, [], "regular expressions"),
                               Setting("timeout", float, 1.0, "seconds per search")))]

@hookimpl
def newslint_configure(config):
    settings = config.rule_settings("XY201")
    where = f"{config.source.name if config.source else 'Konfiguration'}: rules.XY201.patterns"
    _PATTERNS[:] = [compile_pattern(source, f"{where}[{index}]", timeout=settings["timeout"])
                    for index, source in enumerate(settings["patterns"])]

@hookimpl
def newslint_check(document, config):
    for pattern in _PATTERNS:
        for match in pattern.finditer(document.text):
            yield Finding("XY201", match.start(), match.end(), "Muster gefunden", "pattern matched")
'''

HANGING_PLUGIN = '''
import time
from newslint import hookimpl

@hookimpl
def newslint_check(document, config):
    time.sleep(3600)
    return []
'''

SPINNING_PLUGIN = '''
from newslint import hookimpl, Finding, RuleInfo, Severity

@hookimpl
def newslint_rules():
    return [RuleInfo("XY301", "spin", Severity.WARNING, "vor der Schleife", "before the loop")]

@hookimpl
def newslint_check(document, config):
    yield Finding("XY301", 0, 1, "vor der Schleife", "before the loop")
    while True:  # pure Python busy loop: holds the GIL in turns
        pass
'''

MALFORMED_PLUGIN = '''
from newslint import hookimpl, Finding, Fix, RuleInfo, Severity

@hookimpl
def newslint_rules():
    return [RuleInfo("XY401", "malformed", Severity.WARNING, "gültig", "valid")]

@hookimpl
def newslint_check(document, config):
    n = len(document.text)
    yield "not a finding"
    yield Finding("XY999", 0, 1, "undeklariert", "undeclared")
    yield Finding("XY401", 0, n + 5, "zu lang", "too long")
    yield Finding("XY401", 2, 1, "rückwärts", "backwards")
    yield Finding("XY401", 0.5, 1, "Kommazahl", "float")
    yield Finding("XY401", 0, 1, "Fix daneben", "fix outside", fix=Fix(0, n + 1, ""))
    yield Finding("XY401", 0, 1, None, "no text")
    yield Finding("XY401", 0, 1, "gültig", "valid")
    yield Finding("XY401", 0, 3, "über zwei\\nZeilen", "over two\\r\\nlines")
'''

TEXT = "Ein Beispielfehler steht hier.\n\n" + "a" * 3000 + "b " + "x" * 3000 + "\n"


def write_config(directory, body: str) -> None:
    (directory / "newslint.toml").write_text(body, encoding="utf-8")


def lines_with(output: str, code: str) -> list[str]:
    return [line for line in output.splitlines() if f" {code} " in line]


# --- newslint.patterns ---------------------------------------------------------------------------
def test_compile_pattern_names_origin_on_bad_syntax():
    with pytest.raises(ConfigError, match=r"newslint.toml: rules.NL301.patterns\[2\]: invalid regular expression"):
        compile_pattern("(unclosed", "newslint.toml: rules.NL301.patterns[2]")
    with pytest.raises(ConfigError, match="must be a string"):
        compile_pattern(42, "origin")  # type: ignore[arg-type]


def test_pattern_api_matches_regex():
    pattern = compile_pattern(r"\bWort\b", "test")
    assert isinstance(pattern, Pattern) and pattern.origin == "test"
    text = "Wort und Wort und Wörter"
    assert [m.span() for m in pattern.finditer(text)] == [(0, 4), (9, 13)]
    assert [m.span() for m in pattern.finditer(text, 1)] == [(9, 13)]
    assert pattern.search(text, 0, 3) is None
    assert pattern.match(text).group() == "Wort"
    assert pattern.sub("X", text) == "X und X und Wörter"
    assert pattern.findall(text) == ["Wort", "Wort"]


@pytest.mark.parametrize("source, subject", [
    (r"(a+)+$", "a" * 3000 + "b"),
    (r"(x+x+)+y", "x" * 3000),
    (r"(a|aa)+$", "a" * 100 + "b"),
])
@pytest.mark.parametrize("method", ["search", "finditer"])
def test_catastrophic_patterns_time_out(source, subject, method):
    pattern = compile_pattern(source, "user.toml: p", timeout=0.1)
    started = time.monotonic()
    with pytest.raises(PatternTimeout) as raised:
        result = getattr(pattern, method)(subject)
        list(result) if method == "finditer" else result
    assert raised.value.origin == "user.toml: p"
    assert time.monotonic() - started < 30  # regex counts CPU time and checks it now and then


# --- hostile user patterns, end to end ------------------------------------------------------------
@pytest.mark.parametrize("hostile", [r"(a+)+$", r"(x+x+)+y", r"(a|aa)+$"])
def test_hostile_user_pattern_becomes_nl000_and_run_goes_on(tmp_path, run_cli, plugin_env, hostile):
    env = plugin_env(sample=SAMPLE_PLUGIN, userpatterns=PATTERN_PLUGIN)
    write_config(tmp_path, f"[rules.XY201]\npatterns = ['Beispiel', '{hostile}', 'steht']\ntimeout = 0.1\n")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    internal = lines_with(result.stdout, "NL000")
    assert len(internal) == 1, result.stdout
    assert "Muster aus newslint.toml: rules.XY201.patterns[1] hat das Zeitlimit überschritten" in internal[0]
    assert lines_with(result.stdout, "XY101"), "the other plugin's findings are missing"
    # the same plugin's findings before the timeout are kept ("Beispiel" comes first)
    assert any(":1:5: XY201" in line for line in lines_with(result.stdout, "XY201")), result.stdout


def test_user_pattern_with_bad_syntax_is_a_config_error(tmp_path, run_cli, plugin_env):
    env = plugin_env(userpatterns=PATTERN_PLUGIN)
    write_config(tmp_path, "[rules.XY201]\npatterns = ['ok', '(unclosed']\n")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "rules.XY201.patterns[1]: invalid regular expression '(unclosed'" in result.stderr
    assert "Traceback" not in result.stderr


# --- fault isolation -----------------------------------------------------------------------------
def test_raising_plugin_is_nl000_and_others_still_report(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=SAMPLE_PLUGIN, broken=BROKEN_PLUGIN)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert any("'broken'" in line and "RuntimeError: kaputt" in line for line in lines_with(result.stdout, "NL000"))
    assert lines_with(result.stdout, "XY101")


@pytest.mark.parametrize("plugin", [HANGING_PLUGIN, SPINNING_PLUGIN], ids=["sleeping", "busy-loop"])
def test_hanging_plugin_exceeds_rule_timeout(tmp_path, run_cli, plugin_env, plugin):
    env = plugin_env(sample=SAMPLE_PLUGIN, hang=plugin)
    write_config(tmp_path, "rule-timeout = 1\n")
    (tmp_path / "articles").mkdir()  # not "." : the plugin's site directory lies in tmp_path
    (tmp_path / "articles" / "a.txt").write_text("Ein Beispielfehler.\n", encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text("Noch ein Beispielfehler.\n", encoding="utf-8")
    started = time.monotonic()
    result = run_cli("articles", cwd=tmp_path, env=env)
    elapsed = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    internal = lines_with(result.stdout, "NL000")
    assert len(internal) == 2 and all("Plugin 'hang' hat das Zeitlimit von 1 s überschritten" in line
                                      for line in internal), result.stdout
    assert len(lines_with(result.stdout, "XY101")) == 2
    if plugin is SPINNING_PLUGIN:  # what it yielded before hanging is kept
        assert len(lines_with(result.stdout, "XY301")) == 2
    assert elapsed < 60, f"took {elapsed:.1f} s"


def test_malformed_findings_become_nl000_and_valid_ones_stay(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=SAMPLE_PLUGIN, malformed=MALFORMED_PLUGIN)
    (tmp_path / "a.txt").write_text("Ein Beispielfehler.\n", encoding="utf-8")
    result = run_cli("a.txt", "--format", "json", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    import json

    findings = json.loads(result.stdout)
    text = json.dumps(findings, ensure_ascii=False)
    for problem in ("returned str, not a Finding", "undeclared code 'XY999'", "outside the text",
                    "non-integer offsets", "fix 0-", "message that is not text"):
        assert problem in text, f"{problem!r} not reported: {text}"
    codes = [finding["code"] for finding in findings]
    assert codes.count("XY401") == 2 and codes.count("XY101") == 1 and codes.count("NL000") == 7, codes


def test_a_message_with_line_breaks_is_reported_on_one_line(tmp_path, run_cli, plugin_env):
    """One finding, one output line: a message quoting hard-wrapped copy ("26,9⏎Prozent") is joined."""
    env = plugin_env(sample=SAMPLE_PLUGIN, malformed=MALFORMED_PLUGIN)
    (tmp_path / "a.txt").write_text("Ein Beispielfehler.\n", encoding="utf-8")
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert any(line.endswith("XY401 über zwei Zeilen") for line in result.stdout.splitlines()), result.stdout
    english = run_cli("a.txt", "--lang", "en", cwd=tmp_path, env=env)
    assert any(line.endswith("XY401 over two lines") for line in english.stdout.splitlines()), english.stdout


def test_rule_timeout_is_validated():
    assert config_from_mapping({"rule-timeout": 2}).rule_timeout == 2
    assert config_from_mapping({"rule-timeout": 0.5}).rule_timeout == 0.5
    with pytest.raises(ConfigError, match="rule-timeout"):
        config_from_mapping({"rule-timeout": "10"})
    with pytest.raises(ConfigError, match="must not be negative"):
        config_from_mapping({"rule-timeout": -1})


# --- limits on input -----------------------------------------------------------------------------
def test_file_above_max_file_size_is_refused(tmp_path, run_cli):
    write_config(tmp_path, "max-file-size = 100\n")
    (tmp_path / "big.txt").write_text("Wort " * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Kurz.\n", encoding="utf-8")
    result = run_cli(".", cwd=tmp_path)
    assert result.returncode == 2
    assert "big.txt: file is 500 bytes, larger than max-file-size (100)" in result.stderr
    assert "small.txt" not in result.stderr


def test_default_max_file_size_is_5_mb():
    from newslint.config import Config

    assert Config().max_file_size == 5_000_000


@pytest.mark.parametrize("data, reason", [
    (b"PNG\x00\x01\x02binary", "binary file (NUL byte at byte offset 3)"),
    (bytes(range(1, 32)) * 20, "binary file (500 control bytes in the first 620)"),
    ("Text".encode("utf-16"), "UTF-16"),
])
def test_binary_files_are_skipped_with_a_message(tmp_path, run_cli, data, reason):
    (tmp_path / "bin.txt").write_bytes(data)
    (tmp_path / "ok.txt").write_text("Ein Satz.\n", encoding="utf-8")
    result = run_cli(".", cwd=tmp_path)
    assert result.returncode == 2
    assert f"bin.txt: {reason}" in result.stderr and "skipped" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_text_is_not_mistaken_for_binary():
    assert binary_reason("Überschrift\n\n\tEin Absatz\r\n\x0c".encode()) is None
    assert binary_reason(b"") is None
    assert binary_reason(b"ab\x00" + b"c" * 9000) is not None
    assert binary_reason(b"c" * 9000 + b"\x00") is None  # only the first 8 KB are sniffed


@pytest.mark.parametrize("data, offset", [
    (b"Gr\xfc\xdfe\n", 2), (b"\xef\xbb\xbfGr\xfc\xdfe\n", 5), (b"ok\n\xed\xa0\x80\n", 3), (b"abc\xe2\x82", 3),
])
def test_invalid_utf8_reports_byte_offset(tmp_path, run_cli, data, offset):
    with pytest.raises(InputError, match=f"not valid UTF-8 at byte offset {offset}$"):
        decode(data, "x.txt")
    (tmp_path / "bad.txt").write_bytes(data)
    result = run_cli("bad.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert f"bad.txt: not valid UTF-8 at byte offset {offset}" in result.stderr


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="running as root: chmod 000 does not prevent reading")
def test_unreadable_file_is_reported(tmp_path, run_cli):
    locked = tmp_path / "locked.txt"
    locked.write_text("Text.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result = run_cli("locked.txt", cwd=tmp_path)
        assert result.returncode == 2
        assert "locked.txt: cannot read: Permission denied" in result.stderr
    finally:
        locked.chmod(0o644)


def test_unreadable_file_via_read_path(tmp_path, monkeypatch):
    """Independent of the user: a PermissionError from the OS becomes an InputError."""
    from pathlib import Path

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="cannot read: Permission denied"):
        read_path(tmp_path / "a.txt")


def test_symlink_loops_are_reported_and_walks_terminate(tmp_path, run_cli):
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("Ein Satz.\n", encoding="utf-8")
    (root / "sub" / "up").symlink_to("..", target_is_directory=True)  # directory loop
    (root / "self").symlink_to(root, target_is_directory=True)
    (root / "loop1.txt").symlink_to("loop2.txt")  # file loop
    (root / "loop2.txt").symlink_to("loop1.txt")
    started = time.monotonic()
    result = run_cli("articles", cwd=tmp_path)
    assert time.monotonic() - started < 60
    assert "Traceback" not in result.stderr
    assert "loop1.txt" in result.stderr and "symbolic links" in result.stderr, result.stderr
    with pytest.raises(InputError, match="symbolic link loop"):
        read_path(root / "loop1.txt")


def test_directory_walk_respects_excludes_and_does_not_follow_links(tmp_path):
    from newslint.config import Config
    from newslint.discovery import iter_files

    root = tmp_path / "r"
    for name in ("keep/a.txt", "drafts/b.txt", "node_modules/c.txt", "keep/d.md", "keep/e.py"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x\n", encoding="utf-8")
    (root / "keep" / "back").symlink_to(root, target_is_directory=True)
    config = Config(extend_exclude=("drafts",))
    found = sorted(path.relative_to(root).as_posix() for path in iter_files(root, config))
    assert found == ["keep/a.txt", "keep/d.md"]


def test_many_nested_directories_do_not_exhaust_recursion(tmp_path):
    from newslint.config import Config
    from newslint.discovery import iter_files

    deep = tmp_path
    for _ in range(300):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text("x\n", encoding="utf-8")
    assert len(list(iter_files(tmp_path, Config()))) == 1


# --- data safety of --fix ---------------------------------------------------------------------------------
FIX_CONFIG = 'plugins = ["fixture_rules"]\nselect = ["NL9"]\n'  # NL901 deletes "eigentlich"
ORIGINAL = "Das ist eigentlich gut.\r\nZweite Zeile, eigentlich auch.\r\n"


def _fixing():
    try:
        import newslint.fixing as fixing
    except ImportError:
        pytest.skip("newslint/fixing.py does not exist yet")
    if not hasattr(fixing, "fix_file"):
        pytest.skip("newslint.fixing has no fix_file yet")
    return fixing


def _linted(path):
    from newslint.config import Config
    from newslint.engine import Linter
    from newslint.plugins import load_plugins

    linter = Linter(Config(plugins=("fixture_rules",), select=("NL9",)), load_plugins(("fixture_rules",)))
    document = read_path(path)
    return document, linter.check(document)


def _leftovers(directory):
    return sorted(p.name for p in directory.iterdir() if "newslint-tmp" in p.name)


def test_fix_keeps_the_original_when_replace_fails(tmp_path, monkeypatch):
    fixing = _fixing()
    target = tmp_path / "a.txt"
    target.write_bytes(ORIGINAL.encode())
    document, findings = _linted(target)
    assert findings

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fixing.os, "replace", broken_replace)
    outcome = fixing.fix_file(target, document, findings, write=True)
    assert outcome.error and "No space left on device" in outcome.error
    assert target.read_bytes() == ORIGINAL.encode()
    assert _leftovers(tmp_path) == []


def test_fix_does_not_overwrite_a_file_changed_after_it_was_read(tmp_path):
    fixing = _fixing()
    target = tmp_path / "a.txt"
    target.write_bytes(ORIGINAL.encode())
    document, findings = _linted(target)
    edited = ORIGINAL.replace("gut", "sehr gut").encode()
    target.write_bytes(edited)  # an editor saves while newslint is running
    outcome = fixing.fix_file(target, document, findings, write=True)
    assert outcome.error and "changed on disk" in outcome.error
    assert target.read_bytes() == edited


def test_fix_does_not_overwrite_a_file_changed_while_writing(tmp_path, monkeypatch):
    fixing = _fixing()
    target = tmp_path / "a.txt"
    target.write_bytes(ORIGINAL.encode())
    document, findings = _linted(target)
    edited = (ORIGINAL + "Neue Zeile vom Redakteur.\n").encode()
    real_fsync = os.fsync

    def fsync_then_editor_saves(descriptor):
        real_fsync(descriptor)
        target.write_bytes(edited)

    monkeypatch.setattr(fixing.os, "fsync", fsync_then_editor_saves)
    outcome = fixing.fix_file(target, document, findings, write=True)
    assert outcome.error and "changed on disk" in outcome.error
    assert target.read_bytes() == edited
    assert _leftovers(tmp_path) == []


KILL_WHILE_WRITING = '''
import os, signal, sys
import newslint.fixing as fixing
real_fsync = os.fsync
def fsync_and_die(descriptor):  # the temporary file is half-way: the process dies before os.replace
    real_fsync(descriptor)
    os.kill(os.getpid(), signal.SIGKILL)
fixing.os.fsync = fsync_and_die
from newslint.cli import main
sys.exit(main(["--fix", sys.argv[1]]))
'''


def test_fix_killed_while_writing_leaves_the_original_intact(tmp_path):
    _fixing()
    import subprocess
    from pathlib import Path

    (tmp_path / "newslint.toml").write_text(FIX_CONFIG, encoding="utf-8")
    target = tmp_path / "a.txt"
    target.write_bytes(ORIGINAL.encode())
    tests = str(Path(__file__).resolve().parent)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [tests, os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", KILL_WHILE_WRITING, "a.txt"], cwd=tmp_path, env=environment,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == -9, result.stderr
    assert target.read_bytes() == ORIGINAL.encode()
    # a killed process cannot clean up: its temporary file is left, hidden and never linted (not *.txt)
    assert all(name.startswith(".a.txt.") and name.endswith(".newslint-tmp") for name in _leftovers(tmp_path))
    # and a normal run afterwards fixes the file
    result = subprocess.run([sys.executable, "-m", "newslint", "--fix", "a.txt"], cwd=tmp_path, env=environment,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert target.read_bytes() == b"Das ist gut.\r\nZweite Zeile, auch.\r\n"


def test_fix_through_a_symbolic_link_fixes_the_target(tmp_path, run_cli):
    _fixing()
    from pathlib import Path

    (tmp_path / "newslint.toml").write_text(FIX_CONFIG, encoding="utf-8")
    (tmp_path / "real.txt").write_bytes(ORIGINAL.encode())
    (tmp_path / "link.txt").symlink_to("real.txt")
    tests = str(Path(__file__).resolve().parent)
    run_cli("--fix", "link.txt", cwd=tmp_path, env={"PYTHONPATH": tests})
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_bytes() == b"Das ist gut.\r\nZweite Zeile, auch.\r\n"


def test_hostile_pattern_in_boilerplate_user_setting(tmp_path, run_cli):
    """The boilerplate rule's user patterns (rules.NL301.patterns) run through newslint.patterns:
    a catastrophic one yields one NL000 naming the configuration key, and the run goes on."""
    write_config(tmp_path, "rule-timeout = 3\n[rules.NL301]\npatterns = ['(a|aa)+$']\n")
    (tmp_path / "a.txt").write_text("Ein Satz hier, eigentlich ganz normal.\n\n" + "a" * 60 + "b Ende.\n",
                                    encoding="utf-8")
    started = time.monotonic()
    result = run_cli("a.txt", cwd=tmp_path)
    assert time.monotonic() - started < 90
    assert "Traceback" not in result.stderr
    internal = lines_with(result.stdout, "NL000")
    assert len(internal) == 1, result.stdout + result.stderr
    assert "rules.NL301.patterns[1] hat das Zeitlimit überschritten" in internal[0]


def test_a_failing_language_analysis_is_one_internal_finding():
    """A broken NLP backend (e.g. a corrupt model) stops the rules for that document with NL000."""
    from newslint.engine import Linter
    from newslint.readers import read_text

    class BrokenBackend:
        name = "broken"

        def analyze(self, text, spans):
            raise RuntimeError("model file is corrupt")

    document = read_text("Laut Polizei kamen 300 Menschen.\n", "a.txt", BrokenBackend())
    findings = Linter().check(document)
    assert [(f.code, f.message_en) for f in findings] == [
        ("NL000", "language analysis failed: RuntimeError: model file is corrupt")]
