"""A known mistake is named only where it tells itself apart (grader.mistakes.Witnesses).

Matching the learner on the failing call is not enough: many mistakes give the same value on one
input. A mistake is named only if it also gives what the learner's code gave on every call that
code got right; otherwise the message says what differs, and names nothing.
"""
import textwrap

from grader import mistakes
from grader.mistakes import Mistake, Witnesses
from tests.conftest import run_grader


def _grade(tmp_path, kata: str, source: str):
    path = tmp_path / f"{kata.split('/')[-1]}.py"
    path.write_text(textwrap.dedent(source))
    return run_grader("grade", kata, "--file", str(path), "--seed", "1", "--verbose").stdout


def test_a_0d_slip_in_a_stable_sigmoid_names_no_mistake(tmp_path, katagrad_home):
    """The learner's only failure is a 0-d array taken for a scalar (it returns the float 0.5).
    The tanh form and exp/(1+exp) everywhere also give 0.5 at 0, but they fail the tails this
    code gets right: neither is named (both were, before)."""
    out = _grade(tmp_path, "numerics/stable_sigmoid", """
        import math
        import numpy as np

        def sigmoid(x):
            if not isinstance(x, np.ndarray) or x.ndim == 0:   # a 0-d array taken for a scalar
                x = float(x)
                if x >= 0:
                    return 1.0 / (1.0 + math.exp(-x))
                e = math.exp(x)
                return e / (1.0 + e)
            x = x.astype(float)
            out = np.empty(x.shape)
            positive = x >= 0
            out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
            e = np.exp(x[~positive])
            out[~positive] = e / (1.0 + e)
            return out
    """)
    assert "1 hidden test(s) failed" in out and "should be a numpy array of shape ()" in out, out
    assert "known mistake" not in out, out


def test_an_int_kept_with_zero_steps_is_not_called_truncation(tmp_path, katagrad_home):
    """gd_x_squared: an int x0 stays an int only when there is no step. "Truncates every update"
    gives the same [3] there, but truncates the steps this code gets right: only the mistake
    that matches every call is named."""
    out = _grade(tmp_path, "optimization/gd_x_squared", """
        import numpy as np

        def gradient_descent(x0, learning_rate, n_steps):
            trajectory = [x0]
            x = x0
            for _ in range(n_steps):
                x = x - learning_rate * 2 * x
                trajectory.append(float(x))
            return np.array(trajectory)      # with no step, an int x0 stays an int
    """)
    assert "known mistake: x0 is never converted to float" in out, out
    assert "truncates every update" not in out, out


def test_a_sign_flip_is_still_named(tmp_path, katagrad_home):
    """A mistake that behaves like the learner everywhere keeps its name."""
    out = _grade(tmp_path, "optimization/gd_x_squared", """
        import numpy as np

        def gradient_descent(x0, learning_rate, n_steps):
            xs = [float(x0)]
            for _ in range(n_steps):
                xs.append(xs[-1] + learning_rate * 2 * xs[-1])
            return np.array(xs)
    """)
    assert "known mistake: Sign flip" in out, out


class _Record:
    def __init__(self, known):
        self.known = known


def test_witnesses_rule_out_a_mistake_that_fails_a_passed_call(tmp_path):
    """The mechanism alone: two mistakes agree on the failing call; the one that gives something
    else on a call the learner got right (or raises there) is dropped, the other is kept."""
    folder = tmp_path / "mistakes"
    folder.mkdir()
    (folder / "doubles.py").write_text('"""Doubles.\n\nHalve it."""\ndef f(x):\n    return 2 * x\n')
    (folder / "squares.py").write_text('"""Squares.\n\nDo not square."""\ndef f(x):\n    return x * x\n')
    (folder / "raises.py").write_text('"""Raises on 3.\n\nDo not."""\ndef f(x):\n    if x == 3:\n        raise ValueError\n    return 4\n')
    found = mistakes.for_kata(folder)
    assert [m.slug for m in found] == ["doubles", "raises", "squares"]
    witnesses = Witnesses()
    witnesses.call("f", (3,), {}, 6, lambda a, b: a == b)   # the learner's f(3) = 6 was right
    record = _Record([(m.summary, m.advice) for m in found])  # all three give 4 at x = 2
    witnesses.rule_out(folder, [record])
    assert record.known == [("Doubles.", "Halve it.")]
    assert isinstance(found[0], Mistake)


def test_witnesses_keep_what_they_are_given_small():
    witnesses = Witnesses(limit=2, largest=10)
    import numpy as np
    witnesses.call("f", (np.zeros(100),), {}, 1.0, None)   # too big to keep
    for i in range(5):
        witnesses.call("f", (i,), {}, i, None)
    assert [args for _, args, *_ in witnesses.calls] == [(0,), (1,)]
