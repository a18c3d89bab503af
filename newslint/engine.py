"""The core: run every plugin over a Document, isolate failures, select and sort findings."""
from __future__ import annotations

import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newslint import suppression
from newslint.config import Config
from newslint.document import Document
from newslint.errors import ConfigError
from newslint.finding import Finding, Severity
from newslint.patterns import PatternTimeout
from newslint.plugins import Plugins, load_plugins


@dataclass
class FileResult:
    """The outcome for one input: its Document and findings, or the error that stopped reading it."""

    path: str
    document: Document | None
    findings: list[Finding]
    error: str | None = None


def internal_error(message: str, english: str | None = None) -> Finding:
    return Finding("NL000", 0, 0, message, english or message, Severity.ERROR)


class _CheckThread:
    """A long-lived daemon thread that runs plugin checks one after another.

    Checks run in a thread so that one that hangs can be abandoned after its time budget; reusing
    the thread instead of starting one per check saves ~0.5 ms per article (four plugins).
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._loop, name="newslint-check", daemon=True).start()

    def _loop(self) -> None:
        while True:
            job, done = self._jobs.get()
            job()
            done.set()

    def run(self, job, budget: float) -> bool:
        """Run ``job`` here; False when it is still running after ``budget`` seconds."""
        done = threading.Event()
        self._jobs.put((job, done))
        return done.wait(budget)


_check_threads = threading.local()  # one check thread per calling thread (the server lints in several)


class Linter:
    """Plugins loaded and configured once; ``check`` can then be called for many documents."""

    def __init__(self, config: Config | None = None, plugins: Plugins | None = None) -> None:
        self.plugins = plugins or load_plugins((config.plugins if config else ()))
        suppression.register(self.plugins)  # the core plugin: NL001 unused suppression
        self.config = (config or Config()).with_rules(self.plugins.rules)
        self._load_failures = [(failure.plugin, failure.error) for failure in self.plugins.load_failures]
        self._configure()

    # Plugins are modules, so what ``newslint_configure`` prepares is shared by every Linter in the
    # process. The Linter that configured them last is recorded; another one configures them again
    # before it checks, so two configurations in one process (the Python API) never mix.
    _configured: Linter | None = None
    _configure_lock = threading.Lock()

    def _configure(self) -> None:
        self._setup_failures = list(self._load_failures)
        for impl in self.plugins.manager.hook.newslint_configure.get_hookimpls():
            try:
                impl.function(config=self.config)
            except ConfigError:
                raise  # the user's configuration is wrong (e.g. a pattern that does not compile): exit 2
            except Exception as error:
                self._setup_failures.append((impl.plugin_name, f"newslint_configure: {type(error).__name__}: {error}"))
        Linter._configured = self

    def check(self, document: Document) -> list[Finding]:
        """All selected findings for ``document``, sorted by position, with severities resolved."""
        if Linter._configured is not self:
            with Linter._configure_lock:
                if Linter._configured is not self:
                    self._configure()
        findings = [
            internal_error(f"Plugin {name!r} konnte nicht geladen werden: {error}",
                           f"plugin {name!r} failed to load: {error}")
            for name, error in self._setup_failures
        ]
        try:
            document.sentences  # the NLP analysis, before and outside any plugin's time budget
        except Exception as error:  # noqa: BLE001 - a broken backend or model: say so, run no rule
            findings.append(internal_error(
                f"Sprachanalyse fehlgeschlagen: {type(error).__name__}: {error}",
                f"language analysis failed: {type(error).__name__}: {error}"))
            return [f for f in findings if self.config.is_selected(f.code, document.path)]
        for name, function in self.plugins.check_impls():
            produced, error = self._run_check(name, function, document)
            findings.extend(self._validated(name, produced, document))
            if error is not None:
                findings.append(error)
        selected = [f for f in findings if self.config.is_selected(f.code, document.path)]
        selected = suppression.apply_suppressions(document, selected, self.config)
        return sorted(selected, key=lambda f: (f.start, f.end, f.code))

    def _run_check(self, name: str, function, document: Document) -> tuple[list[object], Finding | None]:
        """Run one plugin's check within the ``rule-timeout`` budget.

        Returns what the plugin yielded (also what it yielded before failing) and an NL000
        finding when it raised, a pattern timed out or the budget ran out. The check runs in a
        daemon thread (see _CheckThread); a plugin that hangs is abandoned there and the run goes on
        without it.
        """
        produced: list[object] = []
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                for item in function(document=document, config=self.config) or ():
                    produced.append(item)
            except BaseException as error:  # noqa: BLE001 - reported as NL000 below
                outcome.append(error)

        budget = self.config.rule_timeout
        if budget and budget > 0:
            worker = getattr(_check_threads, "worker", None) or _CheckThread()
            _check_threads.worker = worker
            if not worker.run(run, budget):
                _check_threads.worker = None  # abandoned to the hung plugin; the next check gets a new thread
                return list(produced), internal_error(
                    f"Plugin {name!r} hat das Zeitlimit von {budget:g} s überschritten",
                    f"plugin {name!r} exceeded its time budget of {budget:g} s")
        else:
            run()
        if not outcome:
            return produced, None
        error = outcome[0]
        if isinstance(error, PatternTimeout):
            return produced, internal_error(
                f"Muster aus {error.origin} hat das Zeitlimit überschritten (Plugin {name!r})",
                f"pattern from {error.origin} exceeded its time limit (plugin {name!r})")
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit in a plugin
            raise error
        return produced, internal_error(
            f"Plugin {name!r} ist bei der Prüfung abgestürzt: {type(error).__name__}: {error}",
            f"plugin {name!r} raised while checking: {type(error).__name__}: {error}")

    def _validated(self, plugin: str, produced: Iterable[object], document: Document) -> list[Finding]:
        rules = self.config.rule_infos
        valid: list[Finding] = []
        for item in produced:
            problem = None
            if not isinstance(item, Finding):
                problem = f"returned {type(item).__name__}, not a Finding"
            elif item.code not in rules:
                problem = f"reported undeclared code {item.code!r}"
            elif not isinstance(item.message, str) or not isinstance(item.message_en, (str, type(None))):
                problem = f"reported a message that is not text: {item.message!r}"
            elif type(item.start) is not int or type(item.end) is not int:
                problem = f"reported non-integer offsets {item.start!r}-{item.end!r}"
            elif not 0 <= item.start <= item.end <= len(document.text):
                problem = f"reported span {item.start}-{item.end} outside the text"
            elif item.fix is not None and not (
                    type(item.fix.start) is int and type(item.fix.end) is int
                    and 0 <= item.fix.start <= item.fix.end <= len(document.text)
                    and isinstance(item.fix.replacement, str)):
                problem = f"reported a fix {item.fix.start!r}-{item.fix.end!r} outside the text"
            if problem:
                valid.append(internal_error(f"Plugin {plugin!r} lieferte einen ungültigen Befund: {problem}",
                                            f"plugin {plugin!r} {problem}"))
                continue
            if item.severity is None:
                item = replace(item, severity=rules[item.code].severity)
            if not _one_line(item.message) or not _one_line(item.message_en):
                # a quoted span of hard-wrapped copy ("26,9⏎Prozent") must not break the one-finding-per-line output
                item = replace(item, message=" ".join(item.message.split()),
                               message_en=None if item.message_en is None else " ".join(item.message_en.split()))
            valid.append(item)
        return valid


def _one_line(message: str | None) -> bool:
    return message is None or message.isprintable()
