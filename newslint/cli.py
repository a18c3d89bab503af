"""The ``newslint`` command: a thin layer over the engine, in the manner of flake8 and ruff.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage error,
unreadable input or bad configuration.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from pathlib import Path
from typing import TextIO

from newslint import __version__
from newslint.config import Config, find_config_file, load_config, merge
from newslint.errors import InputError, NewslintError, UsageError
from newslint.finding import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Subcommands: name -> "module:function"; the function takes argv and returns an exit code.
SUBCOMMANDS: dict[str, str] = {
    "rules": "newslint.ruledocs:rules_command",
    "rule": "newslint.ruledocs:rule_command",
    "models": "newslint.models:main",
    "serve": "newslint.server:main",
    "baseline": "newslint.baseline:main",
    "learn-boilerplate": "newslint.learn_boilerplate:main",
    "learn-vocabulary": "newslint.learn_vocabulary:main",
}


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, like argparse, but never a traceback
        raise UsageError(message)


def _code_list(value: str) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in value.split(",") if code.strip())


def build_parser(plugins=None) -> argparse.ArgumentParser:
    from newslint.reporters import REPORTERS

    parser = _ArgumentParser(
        prog="newslint",
        description="Editorial quality linter for German news copy. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (newslint SUBCOMMAND --help).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories to lint; '-' reads stdin")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    parser.add_argument("--select", type=_code_list, help="comma-separated code prefixes to check (e.g. NL1,NL3)")
    parser.add_argument("--extend-select", type=_code_list, help="code prefixes to check in addition")
    parser.add_argument("--ignore", type=_code_list, help="code prefixes not to check (e.g. NL4)")
    parser.add_argument("--format", choices=sorted(REPORTERS), help="output format (default: flake8 style)")
    parser.add_argument("--show-source", action="store_const", const=True, help="show the line and a caret")
    parser.add_argument("--statistics", action="store_const", const=True, help="count findings per code")
    parser.add_argument("--exit-zero", action="store_const", const=True, help="exit 0 even with findings")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails (default info)")
    parser.add_argument("--config", type=Path, help="configuration file (default: found upward from the path)")
    parser.add_argument("--quiet", "-q", action="store_const", const=True, help="print nothing but errors")
    parser.add_argument("--lang", choices=("de", "en"), help="language of messages (default de)")
    parser.add_argument("--nlp", choices=("auto", "builtin", "stanza"), help="analysis backend (default builtin)")
    parser.add_argument("--stdin-filename", help="file name to report (and to choose the format) for stdin")
    parser.add_argument("--baseline", type=Path, help="report only findings not in this baseline file")
    parser.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (0: one per CPU; default 1)")
    parser.add_argument("--fix", action="store_true", help="remove fixable findings (boilerplate) in place")
    parser.add_argument("--diff", action="store_true", help="show what --fix would change (unified diff), write nothing")
    if plugins is not None:
        plugins.manager.hook.newslint_add_options(parser=parser)
    return parser


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        if argv and argv[0] in SUBCOMMANDS:
            module_name, function = SUBCOMMANDS[argv[0]].split(":")
            return getattr(importlib.import_module(module_name), function)(argv[1:])
        return lint_command(argv, stdout, stderr)
    except NewslintError as error:
        stderr.write(f"newslint: error: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        stderr.write("newslint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_ERROR


def linter_from_argv(argv: list[str]):
    """Parse the lint command line (plugin options included), read the configuration it points
    to and build the Linter: shared by linting and ``newslint baseline create``."""
    from newslint.engine import Linter
    from newslint.plugins import load_plugins

    plugins = load_plugins()
    args = build_parser(plugins).parse_args(argv)
    paths = args.paths or ["."]
    config = _configure(args, paths)
    if config.plugins:
        plugins = load_plugins(config.plugins)
    return args, paths, Linter(config, plugins)


def lint_command(argv: list[str], stdout: TextIO, stderr: TextIO) -> int:
    # Setup builds many long-lived objects (rule tables, compiled patterns); the cyclic garbage
    # collector would walk them again and again while they are made. Pause it, then freeze
    # them out of later collections.
    gc.disable()
    try:
        args, paths, linter = linter_from_argv(argv)
    finally:
        gc.freeze()
        gc.enable()
    config = linter.config
    if args.jobs != 1:
        from newslint.parallel import lint_paths_parallel

        results, errors = lint_paths_parallel(linter, paths, args.stdin_filename, args.jobs, stderr)
    else:
        results, errors = _lint_paths(linter, paths, args.stdin_filename)
    if args.baseline is not None:
        from newslint.baseline import apply_baseline

        results = apply_baseline(results, args.baseline)
    if args.fix or args.diff:
        from newslint.fixing import fix_command_results

        results, errors, diff_exit = fix_command_results(linter, results, errors, args, stdout, stderr)
        if diff_exit is not None:
            return diff_exit
    from newslint.reporters import get_reporter

    get_reporter(config.format)(results, config, stdout)
    stdout.flush()
    if not config.quiet and hasattr(stderr, "isatty") and stderr.isatty():
        from newslint.reporters.summary import summary_line

        stderr.write(summary_line(results, config) + "\n")
    for error in errors:
        stderr.write(f"newslint: error: {error}\n")
    if errors:
        return EXIT_ERROR
    failing = any(f.severity is not None and f.severity >= config.fail_severity for r in results for f in r.findings)
    return EXIT_FINDINGS if failing and not config.exit_zero else EXIT_OK


def _configure(args: argparse.Namespace, paths: list[str]) -> Config:
    if args.config is not None:
        if not args.config.is_file():
            raise UsageError(f"{args.config}: configuration file not found")
        config = load_config(args.config)
    else:
        first = paths[0]
        start = Path.cwd() if first == "-" else Path(first)
        config = load_config(find_config_file(start if start.exists() else Path.cwd()))
    options = {key: value for key, value in vars(args).items() if key not in ("paths", "config")}
    config = merge(config, options)
    return merge(config, {"options": options})


BATCH_SIZE = 16  # files of a directory read and analysed together (stanza runs its models on the batch)


def _lint_paths(linter, paths: list[str], stdin_filename: str | None):
    from newslint.discovery import iter_files
    from newslint.document import analyze_together
    from newslint.engine import FileResult
    from newslint.nlp import get_backend
    from newslint.readers import decode, read_path, read_text

    config = linter.config
    backend = get_backend(config.nlp)
    results: list[FileResult] = []
    errors: list[str] = []

    def lint(load, name: str) -> None:
        try:
            document = load()
        except InputError as error:
            errors.append(str(error))
            return
        results.append(FileResult(name, document, linter.check(document)))

    def lint_batch(files: list[Path]) -> None:
        """Read several files, analyse them together (stanza batches), then check each."""
        loaded = []
        for file in files:
            try:
                loaded.append((str(file), _read_limited(file, config, backend)))
            except InputError as error:
                errors.append(str(error))
        try:
            analyze_together([document for _, document in loaded])
        except Exception:  # noqa: BLE001 - each document then analyses itself and reports its own error
            pass
        for name, document in loaded:
            results.append(FileResult(name, document, linter.check(document)))

    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            lint(lambda: read_text(decode(sys.stdin.buffer.read(), name), name, backend), name)
            continue
        path = Path(raw)
        if path.is_dir():
            files = list(iter_files(path, config))
            for first in range(0, len(files), BATCH_SIZE):
                lint_batch(files[first : first + BATCH_SIZE])
        elif os.path.lexists(path):
            lint(lambda: _read_limited(path, config, backend), raw)
        else:
            errors.append(f"{raw}: no such file or directory")
    results.sort(key=lambda result: result.path)
    return results, errors


def _read_limited(path: Path, config: Config, backend):
    from newslint.readers import read_path

    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if size > config.max_file_size:
        raise InputError(str(path), f"file is {size:,} bytes, larger than max-file-size ({config.max_file_size:,})")
    return read_path(path, backend)


def entry_point() -> None:
    """The console script. After the run, flush and leave without the interpreter's teardown:
    freeing every rule table, pattern and lexicon object one by one costs a short command-line
    run a noticeable share of its time, and nothing is left to clean up (files are closed)."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        code = code or EXIT_ERROR
    os._exit(code)
