"""The console script end to end: output format, options, exit codes, errors, plugins."""
import json

ARTICLE = "Titel der Meldung\n\nEin Beispielfehler steht hier. Noch ein Satz.\n\nUnd ein Beispielfehler dort.\n"


def write(path, text="", data=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    if data is not None:
        path.write_bytes(data)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_flake8_style_output_and_exit_one(tmp_path, run_cli, plugin_env):
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("a.txt", cwd=tmp_path, env=plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "a.txt:3:5: XY101 Beispielfehler gefunden",
        "a.txt:5:9: XY101 Beispielfehler gefunden",
    ]


def test_exit_zero_select_ignore_and_fail_on(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "a.txt", ARTICLE)
    assert run_cli("--exit-zero", "a.txt", cwd=tmp_path, env=env).returncode == 0
    ignored = run_cli("--ignore", "XY1", "a.txt", cwd=tmp_path, env=env)
    assert (ignored.returncode, ignored.stdout) == (0, "")
    assert run_cli("--select", "NL", "a.txt", cwd=tmp_path, env=env).stdout == ""
    assert run_cli("--select", "XY101", "a.txt", cwd=tmp_path, env=env).returncode == 1
    assert run_cli("--fail-on", "error", "a.txt", cwd=tmp_path, env=env).returncode == 0


def test_json_format(tmp_path, run_cli, plugin_env):
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("--format", "json", "a.txt", cwd=tmp_path, env=plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN))
    findings = json.loads(result.stdout)
    assert findings[0] == {
        "path": "a.txt", "line": 3, "column": 5, "end_line": 3, "end_column": 19, "code": "XY101",
        "severity": "warning", "message": "Beispielfehler gefunden", "rule": "sample-word", "suggestions": [],
        "fixable": False,
    }


def test_show_source_statistics_and_english(tmp_path, run_cli, plugin_env):
    write(tmp_path / "a.txt", ARTICLE)
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    result = run_cli("--show-source", "--statistics", "--lang", "en", "a.txt", cwd=tmp_path, env=env)
    lines = result.stdout.splitlines()
    assert lines[0] == "a.txt:3:5: XY101 found Beispielfehler"
    assert lines[1] == "    Ein Beispielfehler steht hier. Noch ein Satz."
    assert lines[2] == "        " + "^" * len("Beispielfehler")
    assert lines[-1].split() == ["2", "XY101", "sample", "word", "found"]


def test_directory_walk_sorted_with_include_and_exclude(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "b" / "z.md", "# Titel\n\nEin Beispielfehler.\n")
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "skip.rst", ARTICLE)
    write(tmp_path / "archiv" / "alt.txt", ARTICLE)
    write(tmp_path / "newslint.toml", 'extend-exclude = ["archiv"]\n')
    result = run_cli(".", cwd=tmp_path, env=env)
    paths = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert paths == ["a.txt", "a.txt", "b/z.md"]


def test_stdin_with_filename(run_cli, plugin_env, tmp_path):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    result = run_cli("-", "--stdin-filename", "artikel.md", stdin="# Titel\n\nEin Beispielfehler.\n", cwd=tmp_path, env=env)
    assert result.stdout == "artikel.md:3:5: XY101 Beispielfehler gefunden\n"


def test_bad_inputs_exit_two_and_good_files_still_linted(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "kaputt.txt", data=b"Titel\n\nGr\xfc\xdfe aus Berlin.\n")
    result = run_cli("a.txt", "kaputt.txt", "fehlt.txt", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "a.txt:3:5: XY101" in result.stdout
    errors = result.stderr.splitlines()
    assert errors == [
        "newslint: error: kaputt.txt: not valid UTF-8 at byte offset 9",
        "newslint: error: fehlt.txt: no such file or directory",
    ]
    assert "Traceback" not in result.stderr


def test_malformed_configuration_names_the_key(tmp_path, run_cli):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nselekt = ["NL1"]\n')
    result = run_cli("a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"newslint: error: {tmp_path / 'pyproject.toml'}: unknown key 'tool.newslint.selekt'"
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nfail-on = 3\n')
    assert "'tool.newslint.fail-on' must be a string, got int" in run_cli("a.txt", cwd=tmp_path).stderr
    write(tmp_path / "pyproject.toml", '[tool.newslint\n')
    assert "invalid TOML" in run_cli("a.txt", cwd=tmp_path).stderr


def test_rule_settings_are_validated_and_used(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "newslint.toml", '[rules.XY101]\nword = "Satz"\n')
    assert run_cli("a.txt", cwd=tmp_path, env=env).stdout == "a.txt:3:41: XY101 Satz gefunden\n"
    write(tmp_path / "newslint.toml", '[rules.XY101]\nwort = "Satz"\n')
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 2 and "rules.XY101.wort: unknown setting" in result.stderr
    write(tmp_path / "newslint.toml", '[rules.XY101]\nword = 5\n')
    assert "expected a string, got int" in run_cli("a.txt", cwd=tmp_path, env=env).stderr


def test_per_file_ignores(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "agentur" / "b.txt", ARTICLE)
    write(tmp_path / "newslint.toml", '[per-file-ignores]\n"agentur/*" = ["XY"]\n')
    assert {line.split(":")[0] for line in run_cli(".", cwd=tmp_path, env=env).stdout.splitlines()} == {"a.txt"}


def test_config_found_upward_from_the_linted_path(tmp_path, run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    write(tmp_path / "projekt" / "pyproject.toml", '[tool.newslint]\nignore = ["XY"]\n')
    write(tmp_path / "projekt" / "texte" / "a.txt", ARTICLE)
    assert run_cli("projekt/texte/a.txt", cwd=tmp_path, env=env).stdout == ""


def test_failing_plugins_become_nl000_and_others_still_run(tmp_path, run_cli, plugin_env):
    conftest = __import__("conftest")
    env = plugin_env(sample=conftest.SAMPLE_PLUGIN, broken=conftest.BROKEN_PLUGIN, missing="import does_not_exist\n")
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("a.txt", cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "a.txt:1:1: NL000 Plugin 'broken' ist bei der Prüfung abgestürzt: RuntimeError: kaputt" in result.stdout
    assert "a.txt:1:1: NL000 Plugin 'missing' konnte nicht geladen werden: ModuleNotFoundError" in result.stdout
    assert "a.txt:3:5: XY101 Beispielfehler gefunden" in result.stdout


def test_version_rules_and_rule_docs(run_cli, plugin_env):
    env = plugin_env(sample=__import__("conftest").SAMPLE_PLUGIN)
    assert run_cli("--version").stdout.startswith("newslint ")
    listing = run_cli("rules", env=env).stdout
    assert "NL000" in listing and "XY101" in listing
    page = run_cli("rule", "xy101", env=env).stdout
    assert page.startswith("# XY101 sample-word") and "`word`" in page
    unknown = run_cli("rule", "NL999")
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr


def test_usage_error_exits_two(run_cli):
    result = run_cli("--format", "yaml", "x.txt")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_a_figure_wrapped_across_lines_keeps_one_finding_per_output_line(tmp_path, run_cli):
    """Hard-wrapped copy: the quoted figure spans a line break, the flake8-style line must not."""
    write(tmp_path / "a.txt", "Grippewelle im Land\n\nIm vergangenen Winter starben im Land mehr als\n"
                              "9.500 Menschen an der Grippe.\n")
    result = run_cli("--select", "NL101", "a.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "a.txt:3:39: NL101 Zahl ohne Quelle: „mehr als 9.500 Menschen“ – nennen Sie, wer die Zahl angibt "
        "(z. B. „laut …“, „nach Angaben von …“, „…, teilte … mit“).",
    ]
