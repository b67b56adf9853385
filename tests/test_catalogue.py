"""The contributing checklist, enforced: every kata in katas.toml is complete and honest.

For every kata: a solution with marked parts, a stub generated from it, hidden tests, at least
five known-wrong implementations that fail (and are named in the feedback), at least two correct
implementations written other ways that pass, and a working example in its statement.
All gradings run in one `python -m grader.grading` process, the way a learner's grade runs.
"""
import doctest
import importlib.util
import json
import os
import subprocess
import sys

import pytest

from grader import ROOT, manifest, mistakes, stubs

def _selected(catalogue):
    """`make check KATA=...` (KATAGRAD_CHECK): only the katas named (ids, bare names or tracks)."""
    wanted = [w for w in os.environ.get("KATAGRAD_CHECK", "").replace(",", " ").split() if w]
    if not wanted:
        return list(catalogue)
    tracks = {k.track for k in catalogue}
    chosen = set()
    for name in wanted:
        chosen |= {k.id for k in catalogue.track(name)} if name in tracks else {catalogue.resolve(name).id}
    return [k for k in catalogue if k.id in chosen]


CATALOGUE = _selected(manifest.load())
MIN_MISTAKES = 5
MIN_ALTERNATIVES = 2


def _jobs():
    jobs = []
    for kata in CATALOGUE:
        if not (kata.test_path.exists() and kata.solution_path.exists()):
            continue  # test_kata_has_every_part reports what is missing
        jobs.append((kata, kata.solution_path, "reference", "passed"))
        # the committed stub (katas/ holds the learner's work); a debug kata's, as shipped, too
        jobs.append((kata, None, "stub", "not_started"))
        for path in sorted(kata.mistakes_dir.glob("*.py")):
            jobs.append((kata, path, f"mistake:{path.stem}", "failed"))
        for path in sorted(kata.alternatives_dir.glob("*.py")):
            jobs.append((kata, path, f"alternative:{path.stem}", "passed"))
    return jobs


JOBS = _jobs()


SHARDS = max(1, min(os.cpu_count() or 1, 4))
GRADING_SECONDS = 1800  # a whole catalogue graded on a slow, busy machine: the catalogue's own bound


def _grade(jobs: list[dict], shards: int) -> dict:
    """The jobs graded, seed 0, in `shards` grading processes of their own, each with a share of
    the katas: {(kata id, label): result}."""
    from concurrent.futures import ThreadPoolExecutor
    katas = list(dict.fromkeys(job["kata"] for job in jobs))
    requests = []
    for number in range(shards):
        shard = set(katas[number::shards])
        if share := [job for job in jobs if job["kata"] in shard]:
            requests.append(json.dumps({"seed": 0, "jobs": share}))

    def grade(request: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "grader.grading"], input=request, capture_output=True,
                              text=True, cwd=ROOT, timeout=GRADING_SECONDS - 60)

    results = {}
    with ThreadPoolExecutor(len(requests) or 1) as pool:
        for proc in pool.map(grade, requests):
            assert proc.returncode == 0, proc.stderr[-3000:]
            results.update({(r["kata"], r["label"]): r for r in json.loads(proc.stdout)["results"]})
    return results


_graded: dict = {}


@pytest.fixture(scope="session")
def graded(stub_files):
    """A function: graded(kata) -> {(kata id, label): result} for every job of that kata's share.
    Under pytest-xdist (`make test`) each track is one share, graded by the worker its tests were
    sent to (they carry the track's xdist_group); under a plain pytest (`make check`) everything
    selected is one share, graded at first use in a process per core."""
    under_xdist = "PYTEST_XDIST_WORKER" in os.environ

    def results_for(kata) -> dict:
        share = kata.track if under_xdist else "all"
        if share not in _graded:
            _graded[share] = _grade([{"kata": k.id, "path": str(path or stub_files[k.id]), "label": label}
                                     for k, path, label, _ in JOBS if share in ("all", k.track)],
                                    1 if under_xdist else SHARDS)
        return _graded[share]
    return results_for


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda k: k.id)
def test_kata_has_every_part(entry):
    assert entry.solution_path.exists(), f"missing solution {entry.solution_path}"
    try:
        committed = stubs.committed_text(entry.stub_path)
    except stubs.NotACheckout:
        committed = None
    assert committed is not None or entry.stub_path.exists(), \
        f"missing stub {entry.stub_path}: run `make stubs` and commit it"
    assert entry.test_path.exists(), f"missing hidden tests {entry.test_path}"
    found = list(entry.mistakes_dir.glob("*.py"))
    assert len(found) >= MIN_MISTAKES, f"{entry.id}: {len(found)} known mistakes, need {MIN_MISTAKES}"
    found = list(entry.alternatives_dir.glob("*.py"))
    assert len(found) >= MIN_ALTERNATIVES, f"{entry.id}: {len(found)} alternatives, need {MIN_ALTERNATIVES}"
    assert entry.entry_points(), f"{entry.id}: the solution marks no function body"


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda k: k.id)
def test_stub_is_generated_from_solution(entry):
    """The COMMITTED stub is the one generated from the solution. The file in katas/ is the
    learner's: solving a kata must never fail this (nor suggest `make stubs` over their work)."""
    expected = stubs.make_stub(entry.solution_path.read_text(encoding="utf-8"), entry.id)
    committed = _committed_stub(entry)
    if committed == expected:
        return
    regenerated = entry.stub_path.exists() and entry.stub_path.read_text(encoding="utf-8") == expected
    assert regenerated, (f"the committed stub katas/{entry.id}.py differs from the one its solution generates: "
                         f"regenerate it with `make stubs` (contributors) and commit it")


def _committed_stub(entry):
    try:
        return stubs.committed_text(entry.stub_path)
    except stubs.NotACheckout as reason:
        pytest.skip(f"not a git checkout, so the committed stubs are unknown: {reason}")


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda k: k.id)
def test_statement_is_complete_and_its_example_runs(entry):
    statement = entry.statement()
    for part in ("Task", "Signature", "Example", "Constraints", "Time budget"):
        assert part in statement, f"{entry.id}: the statement has no {part!r} section"
    assert f"Time budget: {entry.minutes} minutes" in statement, \
        f"{entry.id}: the statement's time budget differs from the manifest's {entry.minutes} minutes"
    spec = importlib.util.spec_from_file_location(f"doctest_{entry.name}", entry.solution_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{entry.id}: the statement has no >>> example"
    assert result.failed == 0, f"{entry.id}: the statement's example is wrong"


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda k: k.id)
def test_mistakes_say_what_they_get_wrong(entry):
    for mistake in mistakes.for_kata(entry.mistakes_dir):
        assert mistake.summary and mistake.advice, \
            f"{mistake.path}: the docstring needs a first line naming the mistake and advice after a blank line"


@pytest.mark.timeout(GRADING_SECONDS)  # the first test of a share waits for its grading
@pytest.mark.parametrize("entry,path,label,expected",
                         [pytest.param(*job, marks=pytest.mark.xdist_group(f"catalogue-{job[0].track}"))
                          for job in JOBS],
                         ids=[f"{kata.id}[{label}]" for kata, _, label, _ in JOBS])
def test_grading_gives_the_expected_status(graded, entry, path, label, expected):
    result = graded(entry)[(entry.id, label)]
    assert result["status"] == expected, f"{path}: {result['status']}\n{result['feedback']}"
    if label.startswith("mistake:"):
        named_by = getattr(mistakes._import(path), "NAMED_BY_MESSAGE", None)
        summary = mistakes.describe(path)[0]
        wanted = named_by or f"This looks like a known mistake: {summary}"
        assert wanted in result["feedback"], \
            f"{path}: the feedback does not name this mistake (looked for {wanted!r}):\n{result['feedback']}"
        if not named_by:  # named for the first failing test (ranked: grading.name_mistakes)
            lines = result["feedback"].splitlines()
            start = next(i for i, line in enumerate(lines) if "This looks like a known mistake" in line)
            first = []
            for line in lines[start:]:
                if "This looks like a known mistake" in line:
                    first.append(line.strip())
                elif not line.startswith("    "):  # the advice lines of the same test are indented
                    break
            assert wanted in first, \
                f"{path}: the first failing test names other mistakes:\n{result['feedback']}"
