"""The pytest plugin behind grading: the `kata` and `rng` fixtures, and one record per test.

Loaded with `-p grader.plugin` (pyproject's addopts for `make test`; grading passes it too).
A hidden test module `tests/katas/<track>/test_<name>.py` is run once per job for its kata:
the jobs of a grading session, or, under a plain `pytest`, the kata's reference solution.
"""
from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import numpy as np
import pytest

from grader import ROOT, manifest, sandbox
from grader.grading import Job, Session, TestRecord
from grader.testing import KataUnderTest

KATA_TESTS = ROOT / "tests" / "katas"


def pytest_addoption(parser):
    parser.addoption("--katagrad-seed", type=int, default=None,
                     help="seed for the hidden tests' random inputs (default 0 under plain pytest)")


def pytest_configure(config):
    session = next((p for p in config.pluginmanager.get_plugins() if isinstance(p, Session)), None)
    if session is None:
        seed = config.getoption("--katagrad-seed")
        session = Session(None, 0 if seed is None else seed,
                          inprocess=os.environ.get("KATAGRAD_INPROCESS") == "1")
    config.stash[_SESSION] = session


_SESSION = pytest.StashKey[Session]()


def kata_of(path: Path) -> manifest.Kata | None:
    """The kata a hidden test module belongs to, from its path, or None for other tests."""
    try:
        relative = Path(path).resolve().relative_to(KATA_TESTS)
    except ValueError:
        return None
    if len(relative.parts) != 2 or not relative.name.startswith("test_"):
        return None
    return manifest.load().resolve(f"{relative.parts[0]}/{relative.stem[len('test_'):]}")


def pytest_generate_tests(metafunc):
    if "kata" not in metafunc.fixturenames:
        return
    kata = kata_of(metafunc.definition.path)
    if kata is None:
        raise pytest.UsageError(f"{metafunc.definition.path}: the `kata` fixture is for tests/katas/<track>/test_<name>.py")
    jobs = metafunc.config.stash[_SESSION].jobs_for(kata)
    metafunc.parametrize("kata", jobs, indirect=True, ids=[job.label for job in jobs], scope="module")


@pytest.fixture(scope="module")
def kata(request):
    job: Job = request.param
    session: Session = request.config.stash[_SESSION]
    target = session.make_target(job)
    reference = _reference(job.kata)
    under_test = KataUnderTest(job.kata, target, reference)
    yield under_test
    under_test.rule_out_mistakes([r for r in session.records.get(job.key, []) if r.outcome == "failed"])
    session.finish_target(job, target)


_references: dict[str, object] = {}


def _reference(kata: manifest.Kata):
    """The reference solution, imported in this (the grader's) process only."""
    if kata.id not in _references:
        from grader.loading import load_module
        _references[kata.id] = load_module(kata.solution_path, f"reference_{kata.track}_{kata.name}")
    return _references[kata.id]


def pytest_collection_finish(session):
    """Before any test runs, and so before any learner code: load every reference and known
    mistake this session may use, so nothing the learner's code could have written is loaded
    later (on Linux the kernel keeps the worker out of the repository anyway)."""
    from grader import mistakes
    seen = set()
    for item in session.items:
        job = getattr(item, "callspec", None) and item.callspec.params.get("kata")
        if isinstance(job, Job) and job.kata.id not in seen:
            seen.add(job.kata.id)
            _reference(job.kata)
            mistakes.preload(job.kata.mistakes_dir)


def _job(item) -> Job | None:
    job = getattr(item, "callspec", None) and item.callspec.params.get("kata")
    return job if isinstance(job, Job) else None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    """Before a kata's test runs, start the worker of the job that comes next, so its file is
    imported while this one's tests run. In one process the order is the collection's; under
    xdist, where each process runs what it is sent, the next test pytest names."""
    job = _job(item)
    if job is None:
        return None
    state: Session = item.config.stash[_SESSION]
    if hasattr(item.config, "workerinput"):
        upcoming = _job(nextitem) if nextitem is not None else None
    else:
        if state.following is None:
            jobs = list(dict.fromkeys(j for j in map(_job, item.session.items) if j is not None))
            state.following = {a.key: b for a, b in zip(jobs, jobs[1:])}
        upcoming = state.following.get(job.key)
    if upcoming is not None and upcoming.key != job.key:
        state.launch_ahead(upcoming)
    return None


def pytest_sessionfinish(session):
    state = session.config.stash.get(_SESSION, None)
    if state is not None:
        state.close_ahead()


@pytest.fixture
def rng(request):
    """Random inputs: the same for every job in a run (so outputs compare), new with each seed."""
    session: Session = request.config.stash[_SESSION]
    name = f"{request.node.path.stem}::{request.node.originalname}"
    return np.random.default_rng([session.seed, zlib.crc32(name.encode())])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """CPU time of each kata test, in this process (what grader.budget calibrates with)."""
    started = time.process_time()
    yield
    job = getattr(item, "callspec", None) and item.callspec.params.get("kata")
    if isinstance(job, Job):
        cpu = item.config.stash[_SESSION].cpu
        cpu[job.key] = cpu.get(job.key, 0.0) + time.process_time() - started


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Our own report for kata tests: records the outcome, and skips formatting a traceback
    nobody reads (pytest's long tracebacks cost more than the tests themselves)."""
    job = getattr(item, "callspec", None) and item.callspec.params.get("kata")
    if not isinstance(job, Job):
        return None
    session: Session = item.config.stash[_SESSION]
    excinfo = call.excinfo
    if excinfo is None:
        outcome, longrepr = "passed", None
    elif excinfo.errisinstance(pytest.skip.Exception):
        outcome, longrepr = "skipped", (str(item.path), item.location[1] or 0, str(excinfo.value))
    else:
        outcome, longrepr = "failed", excinfo.exconly()
    if call.when == "call" or (call.when == "setup" and outcome == "failed"):
        record = TestRecord(name=item.originalname, outcome=outcome, seconds=call.duration,
                            doc=_first_line(item.function.__doc__))
        if outcome == "failed":
            _explain(record, excinfo)
        session.record(job, record)
    elif call.when == "teardown":
        records = session.records.get(job.key)
        if records:
            records[-1].seconds += call.duration
    return pytest.TestReport(item.nodeid, item.location, {name: 1 for name in item.keywords}, outcome,
                             longrepr, call.when, [], call.duration, call.start, call.stop,
                             user_properties=item.user_properties)


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if doc and doc.strip() else ""


def _explain(record: TestRecord, excinfo) -> None:
    error = excinfo.value if excinfo else None
    if isinstance(error, sandbox.Verdict):
        record.verdict, record.message = error.status, error.message
    elif isinstance(error, sandbox.LearnerError):
        record.learner_error, record.message = error.type, str(error)
    elif isinstance(error, AssertionError):
        record.message = str(error)
        record.known = list(getattr(error, "known", []))
        record.matched = list(record.known)
    elif excinfo is not None:
        # the test itself broke on what the learner returned: show where, briefly
        record.message = f"the check could not run on your result: {excinfo.exconly()}"
