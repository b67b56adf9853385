"""The grader and the learner's process work at the same time: a request is sent, the grader goes
on (the reference's answer), and the reply is read afterwards; a kata's worker is started while
the previous kata's tests run. Nothing of what is checked changes with that."""
import textwrap

import numpy as np
import pytest

from grader import ROOT, manifest
from grader.grading import Job, Session, grade
from grader.testing import KataUnderTest

SOURCE = textwrap.dedent('''
    import numpy as np

    def f(x):
        return np.asarray(x, dtype=float) * 2.0

    def slow(x):
        total = 0.0
        for i in range(200_000):
            total += i
        return float(x) + total
    ''')


@pytest.fixture
def worker():
    from grader import sandbox
    worker = sandbox.Worker("overlap.py", SOURCE, 20.0)
    worker.launch()   # no wait for the import: the first request goes right behind the file
    yield worker
    worker.close()


def test_a_request_sent_during_the_import_is_answered_after_it(worker):
    worker.send(("call", "f"), (np.arange(3.0),), {})
    reply = worker.receive("f([0, 1, 2])")
    np.testing.assert_array_equal(reply.value, [0.0, 2.0, 4.0])


def test_a_request_larger_than_the_pipe_sent_during_the_import_still_arrives(worker):
    """4 MiB of argument: the channel takes part of it now, the rest goes while the reply is awaited."""
    big = np.arange(1 << 19, dtype=float)
    worker.send(("call", "f"), (big,), {})
    reply = worker.receive("f(big)")
    np.testing.assert_array_equal(reply.value, big * 2.0)


def test_the_grader_works_while_the_learner_does(worker):
    """The reply is the one to the request sent, whatever the grader did meanwhile."""
    worker.start = None  # launched already: never started twice
    worker.send(("call", "slow"), (1.0,), {})
    here = sum(range(200_000))
    reply = worker.receive("slow(1.0)")
    assert reply.value == 1.0 + here


def test_one_request_at_a_time(worker):
    worker.send(("call", "f"), (1.0,), {})
    with pytest.raises(RuntimeError, match="not received"):
        worker.send(("call", "f"), (2.0,), {})
    assert worker.receive("f(1.0)").value == 2.0
    with pytest.raises(RuntimeError, match="no request"):
        worker.receive("f")


def test_an_import_that_fails_is_the_verdict_of_the_first_request():
    from grader import sandbox
    worker = sandbox.Worker("broken.py", "raise ValueError('at import')\n", 20.0)
    try:
        worker.launch()
        worker.send(("call", "f"), (1.0,), {})
        with pytest.raises(sandbox.ImportFailed, match="at import"):
            worker.receive("f(1.0)")
    finally:
        worker.close()


def _kata(kata_id: str, path):
    kata = manifest.load().resolve(kata_id)
    session = Session([Job(kata, path, "x")])
    target = session.make_target(Job(kata, path, "x"))
    from grader.loading import load_module
    reference = load_module(kata.solution_path, "overlap_reference")
    return session, target, KataUnderTest(kata, target, reference)


def test_check_each_passes_right_code_and_stops_at_the_first_wrong_call(tmp_path):
    kata = manifest.load().resolve("neural_nets/activations")
    source = kata.solution_path.read_text()
    right = tmp_path / "right.py"
    right.write_text(source)
    session, target, under_test = _kata(kata.id, right)
    try:
        sets = [((np.linspace(-3, 3, 7) * s,), {}) for s in (0.5, 1.0, 2.0)]
        assert len(under_test.check_each("relu", sets)) == 3
    finally:
        session.finish_target(Job(kata, right, "x"), target)
    wrong = tmp_path / "wrong.py"
    wrong.write_text(source.replace("def relu(", "def _relu(") + "\n\ndef relu(x):\n"
                     "    x = np.asarray(x, dtype=float)\n    return np.where(x > 1.0, x, 0.0)\n")
    session, target, under_test = _kata(kata.id, wrong)
    try:
        sets = [((np.array([2.0, 3.0]),), {}), ((np.array([0.5, -1.0]),), {}), ((np.array([0.7]),), {})]
        with pytest.raises(AssertionError, match=r"returned the wrong result") as failure:
            under_test.check_each("relu", sets)
        assert "0.5, -1." in str(failure.value).splitlines()[0]  # the second call: the first was right
    finally:
        session.finish_target(Job(kata, wrong, "x"), target)


def test_a_verdict_found_before_the_tests_is_given_at_the_first_request(tmp_path):
    """The worker starts before the kata's tests (and a file that does not parse is found then);
    the verdict is the kata's, as when the worker started at the first request."""
    path = tmp_path / "gd.py"
    path.write_text("def gradient_descent(x0, learning_rate, n_steps):\n    return (\n")
    (result,), _ = grade([Job(manifest.load().resolve("gd_x_squared"), path, "x")])
    assert result.status == "error" and "SyntaxError" in result.feedback, (result.status, result.feedback)
    assert result.tests[0]["status"] == "failed" and all(t["status"] == "skipped" for t in result.tests[1:])


def test_workers_started_ahead_for_tests_that_never_run_are_ended(tmp_path):
    kata = manifest.load().resolve("gd_x_squared")
    session = Session([Job(kata, kata.solution_path, "x")])
    job = Job(kata, kata.solution_path, "x")
    session.launch_ahead(job)
    target, started = session.ahead[job.key]
    started.result(timeout=30)   # started on a thread of its own
    process = target.worker.process
    assert process.is_alive()
    session.close_ahead()
    process.join(timeout=5)
    assert not process.is_alive() and not session.ahead and not session.open_targets


def test_files_of_workers_started_ahead_are_parsed_on_the_main_thread_only(tmp_path, monkeypatch):
    """Python 3.11's ast module shares one recursion counter between threads: a parse on the thread
    that starts workers ahead, beside one on the main thread (a known mistake's docstring, pytest's
    traceback), failed a kata with "AST constructor recursion depth mismatch". Every parse while
    katas are graded with workers started ahead happens on the main thread."""
    import ast
    import threading
    threads = []
    parse = ast.parse

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return parse(*args, **kwargs)
    monkeypatch.setattr(ast, "parse", recorded)
    kata = manifest.load().resolve("gd_x_squared")
    broken = tmp_path / "broken.py"
    broken.write_text("def gradient_descent(x0, learning_rate, n_steps):\n    return (\n")
    jobs = [Job(kata, path, label) for path, label in
            [(kata.solution_path, "a"), (broken, "b")] + [(m, m.stem) for m in sorted(kata.mistakes_dir.glob("*.py"))[:2]]]
    results, _ = grade(jobs, seed=0)
    assert [r.status for r in results] == ["passed", "error", "failed", "failed"], [r.status for r in results]
    assert threads and set(threads) == {threading.main_thread().name}, set(threads)


def test_a_file_too_deep_for_the_parser_is_an_import_error_whether_started_ahead_or_not(tmp_path):
    """A chain of 20,000 additions, or 20,000 minus signs, breaks Python's parser (RecursionError,
    MemoryError) as it breaks `import`: the kata's verdict is `error`, with Python's words. Checked
    for a file read in a test (the first job) and one read before its tests (started ahead), where
    an unexpected exception would have ended the whole grading session."""
    kata = manifest.load().resolve("gd_x_squared")
    head = "def gradient_descent(x0, learning_rate, n_steps):\n    return "
    chained, negated = tmp_path / "chained.py", tmp_path / "negated.py"
    chained.write_text(head + "+".join(["x0"] * 20_000) + "\n")
    negated.write_text(head + "-" * 20_000 + "x0\n")
    results, _ = grade([Job(kata, chained, "chained"), Job(kata, kata.solution_path, "right"),
                        Job(kata, negated, "negated")], seed=0)
    assert [r.status for r in results] == ["error", "passed", "error"], [(r.status, r.feedback) for r in results]
    assert "RecursionError" in results[0].feedback and "MemoryError" in results[2].feedback
    # from the check, or from the worker's own import where this process's recursion limit is
    # higher (the check's parse then succeeds): the same verdict either way
    assert all("your file could not be imported" in results[i].feedback for i in (0, 2))


def test_a_check_that_breaks_before_a_kata_starts_does_not_end_the_session(tmp_path, monkeypatch):
    """Should the file check itself break (a bug of ours) on a file read ahead of its tests, that
    kata's tests report it; the katas after it are graded as usual."""
    from grader import staticcheck
    kata = manifest.load().resolve("gd_x_squared")
    odd = tmp_path / "odd.py"
    odd.write_text(kata.solution_path.read_text())
    check = staticcheck.check

    def breaking(source, path, forbidden=()):
        if path.endswith("odd.py"):
            raise ValueError("a bug in the check")
        return check(source, path, forbidden)
    monkeypatch.setattr(staticcheck, "check", breaking)
    results, _ = grade([Job(kata, kata.solution_path, "a"), Job(kata, odd, "odd"),
                        Job(kata, kata.solution_path, "b")], seed=0)
    assert [r.status for r in results] == ["passed", "failed", "passed"], [r.feedback for r in results]
    assert "a bug in the check" in results[1].feedback


# -- object katas: a scenario's steps sent ahead in one go ------------------------------------

OBJECT_KATAS = ["autodiff/dual_numbers", "autodiff/tensor_autograd", "autodiff/train_with_own_autodiff",
                "autodiff/value", "efficiency/loss_scaler", "generative/affine_coupling", "layers/batch_norm",
                "llm/continuous_batching", "llm/kv_cache", "llm/paged_kv_cache", "llm/prefix_cache",
                "transformers/bpe_tokenizer"]


def test_every_kata_with_a_scenario_is_in_the_list_above():
    found = sorted(path.parent.name + "/" + path.stem[len("test_"):]
                   for path in (ROOT / "tests" / "katas").glob("*/test_*.py") if "scenario(" in path.read_text())
    assert found == sorted(OBJECT_KATAS)


def _results(jobs, monkeypatch, ahead: bool):
    from grader import objects
    sendable = objects._sendable
    monkeypatch.setattr(objects, "_sendable", sendable if ahead else (lambda steps: False))
    results, _ = grade(jobs, seed=3)
    return [(r.kata, r.status, [(t["name"], t["status"], t["message"]) for t in r.tests]) for r in results]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")   # known mistakes overflow, replayed here
@pytest.mark.parametrize("kata_id", OBJECT_KATAS)
def test_steps_sent_ahead_give_the_verdicts_and_messages_of_one_request_at_a_time(kata_id, monkeypatch):
    """The reference and every known mistake of the kata, graded both ways: the same statuses and
    the same messages, word for word (what failed, after which calls, the mistake named)."""
    kata = manifest.load().resolve(kata_id)
    jobs = [Job(kata, kata.solution_path, "solution")]
    jobs += [Job(kata, path, path.stem) for path in sorted(kata.mistakes_dir.glob("*.py"))]
    ahead = _results(jobs, monkeypatch, ahead=True)
    assert ahead == _results(jobs, monkeypatch, ahead=False)
    assert ahead[0][1] == "passed" and all(status == "failed" for _, status, _ in ahead[1:])


STATEFUL = textwrap.dedent('''
    class Log:
        def __init__(self):
            self.items = []

        def add(self, x):
            self.items.append(x)
            return len(self.items)

        def clear(self):
            self.items.clear()

        def check(self, x):
            if x < 0:
                raise ValueError("negative")
            return x

    _seen = []

    def remember(x):
        _seen.append(x)
        return _seen
    ''')


@pytest.fixture
def stateful():
    from grader import sandbox
    worker = sandbox.Worker("log.py", STATEFUL, 20.0)
    worker.start()
    yield worker
    worker.close()


def test_a_step_gives_what_the_object_held_then_not_what_later_steps_made_of_it(stateful):
    from grader.sandbox import Step
    steps = [(("new", "Log"), (), {}, False), (("method", Step(0), "add"), (1.0,), {}, False),
             (("getattr", Step(0), "items"), (), {}, False), (("method", Step(0), "clear"), (), {}, False),
             (("getattr", Step(0), "items"), (), {}, False)]
    outcomes = stateful.script(steps, "a log")
    assert [o.value for o in outcomes[1:]] == [1, [1.0], None, []]


def test_a_batch_of_calls_gives_each_list_as_it_was_returned(stateful):
    """The function hands back its own list, which the next call grows: each reply is the list
    as it was when that call returned, as one call at a time would show it."""
    replies = stateful.calls("remember", [((x,), {}) for x in (1, 2, 3)], ["remember"] * 3)
    assert [r.value for r in replies] == [[1], [1, 2], [1, 2, 3]]


def test_a_script_goes_past_a_step_that_may_raise_and_stops_at_one_that_may_not(stateful):
    from grader import sandbox
    from grader.sandbox import Step
    steps = [(("new", "Log"), (), {}, False), (("method", Step(0), "check"), (-1,), {}, True),
             (("method", Step(0), "check"), (2,), {}, False), (("method", Step(0), "check"), (-3,), {}, False),
             (("method", Step(0), "check"), (4,), {}, False)]
    outcomes = stateful.script(steps, "checks")
    assert len(outcomes) == 4
    assert isinstance(outcomes[1], sandbox.LearnerError) and outcomes[2].value == 2
    assert isinstance(outcomes[3], sandbox.LearnerError) and outcomes[3].type == "ValueError"


def test_a_step_that_needs_an_object_no_step_gave_is_not_taken(stateful):
    from grader.sandbox import Step
    steps = [(("new", "Log"), (), {}, False), (("method", Step(0), "add"), (1.0,), {}, False),
             (("method", Step(1), "add"), (2.0,), {}, False)]
    outcomes = stateful.script(steps, "a log")
    assert len(outcomes) == 2 and outcomes[1].value == 1


def test_a_play_that_asks_for_other_arguments_starts_again_a_request_at_a_time(tmp_path, monkeypatch):
    """The learner's product is one unit in the last place off the reference's (within the
    tolerance): a later step built from it differs from the reference's, bit for bit, so the
    steps sent ahead no longer apply; the play starts again, one request at a time, and passes."""
    from grader import objects
    kata = manifest.load().resolve("autodiff/value")
    path = tmp_path / "value.py"
    path.write_text(kata.solution_path.read_text() + textwrap.dedent('''

        import math as _math
        _product = Value.__mul__

        def _nudged(self, other):
            out = _product(self, other)
            out.data = _math.nextafter(out.data, _math.inf)
            return out

        Value.__mul__ = _nudged
        '''))
    session, target, under_test = _kata(kata.id, path)
    plays = []
    original = objects.LearnerWorld.__init__

    def spy(self, *args, **kwargs):
        plays.append(args[4] if len(args) > 4 else kwargs.get("steps"))
        original(self, *args, **kwargs)
    monkeypatch.setattr(objects.LearnerWorld, "__init__", spy)

    def scenario(world):
        a = world.new("Value", 0.1, as_="a")
        b = a * 0.7
        c = world.new("Value", world.get(b, "data"), as_="c")
        world.get(c, "data")
    try:
        under_test.scenario(scenario)
    finally:
        session.finish_target(Job(kata, path, "x"), target)
    assert len(plays) == 2 and plays[0] is not None and plays[1] is None


def test_a_closed_worker_is_killed_at_once_and_its_folder_goes_once_it_has_ended():
    import os

    from grader import sandbox
    from grader.sandbox import boundary
    worker = sandbox.Worker("w.py", "def f(x):\n    return x\n", 20.0)
    worker.start()
    process, folder = worker.process, worker.workdir
    assert os.path.isdir(folder)
    worker.close()
    assert worker.process is None and worker.workdir is None
    boundary.reap(block=True)
    assert not process.is_alive() and not os.path.exists(folder) and not boundary._dying


def test_check_each_compares_with_the_expected_values_given(tmp_path):
    kata = manifest.load().resolve("neural_nets/activations")
    right = tmp_path / "right.py"
    right.write_text(kata.solution_path.read_text())
    session, target, under_test = _kata(kata.id, right)
    try:
        sets = [((np.array([-1.0, 2.0]),), {}), ((np.array([3.0]),), {})]
        under_test.check_each("relu", sets, expected=[np.array([0.0, 2.0]), np.array([3.0])])
        with pytest.raises(AssertionError, match="wrong result") as failure:
            under_test.check_each("relu", sets, expected=[np.array([0.0, 2.0]), np.array([3.5])])
        assert "3." in str(failure.value).splitlines()[0]
        with pytest.raises(ValueError, match="2 argument sets but 1 expected"):
            under_test.check_each("relu", sets, expected=[np.array([0.0, 2.0])])
    finally:
        session.finish_target(Job(kata, right, "x"), target)


PICKY = textwrap.dedent('''
    def picky(x, *, strict=True):
        if x < 0:
            raise ValueError("negative")
        if x == 0:
            raise TypeError("zero")
        if x == 5:
            raise NotImplementedError("not yet")
        return float(x)
    ''')


def test_raises_each_makes_every_call_and_fails_on_the_first_wrong_case(tmp_path):
    kata = manifest.load().resolve("neural_nets/activations")
    path = tmp_path / "picky.py"
    path.write_text(kata.solution_path.read_text() + PICKY)
    session, target, under_test = _kata(kata.id, path)
    try:
        under_test.raises_each([("ValueError", "picky", (-1,), {}), ("TypeError", "picky", (0,), {}),
                                ("ValueError", "picky", (-2.5,), {"strict": False})])
        with pytest.raises(AssertionError, match=r"picky\(0\) should raise ValueError, but it raised TypeError: zero"):
            under_test.raises_each([("ValueError", "picky", (-1,), {}), ("ValueError", "picky", (0,), {}),
                                    ("ValueError", "picky", (3,), {})])
        with pytest.raises(AssertionError, match=r"picky\(3\) should raise ValueError, but it returned the float 3.0"):
            under_test.raises_each([("ValueError", "picky", (3,), {}), ("ValueError", "picky", (0,), {})])
        with pytest.raises(AssertionError, match=r"should raise ValueError, but it raised AttributeError"):
            under_test.raises_each([("ValueError", "no_such_function", (1,), {})])
        with pytest.raises(Exception, match="not yet") as stub:   # a stub's NotImplementedError goes on, as with raises
            under_test.raises_each([("ValueError", "picky", (5,), {})])
        assert type(stub.value).__name__ == "LearnerError" and "picky(5)" in str(stub.value)
        # the same verdicts as one `raises` at a time
        with pytest.raises(AssertionError, match=r"picky\(0\) should raise ValueError, but it raised TypeError: zero"):
            under_test.raises("ValueError", "picky", 0)
    finally:
        session.finish_target(Job(kata, path, "x"), target)
