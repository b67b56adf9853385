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
    process = session.ahead[job.key].worker.process
    assert process.is_alive()
    session.close_ahead()
    process.join(timeout=5)
    assert not process.is_alive() and not session.ahead and not session.open_targets
