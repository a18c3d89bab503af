"""Configuration: ``[tool.newslint]`` in pyproject.toml, or newslint.toml / .newslint.toml.

Found upward from the linted path, as ruff does. Command-line options override the file.
Unknown keys and wrong types are errors that name the file and the key.
"""
from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newslint.errors import ConfigError
from newslint.finding import RuleInfo, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
FORMATS = ("default", "json")  # reporters register more in newslint.reporters
LANGS = ("de", "en")
NLP_BACKENDS = ("auto", "builtin", "stanza")


@dataclass(frozen=True)
class Config:
    """The settings of one run. Field names are the config keys with ``-`` written as ``_``."""

    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: str = "info"
    format: str = "default"
    show_source: bool = False
    statistics: bool = False
    exit_zero: bool = False
    quiet: bool = False
    lang: str = "de"
    nlp: str = "builtin"
    include: tuple[str, ...] = ("*.txt", "*.md", "*.markdown")
    exclude: tuple[str, ...] = (".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist")
    extend_exclude: tuple[str, ...] = ()
    max_file_size: int = 5_000_000
    rule_timeout: float = 10.0  # seconds one plugin may spend on one document; 0 disables the budget
    plugins: tuple[str, ...] = ()
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    # not file keys: where the configuration came from and what plugins know
    source: Path | None = field(default=None, compare=False)
    rule_infos: dict[str, RuleInfo] = field(default_factory=dict, compare=False, repr=False)
    options: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def root(self) -> Path:
        """Directory that relative patterns (per-file-ignores, excludes) are resolved against."""
        return self.source.parent if self.source else Path.cwd()

    @property
    def fail_severity(self) -> Severity:
        return Severity.parse(self.fail_on)

    def is_selected(self, code: str, path: str | None = None) -> bool:
        """Ruff semantics: the most specific matching prefix wins; on a tie ``ignore`` wins."""
        chosen = _longest_prefix(code, self.select + self.extend_select)
        ignored = _longest_prefix(code, self.ignore + self._ignores_for(path))
        return chosen >= 0 and chosen > ignored

    def _ignores_for(self, path: str | None) -> tuple[str, ...]:
        if not path or not self.per_file_ignores:
            return ()
        candidate = Path(path)
        try:
            relative = candidate.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = candidate.as_posix()
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(candidate.name, pattern):
                codes.extend(ignored)
        return tuple(codes)

    def rule_settings(self, code: str) -> dict[str, Any]:
        """The settings of rule ``code``: its declared defaults overridden by the configuration."""
        info = self.rule_infos.get(code)
        values = {setting.name: setting.default for setting in info.settings} if info else {}
        values.update(self.rules.get(code, {}))
        return values

    def with_rules(self, rule_infos: dict[str, RuleInfo]) -> "Config":
        """Attach the rule registry and validate per-rule settings against what rules declare."""
        for code, values in self.rules.items():
            info = rule_infos.get(code)
            where = f"{self.source or 'configuration'}: rules.{code}"
            if info is None:
                raise ConfigError(f"{where}: unknown rule code")
            declared = {setting.name: setting for setting in info.settings}
            for key, value in values.items():
                setting = declared.get(key)
                if setting is None:
                    known = ", ".join(declared) or "none"
                    raise ConfigError(f"{where}.{key}: unknown setting (known: {known})")
                if not _type_ok(value, setting.type):
                    raise ConfigError(f"{where}.{key}: expected {_type_name(setting.type)}, got {type(value).__name__}")
                if setting.choices and value not in setting.choices:
                    raise ConfigError(f"{where}.{key}: must be one of {', '.join(map(str, setting.choices))}")
        return replace(self, rule_infos=rule_infos)


def _longest_prefix(code: str, prefixes: tuple[str, ...]) -> int:
    """Length of the longest prefix of ``code`` in ``prefixes`` ("ALL" matches with length 0), else -1."""
    lengths = [0 if prefix == "ALL" else len(prefix) for prefix in prefixes if prefix == "ALL" or code.startswith(prefix)]
    return max(lengths) if lengths else -1


def _type_ok(value: Any, expected: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool) and expected in (int, float):
        return False
    if expected is float and isinstance(value, int):
        return True
    return isinstance(value, expected)


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
             dict: "a table"}
    if isinstance(expected, tuple):
        return " or ".join(names.get(item, item.__name__) for item in expected)
    return names.get(expected, expected.__name__)


# --- reading files -----------------------------------------------------------------------------
_FIELD_TYPES: dict[str, Any] = {
    "select": list, "extend_select": list, "ignore": list, "per_file_ignores": dict, "fail_on": str,
    "format": str, "show_source": bool, "statistics": bool, "exit_zero": bool, "quiet": bool, "lang": str,
    "nlp": str, "include": list, "exclude": list, "extend_exclude": list, "max_file_size": int,
    "rule_timeout": float,
    "plugins": list, "rules": dict,
}
_CHOICES = {"fail_on": ("error", "warning", "info"), "lang": LANGS, "nlp": NLP_BACKENDS}


def find_config_file(start: Path) -> Path | None:
    """The nearest config file in ``start`` or its parents (pyproject.toml only with [tool.newslint])."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            if "newslint" in _load_toml(candidate).get("tool", {}):
                return candidate
    return None


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None


def load_config(path: Path | None) -> Config:
    """Read and validate a config file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
        prefix = "tool.newslint."
    else:
        data = data.get("tool", {}).get("newslint", data) if "tool" in data else data
        prefix = ""
    return config_from_mapping(data, path, prefix)


def config_from_mapping(data: dict[str, Any], source: Path | None = None, prefix: str = "") -> Config:
    values: dict[str, Any] = {}
    where = f"{source}: " if source else ""
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        expected = _FIELD_TYPES.get(key)
        if expected is None:
            raise ConfigError(f"{where}unknown key '{prefix}{raw_key}'")
        if not _type_ok(value, expected):
            raise ConfigError(f"{where}'{prefix}{raw_key}' must be {_type_name(expected)}, got {type(value).__name__}")
        if key in ("max_file_size", "rule_timeout") and value < 0:
            raise ConfigError(f"{where}'{prefix}{raw_key}' must not be negative, got {value!r}")
        if key in _CHOICES and value not in _CHOICES[key]:
            raise ConfigError(f"{where}'{prefix}{raw_key}' must be one of {', '.join(_CHOICES[key])}, got {value!r}")
        if expected is list:
            if not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{where}'{prefix}{raw_key}' must be a list of strings")
            value = tuple(value)
        if key == "per_file_ignores":
            for pattern, codes in value.items():
                if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
                    raise ConfigError(f"{where}'{prefix}{raw_key}.{pattern}' must be a list of code prefixes")
            value = {pattern: tuple(codes) for pattern, codes in value.items()}
        if key == "rules":
            for code, settings in value.items():
                if not isinstance(settings, dict):
                    raise ConfigError(f"{where}'{prefix}rules.{code}' must be a table")
        values[key] = value
    return Config(source=source, **values)


def merge(config: Config, overrides: dict[str, Any]) -> Config:
    """Apply command-line values (``None`` means not given)."""
    names = {item.name for item in fields(Config)}
    given = {key: value for key, value in overrides.items() if value is not None and key in names}
    return replace(config, **given)
