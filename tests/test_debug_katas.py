"""The debug katas' own checklist (CONTRIBUTING.md, "Debug katas"), on top of tests/test_catalogue.py.

For every kata with `kind = "debug"`: the statement says how many bugs there are (3 to 6) and the
time budget is 45 minutes; the learner's file has every bug planted and no trace of the markers;
the shipped file fails with every bug reported remaining; each single-bug file fails and its
failing tests are attributed to exactly that bug (every bug has a signature of its own); a file
with the first and third bugs fixed reports exactly the others remaining; and what a learner sees
(feedback, per-test messages) never says which test failed or why.
"""
import json
import os
import subprocess
import sys

import pytest

from grader import ROOT, debugkata, manifest, stubs


def _selected(catalogue):
    """`make check KATA=...` (KATAGRAD_CHECK), as in tests/test_catalogue.py."""
    wanted = [w for w in os.environ.get("KATAGRAD_CHECK", "").replace(",", " ").split() if w]
    if not wanted:
        return list(catalogue)
    tracks = {k.track for k in catalogue}
    chosen = set()
    for name in wanted:
        chosen |= {k.id for k in catalogue.track(name)} if name in tracks else {catalogue.resolve(name).id}
    return [k for k in catalogue if k.id in chosen]


DEBUG = [kata for kata in _selected(manifest.load()) if kata.kind == "debug"]


def _source(kata):
    return kata.solution_path.read_text(encoding="utf-8")


def _names(kata):
    return [bug.name for bug in debugkata.planted_bugs(_source(kata))]


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_statement_states_the_number_of_bugs(entry):
    kata = entry
    count = len(_names(kata))
    assert 3 <= count <= 6, f"{kata.id}: {count} planted bugs, a debug kata has 3 to 6"
    assert f"This file has {count} bugs." in kata.statement(), f"{kata.id}: the statement must say 'This file has {count} bugs.'"
    assert kata.minutes == 45, f"{kata.id}: a debug kata is a 45-minute round"
    statement = kata.statement()
    for bug in debugkata.planted_bugs(_source(kata)):
        assert bug.name not in statement and bug.description not in statement, f"{kata.id}: the statement names bug {bug.name}"


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_learner_file_has_every_bug_and_no_marker(entry):
    kata = entry
    text = stubs.make_stub(_source(kata), kata.id)
    assert text == debugkata.learner_file(_source(kata), kata.id)
    for word in ("BUG", "PLANTED", "NotImplementedError"):
        assert word not in text, f"{kata.id}: the learner's file contains {word!r}"
    compile(text, kata.id, "exec")
    for bug in debugkata.planted_bugs(_source(kata)):  # every bug changes the code
        assert debugkata.variant(_source(kata), [bug.name]) != debugkata.reference(_source(kata)), bug.name


def test_markers_are_parsed_and_planted():
    source = ('"""doc"""\n\n\ndef f(x):\n    # BEGIN BUG off_by_one: adds two\n    return x + 1\n'
              '    # PLANTED\n    # return x + 2\n    # END BUG\n')
    (bug,) = debugkata.bugs(source)
    assert (bug.name, bug.description) == ("off_by_one", "adds two")
    assert debugkata.variant(source, ["off_by_one"]).endswith("def f(x):\n    return x + 2\n")
    assert debugkata.reference(source).endswith("def f(x):\n    return x + 1\n")
    assert debugkata.functions(source) == ["f"]
    with pytest.raises(debugkata.BugMarkerError):
        debugkata.bugs(source.replace("    # PLANTED\n", ""))
    with pytest.raises(debugkata.BugMarkerError):
        debugkata.bugs(source.replace("    # return x + 2", "    return x + 2"))


# a learner's file with every planted bug fixed and a new error of its own: the running statistics
# returned in evaluation are the caller's arrays (the contract's "new arrays" broken)
BREACH = ("debugging/fix_batch_norm", "return y, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)",
          "return y, running_mean, running_var")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Every debug kata's shipped file, single-bug files and a file with bugs 1 and 3 fixed, graded."""
    folder = tmp_path_factory.mktemp("debug")
    jobs = []
    for kata in DEBUG:
        names = _names(kata)
        files = {"shipped": debugkata.learner_file(_source(kata), kata.id)}
        files.update({f"only:{name}": debugkata.variant(_source(kata), [name]) for name in names})
        files["fixed:1,3"] = debugkata.variant(_source(kata), [n for i, n in enumerate(names) if i not in (0, 2)])
        if kata.id == BREACH[0]:  # every bug fixed, but the result aliases an argument
            fixed = debugkata.reference(_source(kata))
            assert BREACH[1] in fixed, f"{kata.id}: update BREACH in this test"
            files["breach"] = fixed.replace(BREACH[1], BREACH[2])
        for label, text in files.items():
            path = folder / kata.track / kata.name / f"{label.replace(':', '_').replace(',', '_')}.py"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            jobs.append({"kata": kata.id, "path": str(path), "label": label})
    proc = subprocess.run([sys.executable, "-m", "grader.grading"], input=json.dumps({"seed": 0, "jobs": jobs}),
                          capture_output=True, text=True, cwd=ROOT, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {(r["kata"], r["label"]): r for r in json.loads(proc.stdout)["results"]}


def _fixed_tests(kata):
    """The hidden tests that draw no random input (no `rng` fixture): the same on every seed."""
    import ast
    tree = ast.parse(kata.test_path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
            and "rng" not in [arg.arg for arg in node.args.args]}


def _hides_the_failures(result):
    assert all(test["message"] in ("", debugkata.HIDDEN) for test in result["tests"]), result["tests"]
    for test in result["tests"]:
        if test["status"] == "failed":
            assert test["name"] not in result["feedback"], result["feedback"]


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_shipped_file_fails_with_every_bug_remaining(graded, entry):
    """As shipped, every hidden test a bug explains fails; the status is not_started (the
    contract's word for a kata not begun), and the feedback counts every bug as remaining."""
    kata = entry
    result = graded[(kata.id, "shipped")]
    assert result["status"] == "not_started", result["feedback"]
    assert result["tests_passed"] < result["tests_total"], result
    assert result["feedback"].startswith("not started: the file is as shipped"), result["feedback"]
    assert result["debug"]["remaining"] == _names(kata), result["debug"]
    assert result["debug"]["unexplained"] == 0, result["debug"]
    n = len(_names(kata))
    assert f"{n} of {n} planted bugs remain." in result["feedback"], result["feedback"]
    assert debugkata.KNOWN not in result["feedback"], f"{kata.id}: the planted bugs explain every failure:\n{result['feedback']}"
    _hides_the_failures(result)


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_each_bug_alone_fails_and_is_attributed_to_itself(graded, entry):
    kata = entry
    for name in _names(kata):
        result = graded[(kata.id, f"only:{name}")]
        assert result["status"] == "failed", f"{kata.id}: the file with only {name} planted passes"
        debug = result["debug"]
        assert debug["signatures"][name], f"{kata.id}: no hidden test fails for {name} alone and no other bug"
        assert set(debug["signatures"][name]) & _fixed_tests(kata), \
            f"{kata.id}: {name} is told apart only by random tests: add a fixed case (another seed may miss it)"
        assert debug["remaining"] == [name], f"{kata.id}: only {name} planted, reported {debug}"
        assert debug["unexplained"] == 0, debug
        assert "1 of" in result["feedback"] and "planted bugs remain" in result["feedback"]
        assert debugkata.KNOWN not in result["feedback"], f"{kata.id}: only {name} planted:\n{result['feedback']}"
        _hides_the_failures(result)


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_fixing_bugs_one_and_three_is_counted(graded, entry):
    kata = entry
    names = _names(kata)
    result = graded[(kata.id, "fixed:1,3")]
    assert result["status"] == "failed"
    assert result["debug"]["remaining"] == [n for i, n in enumerate(names) if i not in (0, 2)], result["debug"]
    assert result["debug"]["fixed"] == [names[0], names[2]]
    assert result["debug"]["unexplained"] == 0, result["debug"]
    described = {bug.name: bug.description for bug in debugkata.planted_bugs(_source(kata))}
    assert f"{len(names) - 2} of {len(names)} planted bugs remain." in result["feedback"], result["feedback"]
    assert described[names[0]] in result["feedback"] and described[names[2]] in result["feedback"]
    assert described[names[1]] not in result["feedback"]
    assert debugkata.KNOWN not in result["feedback"], result["feedback"]
    _hides_the_failures(result)


def test_manifest_kind_is_validated():
    entry = ('[[kata]]\nid = "t/k"\ntitle = "T"\ndifficulty = "easy"\nminutes = 5\nhints = ["a", "b"]\n'
             'follow_ups = ["c"]\n')
    assert manifest.parse(entry)[0].kind == "implement"
    assert manifest.parse(entry + 'kind = "debug"\n')[0].kind == "debug"
    with pytest.raises(manifest.ManifestError, match="kind"):
        manifest.parse(entry + 'kind = "quiz"\n')


def test_kind_matches_the_markers():
    """kind = "debug" exactly for the solutions with planted bugs."""
    for kata in manifest.load():
        if kata.solution_path.exists():
            assert (kata.kind == "debug") == debugkata.is_debug(_source(kata)), kata.id


@pytest.mark.parametrize("entry", DEBUG[:1], ids=lambda k: k.id)
def test_mock_hands_out_the_planted_file(entry, tmp_path):
    from grader import mock
    (path,) = mock.make_workspace([entry], tmp_path / "mock")
    assert path.read_text(encoding="utf-8") == debugkata.learner_file(_source(entry), entry.id)


def test_warnings_are_taken_out_of_the_printed_output():
    printed = ("hello\nkatas/debugging/x.py:52: RuntimeWarning: overflow encountered in exp\n"
               "  exps = np.exp(scores)\nbye\n")
    assert debugkata.quiet(printed) == "hello\nbye\n"


@pytest.mark.parametrize("entry", DEBUG, ids=lambda k: k.id)
def test_name_is_unambiguous(entry):
    """`make grade KATA=<name>` must keep working for the kata a debug kata is about (fix_adamw, not adam)."""
    assert [k.id for k in manifest.load() if k.name == entry.name] == [entry.id]


@pytest.mark.parametrize("entry", DEBUG[:1], ids=lambda k: k.id)
def test_counting_from_records(entry):
    """Bug k remains while a test only it fails still fails; a test no remaining bug fails is the learner's doing."""
    from grader.grading import TestRecord
    names = _names(entry)
    record = lambda test, outcome: TestRecord(name=test, outcome=outcome)  # noqa: E731
    # single-bug files: bug i fails its own test_i and a test shared by every bug
    variants = {f"{entry.id}[{debugkata.LABEL}{name}]": [record(f"test_{i}", "failed"), record("test_shared", "failed")]
                for i, name in enumerate(names)}
    learner = [record("test_0", "passed"), record("test_1", "failed"), record("test_shared", "failed")]
    facts = debugkata.summary(entry, learner, variants)
    assert facts["remaining"] == [names[1]] and facts["unexplained"] == 0
    assert facts["fixed"] == [n for n in names if n != names[1]]
    learner = [record("test_0", "passed"), record("test_1", "passed"), record("test_shared", "failed"),
               record("test_other", "failed")]
    facts = debugkata.summary(entry, learner, variants)
    assert facts["remaining"] == [] and facts["unexplained"] == 2
    text, _ = debugkata.feedback(entry, learner, variants, seed=0)
    assert text.startswith("No planted bug remains, but 2 hidden test(s) still fail.")
    assert "test_other" not in text and "test_shared" not in text


def test_a_contract_breach_is_not_a_planted_bug(graded):
    """Every bug fixed, but the result aliases an argument: no bug is counted remaining (the tests the
    breach fails ran right up to it), and the feedback says what the change broke, without the call."""
    if BREACH[0] not in {kata.id for kata in DEBUG}:
        pytest.skip(f"{BREACH[0]} not selected")
    kata = next(kata for kata in DEBUG if kata.id == BREACH[0])
    result = graded[(kata.id, "breach")]
    assert result["status"] == "failed"
    assert result["debug"]["remaining"] == [] and result["debug"]["unexplained"] == 0, result["debug"]
    assert result["debug"]["contract"], result["debug"]
    assert result["feedback"].startswith("No planted bug remains"), result["feedback"]
    assert "A change of yours breaks something the bugs did not touch: batch_norm(...): " in result["feedback"]
    assert "shares memory with the argument `running_" in result["feedback"], result["feedback"]
    assert "np.array(" not in result["feedback"], result["feedback"]
    _hides_the_failures(result)


def test_contract_breach_is_read_from_the_message():
    modified = ("f(np.array([1., 2.]), {'a': (1, 2)}) modified its argument `x`: a function must leave its inputs "
                "as they were (work on a copy).\n  x[0] was 1.0, is 2.0")
    assert debugkata.contract_breach(modified) == ("f(...) modified its argument `x`: a function must leave its "
                                                   "inputs as they were (work on a copy)")
    shared = ("g(np.array([1.]), k=3): the result[1] shares memory with the argument `y`: return new arrays "
              "(a copy), never a view of the caller's array, even when nothing needs to change.")
    assert debugkata.contract_breach(shared) == "g(...): the result[1] shares memory with the argument `y`: return new arrays (a copy)"
    assert debugkata.contract_breach("f(1) returned the wrong result: got 2, expected 3") is None
    assert debugkata.contract_breach("") is None


@pytest.mark.filterwarnings("ignore::RuntimeWarning")   # known mistakes divide by zero, replayed here
def test_a_fifo_in_place_of_a_debug_kata_is_an_error_not_a_wait(tmp_path):
    """A named pipe where the debug kata's file should be: refused by the grading, and the check
    of whether the file is still the one shipped skips it (opened, it would wait for ever)."""
    from grader.grading import Job, grade
    if not DEBUG:
        pytest.skip("no debug kata selected (make check KATA=...)")
    kata = DEBUG[0]
    fifo = tmp_path / f"{kata.name}.py"
    os.mkfifo(fifo)
    assert debugkata.untouched(kata, fifo) is False
    (result,), _ = grade([Job(kata, fifo, "fifo")], seed=0)
    assert result.status == "error" and "not a regular file" in result.feedback, (result.status, result.feedback)
