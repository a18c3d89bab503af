"""Errors that end up as one clear line for the user (exit code 2), never as a traceback."""
from __future__ import annotations


class NewslintError(Exception):
    """Base class: ``str(error)`` is the complete message shown to the user."""


class UsageError(NewslintError):
    """Wrong command-line arguments."""


class ConfigError(NewslintError):
    """A configuration file is malformed or names an unknown key or a wrong type."""


class InputError(NewslintError):
    """An input file cannot be read or decoded."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
