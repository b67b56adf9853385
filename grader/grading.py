"""Grading as a library: `grade(jobs)` runs the hidden tests against each job's file.

One pytest session runs in this process for the whole call; each job's learner file runs in a
worker process of its own (grader.sandbox), so a hang, a crash or a trick in one job ends that
job with a verdict and leaves the others to be graded normally.
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import json
import os
import random
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

from grader import ROOT, manifest, sandbox, staticcheck
from grader.jobs import Job  # noqa: F401  (grading.Job: the name callers use)
from grader.usage import UsageError  # noqa: F401  (grading.UsageError, likewise)
from grader.manifest import Kata

STATUSES = ("passed", "failed", "not_started", "error", "timeout", "crashed", "forbidden")


@dataclass
class TestRecord:
    name: str
    outcome: str            # passed, failed, skipped
    doc: str = ""
    message: str = ""
    learner_error: str = ""  # the type of exception the learner's code raised, if that failed it
    verdict: str = ""        # a status that ends the kata (timeout, crashed, ...)
    seconds: float = 0.0
    known: list = field(default_factory=list)  # (summary, advice) of known mistakes matching its failure
    matched: list = field(default_factory=list)  # the same before the calls passed ruled any out (debug katas)


@dataclass
class Result:
    kata: str
    label: str
    path: str
    status: str
    tests_passed: int
    tests_total: int
    seconds: float
    feedback: str
    failures: list = field(default_factory=list)   # [{"test", "message"}] for each failing test
    output: str = ""                                # what the learner's code printed (capped)
    tests: list = field(default_factory=list)      # every hidden test in the order it ran (see test_entry)
    debug: dict = field(default_factory=dict)      # debug katas: bugs, remaining, fixed (grader.debugkata)
    mistakes: list = field(default_factory=list)   # the known mistakes its feedback names (their first docstring line)

    def to_json(self) -> dict:
        return {"kata": self.kata, "status": self.status, "tests_passed": self.tests_passed,
                "tests_total": self.tests_total, "seconds": round(self.seconds, 3),
                "feedback": self.feedback,
                "tests": [{key: test[key] for key in ("name", "status", "message")} for test in self.tests]}


class Target:
    """The learner file of one job, run in a worker process started on first use."""

    def __init__(self, job: Job, budget: float | None = None):
        self.job = job
        self.budget = job.kata.time_limit if budget is None else budget
        self.worker: sandbox.Worker | None = None
        self.fatal: sandbox.Verdict | None = None
        self._early: sandbox.Verdict | None = None  # found by launch(), given at the first request
        self._source: str | None = None              # the file, read and checked by prepare()

    def prepare(self) -> None:
        """Read the file and check it, on the calling thread. The grader's main thread does this
        even for a worker started ahead: Python 3.11's ast module keeps one recursion counter for
        all threads, so two threads parsing at once (the check here, a mistake's docstring or
        pytest's traceback there) can fail with "AST constructor recursion depth mismatch"."""
        if self._source is None and self.worker is None and self.fatal is None and self._early is None:
            try:
                self._source = self._checked_source()
            except sandbox.Verdict as verdict:
                self._early = verdict

    def launch(self) -> None:
        """Start the worker now and hand it the file, without waiting for the import: it loads
        while the first test gets ready. A verdict found here (the file is too large, breaks a
        rule, does not parse) is given at the first request, as it would be without this."""
        self.prepare()
        if self.worker is None and self._source is not None:
            source, self._source = self._source, None
            try:
                self.worker = sandbox.Worker(_shown(self.job.path), source, self.budget,
                                             real_path=str(self.job.path.resolve()), repo=str(ROOT))
                self.worker.launch()
            except sandbox.Verdict as verdict:
                self._early = verdict

    def _checked_source(self) -> str:
        shown_path = _shown(self.job.path)
        try:
            source = staticcheck.read(self.job.path, shown_path)
            staticcheck.check(source, shown_path, self.job.kata.forbidden)
        except SyntaxError as error:
            raise sandbox.ImportFailed(
                f"your file could not be imported: SyntaxError: {error.msg}\n"
                f'  File "{shown_path}", line {error.lineno}\n    {(error.text or "").strip()}') from None
        except staticcheck.Violation as violation:
            raise sandbox.Forbidden(str(violation)) from None
        except staticcheck.Unimportable as error:
            raise sandbox.ImportFailed(str(error)) from None
        except OSError as error:  # gone since, or no permission to read it
            raise sandbox.ImportFailed(f"{shown_path} could not be read: {error.strerror or error}") from None
        return source

    def _ready(self) -> sandbox.Worker:
        """The worker, started if it was not: skips the test once the kata has a verdict."""
        if self.fatal is not None:
            import pytest
            pytest.skip(f"not run: the kata already ended with status {self.fatal.status}")
        self.launch()
        if self._early is not None:
            self.fatal, self._early = self._early, None
            raise self.fatal
        return self.worker

    def call(self, name: str, args: tuple, kwargs: dict, shown: str) -> sandbox.Reply:
        return self.request(("call", name), args, kwargs, shown)

    def request(self, head: tuple, args: tuple, kwargs: dict, shown: str) -> sandbox.Reply:
        self.send(head, args, kwargs)
        return self.receive(shown)

    def send(self, head: tuple, args: tuple, kwargs: dict) -> None:
        """The first half of `request` (see sandbox.Worker.send): the learner's process works on
        it while the test goes on; `receive` gives the reply, or the verdict."""
        try:
            self._ready().send(head, args, kwargs)
        except sandbox.Verdict as verdict:
            self.fatal = verdict
            raise

    def receive(self, shown: str) -> sandbox.Reply:
        try:
            return self.worker.receive(shown)
        except sandbox.Verdict as verdict:
            self.fatal = verdict
            raise

    def script(self, steps: list, doing: str) -> list:
        try:
            return self._ready().script(steps, doing)
        except sandbox.Verdict as verdict:
            self.fatal = verdict
            raise

    def calls(self, name: str, items: list, shown: list, meanwhile=None) -> list:
        try:
            return self._ready().calls(name, items, shown, meanwhile)
        except sandbox.Verdict as verdict:
            self.fatal = verdict
            raise

    def output(self) -> str:
        return self.worker.output.text() if self.worker else ""

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()


class InProcessTarget:
    """The reference solution called directly in this process: the baseline `make bench` uses."""

    def __init__(self, job: Job):
        from grader.loading import load_module
        self.module = load_module(job.path, f"inprocess_{job.kata.track}_{job.kata.name}")
        self.fatal = None
        self.objects: dict[int, object] = {}

    def call(self, name, args, kwargs, shown) -> sandbox.Reply:
        return self.request(("call", name), args, kwargs, shown)

    def request(self, head, args, kwargs, shown) -> sandbox.Reply:
        counts: dict[str, int] = {}

        def counted(function, where):
            counts[where] = 0

            def wrapper(*a, **k):
                counts[where] += 1
                return function(*a, **k)
            return wrapper

        def local(value):
            return self.objects[value.key] if isinstance(value, sandbox.Handle) else value

        args = [counted(a, str(i)) if callable(a) and not isinstance(a, sandbox.Handle) else local(a)
                for i, a in enumerate(args)]
        kwargs = {k: counted(v, k) if callable(v) and not isinstance(v, sandbox.Handle) else local(v)
                  for k, v in kwargs.items()}
        try:
            if head[0] in ("call", "new"):
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", RuntimeWarning)
                    value = getattr(self.module, head[1])(*args, **kwargs)
                numeric = [str(w.message)[:200] for w in caught[:3] if isinstance(w.message, RuntimeWarning)]
            elif head[0] == "method":
                value = getattr(self.objects[head[1]], head[2])(*args, **kwargs)
            else:
                value = getattr(self.objects[head[1]], head[2])
        except Exception as error:
            raise sandbox.LearnerError(shown, {"type": type(error).__name__, "message": str(error)}) from None
        if head[0] != "call" and not _plain(value):
            self.objects[len(self.objects) + 1] = value
            return sandbox.Reply(sandbox.Handle(len(self.objects), type(value).__name__), counts)
        after = ([None if callable(a) else a for a in args], {k: None if callable(v) else v for k, v in kwargs.items()})
        return sandbox.Reply(value, counts, after, warnings=numeric if head[0] == "call" else [])

    def send(self, head, args, kwargs) -> None:
        self._sent = (head, args, kwargs)

    def receive(self, shown) -> sandbox.Reply:
        (head, args, kwargs), self._sent = self._sent, None
        return self.request(head, args, kwargs, shown)

    def script(self, steps: list, doing: str) -> list:
        outcomes, keys = [], []

        def leaf(value):
            if isinstance(value, sandbox.Step):
                if value.index >= len(keys) or keys[value.index] is None:
                    raise LookupError(value.index)
                return keys[value.index]
            return None

        def convert(value):
            return sandbox.within(value, leaf)
        for head, args, kwargs, may_raise in steps:
            try:
                head, args, kwargs = convert(head), convert(args), convert(kwargs)
            except LookupError:
                break
            if head[0] in ("method", "getattr"):
                head = (head[0], head[1].key, *head[2:])
            try:
                reply = self.request(head, args, kwargs, doing)
            except sandbox.LearnerError as error:
                outcomes.append(error)
                keys.append(None)
                if may_raise:
                    continue
                break
            if not isinstance(reply.value, sandbox.Handle):  # as it was then: later steps may change it
                reply = dataclasses.replace(reply, value=copy.deepcopy(reply.value))
            outcomes.append(reply)
            keys.append(reply.value if isinstance(reply.value, sandbox.Handle) else None)
        return outcomes

    def calls(self, name, items, shown, meanwhile=None) -> list:
        if meanwhile is not None:
            meanwhile()
        outcomes = []
        for (args, kwargs), text in zip(items, shown):
            try:
                outcomes.append(self.request(("call", name), args, kwargs, text))
            except sandbox.LearnerError as error:
                outcomes.append(error)
                break
        return outcomes

    def output(self) -> str:
        return ""

    def close(self) -> None:
        pass


def _plain(value) -> bool:
    from grader.sandbox import wire
    return wire.unplain(value) is None


def _shown(path: Path) -> str:
    """A path as a learner reads it: relative to the repository when it is inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


class Session:
    """Jobs, seed and records of one grading run; registered with pytest as a plugin object."""

    def __init__(self, jobs: list[Job] | None = None, seed: int = 0, inprocess: bool = False,
                 budgets: dict | None = None):
        self.jobs = list(jobs) if jobs is not None else None  # None: every collected kata vs its reference
        self.seed = seed
        self.inprocess = inprocess
        self.budgets = budgets or {}                 # kata id -> CPU seconds (grader.budget)
        self.cpu: dict[str, float] = {}              # job key -> CPU seconds its tests took here
        self.records: dict[str, list[TestRecord]] = {}
        self.outputs: dict[str, str] = {}
        self.fatal: dict[str, sandbox.Verdict] = {}
        self.open_targets: list = []
        self.ahead: dict[str, tuple] = {}           # job key -> (its target, the start under way)
        self._launcher = None                        # the thread that starts workers ahead
        self.made: set[str] = set()                 # job keys whose target was made
        self.following: dict | None = None          # job key -> the job whose tests come next

    def pytest_ignore_collect(self, collection_path, config):
        """Collect the jobs' test files and nothing beside them: pytest would otherwise build a
        node for every file and folder next to each one on the way down (tests/ alone holds
        dozens), a cost every grading paid, growing with the catalogue."""
        if self.jobs is None:
            return None
        if not hasattr(self, "_wanted"):
            files = {job.kata.test_path.resolve() for job in self.jobs}
            self._wanted = files | {parent for path in files for parent in path.parents}
        return None if Path(collection_path).resolve() in self._wanted else True

    def jobs_for(self, kata: Kata) -> list[Job]:
        if self.jobs is None:
            return [Job(kata, kata.solution_path, "solutions")]
        return [job for job in self.jobs if job.kata.id == kata.id]

    def budget(self, kata: Kata) -> float:
        return self.budgets.get(kata.id, kata.time_limit)

    def make_target(self, job: Job):
        self.made.add(job.key)
        if self.inprocess:
            target = InProcessTarget(job)
            self.open_targets.append(target)
            return target
        ahead = self.ahead.pop(job.key, None)
        if ahead is None:
            target = Target(job, self.budget(job.kata))
            self.open_targets.append(target)
            target.launch()
            return target
        target, started = ahead
        started.result()  # its verdicts wait for the first request (Target.launch); nothing else is expected
        return target

    def launch_ahead(self, job: Job) -> None:
        """Start the worker of the job whose tests come next, while the current one's run, on a
        thread of its own (reading and checking the file, a process from the fork server, the
        file handed over): the learner's file is imported meanwhile, on the other core, and the
        clocks of that job start when its first test waits for it (grader.sandbox.Worker.launch)."""
        if self.inprocess or job.key in self.made or job.key in self.ahead:
            return
        if self._launcher is None:
            from concurrent.futures import ThreadPoolExecutor
            self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="katagrad-launch")
        target = Target(job, self.budget(job.kata))
        self.open_targets.append(target)
        try:
            target.prepare()  # here, not on the thread (see Target.prepare)
        except Exception:  # not in a hook, where it would end the session: again in its first test
            self.open_targets.remove(target)
            return
        self.ahead[job.key] = (target, self._launcher.submit(target.launch))

    def close_ahead(self) -> None:
        """End the workers started ahead for jobs whose tests did not run (an interrupt, -x),
        once their start is over, and the thread that started them."""
        while self.ahead:
            target, started = self.ahead.popitem()[1]
            try:
                started.result()
            except Exception:
                pass
            target.close()
            if target in self.open_targets:
                self.open_targets.remove(target)
        if self._launcher is not None:
            self._launcher.shutdown(wait=True)
            self._launcher = None

    def close_open_targets(self) -> None:
        """End the workers of jobs an interrupt left unfinished (pytest skips their teardown)."""
        self.close_ahead()
        while self.open_targets:
            self.open_targets.pop().close()

    def record(self, job: Job, record: TestRecord) -> None:
        self.records.setdefault(job.key, []).append(record)

    def finish_target(self, job: Job, target) -> None:
        self.outputs[job.key] = target.output()
        if target.fatal is not None:
            self.fatal[job.key] = target.fatal
        target.close()
        if target in self.open_targets:
            self.open_targets.remove(target)

    def results(self) -> list[Result]:
        return [self.result(job) for job in self.jobs or []]

    def result(self, job: Job) -> Result:
        records = self.records.get(job.key, [])
        passed = sum(r.outcome == "passed" for r in records)
        failed = [r for r in records if r.outcome == "failed"]
        named = name_mistakes(failed)
        seconds = sum(r.seconds for r in records)
        fatal = self.fatal.get(job.key)
        if not records:
            status, feedback = "error", f"no hidden tests ran for {job.kata.id}"
        elif fatal is not None:
            status = fatal.status
            where = next((r for r in failed if r.verdict), None)
            feedback = fatal.message + (f"\n(in test `{where.name}`)" if where else "")
        elif failed and not passed and all(r.learner_error == "NotImplementedError" for r in failed):
            status = "not_started"
            feedback = (f"not started: {_shown(job.path)} still raises NotImplementedError. "
                        f"Replace each `raise NotImplementedError(...)` with your code.")
        elif failed:
            status = "failed"
            feedback = failure_feedback([test_entry(r) for r in failed], self.seed)
        else:
            status, feedback = "passed", ""
        result = Result(job.kata.id, job.label, _shown(job.path), status, passed, len(records),
                        seconds, feedback,
                        [{"test": r.name, "message": r.message} for r in failed],
                        self.outputs.get(job.key, ""),
                        [test_entry(r, fatal) for r in records], mistakes=named)
        if job.kata.kind == "debug" and records:
            from grader import debugkata
            debugkata.conclude(job.kata, result, records, self.records, self.seed, job.path)
        return result


NAMED = 2  # known mistakes named per failing test at most


def name_mistakes(failed: list[TestRecord]) -> list[str]:
    """Add to each failing test's message the known mistakes its failure matches, the ones that
    explain the most failing tests of the kata first: two mistakes may give the same wrong value
    on one call, but rarely on every call (done once per record). Returns the names (first
    docstring lines) of the mistakes named, each once, in the order named."""
    named: list[str] = []
    explained: dict[tuple, int] = {}
    for record in failed:
        for mistake in record.known:
            explained[mistake] = explained.get(mistake, 0) + 1
    for record in failed:
        ranked = sorted(record.known, key=lambda m: -explained[m])  # stable: test order breaks ties
        for summary, advice in ranked[:NAMED]:
            record.message += f"\nThis looks like a known mistake: {summary}" + (f"\n  {advice}" if advice else "")
            if summary not in named:
                named.append(summary)
        record.known = []
    return named


def test_entry(record: TestRecord, fatal=None) -> dict:
    """One hidden test as results carry it: name, status (passed, failed, skipped) and message
    (empty when passed; `grade --json` shows these three), with its docstring and the type of
    exception the learner's code raised, for feedback."""
    message = "" if record.outcome == "passed" else record.message
    if record.outcome == "skipped" and not message:
        message = f"not run: the kata already ended with status {fatal.status}" if fatal else "skipped"
    return {"name": record.name, "status": record.outcome, "message": message, "doc": record.doc,
            "learner_error": record.learner_error}


def _unwritten(test: dict) -> str | None:
    """The function a failing test found still raising NotImplementedError, or None."""
    if test["learner_error"] != "NotImplementedError":
        return None
    import re
    named = re.search(r"implement ([\w.]+)", test["message"]) or re.match(r"\s*(\w+)\(", test["message"])
    return named.group(1) if named else "?"


def failure_feedback(failed: list[dict], seed: int, verbose: bool = False, rerun_hints: bool = True) -> str:
    """Why a kata failed: the functions not written yet, then the first failing test in full and
    one line for each other one (every one in full when `verbose`). `rerun_hints` False leaves out
    the advice to rerun with --verbose or --seed (a course platform's student cannot)."""
    unwritten = list(dict.fromkeys(name for name in map(_unwritten, failed) if name))
    failed = [test for test in failed if not _unwritten(test)]
    lines = []
    if unwritten:
        lines.append(f"not written yet: {', '.join(unwritten)} (still raising NotImplementedError)")
    if failed and verbose:
        lines.append(f"{len(failed)} hidden test(s) failed:")
        for number, test in enumerate(failed, 1):
            lines.append(f"{number}. {test['name']}" + (f" ({test['doc']})" if test["doc"] else ""))
            lines.append(_indent(test["message"]))
    elif failed:
        first = failed[0]
        lines += [f"{len(failed)} hidden test(s) failed. First: {first['name']}"
                  + (f" ({first['doc']})" if first["doc"] else ""), _indent(first["message"])]
        for test in failed[1:]:
            about = test["doc"] or (test["message"].strip().splitlines() or [""])[0]
            lines.append(f"also failed: {test['name']}" + (f" ({about[:110]}{'…' if len(about) > 110 else ''})" if about else ""))
        if len(failed) > 1 and rerun_hints:
            lines.append("(every failing test in full: add --verbose)")
    if rerun_hints:
        lines.append(f"(random inputs drawn with --seed {seed}: rerun with it to see the same cases)")
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.strip().splitlines())


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 10 ** 6)


def pytest_args(test_files: list[Path], time_limit: float) -> list[str]:
    return [*map(str, test_files),
            "--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml"),
            "-o", "addopts=", "-p", "grader.plugin", "-p", "no:cacheprovider",
            "--import-mode=importlib", "-o", f"timeout={int(time_limit) + 60}",
            "--continue-on-collection-errors", "--noconftest",
            # hidden tests report through grader.compare and require(), never bare asserts
            "--assert=plain", *_timeout_plugin(),
            # the scoreboard is ours: no terminal report, no pytest tracebacks to format; and
            # none of the plugins hidden tests do not use (unraisableexception alone runs
            # gc.collect twice a session, longer than a kata's tests take)
            *[arg for name in UNUSED_PLUGINS for arg in ("-p", f"no:{name}")]]


def _timeout_plugin() -> list[str]:
    """pytest-timeout as the hidden tests' own backstop, when it is installed (it is a core
    dependency; the learner's code has its own, harder limits in grader.sandbox)."""
    import importlib.util
    return ["-p", "pytest_timeout"] if importlib.util.find_spec("pytest_timeout") else []


UNUSED_PLUGINS = ("terminal", "unraisableexception", "threadexception", "doctest", "junitxml",
                  "pastebin", "legacypath", "recwarn", "setuponly", "setupplan", "stepwise",
                  "logging", "warnings", "debugging", "faulthandler", "monkeypatch")


def warm() -> None:
    """Load what grading needs (pytest, the fork server) now, so the first grade is fast.

    For a process that grades again and again (watch, mock): its workers come from the fork
    server, started here while this process still holds no reference or test."""
    sandbox.warm_up()
    import pytest  # noqa: F401


def grade(jobs: list[Job], seed: int | None = None, inprocess: bool = False) -> tuple[list[Result], int]:
    """Grade every job in one pytest session; returns (results in job order, seed used)."""
    seed = new_seed() if seed is None else seed
    if not jobs:
        return [], seed
    for job in jobs:
        if not job.kata.test_path.exists():
            raise UsageError(f"{job.kata.id} has no hidden tests at {_shown(job.kata.test_path)}")
    budgets = {}
    if not inprocess:
        from grader import debugkata
        sandbox.prepare(len(jobs) + debugkata.variant_count(jobs))  # workers forked now, before any reference or test is loaded
        from grader import budget
        try:
            budgets = budget.budgets(list({job.kata.id: job.kata for job in jobs}.values()), measure_references)
        except BaseException:
            sandbox.release_spares()
            raise
    import tempfile
    from grader import debugkata
    with tempfile.TemporaryDirectory(prefix="katagrad-debug-") as folder:
        variants = debugkata.variant_jobs(jobs, folder)  # debug katas: one file per planted bug
        session = run_session(jobs + variants, seed, inprocess, budgets)
    return [session.result(job) for job in jobs], seed


def measure_references(katas) -> dict[str, float]:
    """{kata id: CPU seconds} of each reference on its own hidden tests, run in this process;
    a kata whose reference fails a test gets no figure (grader.budget's calibration)."""
    jobs = [Job(kata, kata.solution_path, "calibration") for kata in katas]
    session = run_session(jobs, seed=0, inprocess=True)
    figures = {}
    for kata in katas:
        key = f"{kata.id}[calibration]"
        records = session.records.get(key, [])
        if records and all(r.outcome != "failed" for r in records):  # a clean run, or no figure
            figures[kata.id] = session.cpu.get(key, 0.0)
    return figures


def run_session(jobs: list[Job], seed: int, inprocess: bool = False, budgets: dict | None = None) -> "Session":
    """One pytest session over the jobs' hidden tests; returns the Session with its records."""
    import pytest  # only now: the workers were forked without it
    session = Session(jobs, seed, inprocess, budgets)
    test_files = list(dict.fromkeys(job.kata.test_path for job in jobs))
    limit = max(session.budget(job.kata) for job in jobs)
    chatter = io.StringIO()
    autoload = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # only our plugins: none another package installed
    try:
        with contextlib.redirect_stdout(chatter), contextlib.redirect_stderr(chatter):
            code = pytest.main(pytest_args(test_files, limit), plugins=[session])
    except KeyboardInterrupt:
        session.close_open_targets()
        raise
    finally:
        if not inprocess:
            sandbox.release_spares()
        if autoload is None:
            os.environ.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
        else:
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = autoload
    if code == pytest.ExitCode.INTERRUPTED:
        session.close_open_targets()  # no learner process outlives the grading
        raise KeyboardInterrupt  # Ctrl-C while grading: pytest swallowed it, pass it on
    if code not in (0, 1) and not any(session.records.values()):
        raise RuntimeError(f"the hidden tests could not run (pytest exit {int(code)}):\n{chatter.getvalue()[-2000:]}")
    return session


def main(argv=None) -> int:
    """`python -m grader.grading`: grade the jobs given as JSON on stdin, print results as JSON.

    Input: {"seed": 0, "jobs": [{"kata": id, "path": file, "label": label, "time_limit": s}, ...]}
    ("time_limit" optional). The project's
    own tests use this to grade every known mistake and alternative in one process.
    """
    request = json.load(sys.stdin)
    catalogue = manifest.load()
    jobs = []
    for entry in request["jobs"]:
        kata = catalogue.resolve(entry["kata"])
        if "time_limit" in entry:  # the project's tests shorten it for endless loops
            kata = dataclasses.replace(kata, time_limit=float(entry["time_limit"]))
        jobs.append(Job(kata, Path(entry["path"]), entry.get("label", "file")))
    results, seed = grade(jobs, request.get("seed", 0))
    json.dump({"seed": seed, "results": [asdict(r) for r in results]}, sys.stdout)
    return 0


if __name__ == "__main__":
    # run the copy imported as grader.grading, whose classes the plugin knows
    from grader.grading import main as _main
    raise SystemExit(_main())
