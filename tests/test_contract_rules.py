"""The contract's fine print (README): one rule each, the same in every kata, shown on real katas.

- numbers are Python's own (np.int64 is not an int; compare.compare, tests/test_compare.py);
- two arrays of one result may share memory with each other (they are all the caller's);
- objects keep copies: after a constructor or a method, no attribute holds an argument array or
  the caller's own list (grader.sandbox.worker.kept, checked by grader.objects for every object kata);
- a method's result is new: no array of it shares memory with the object's state, no list or dict
  of it is one the object holds (grader.sandbox.worker.aliasing);
- a returned value the grader cannot read is said to be returned, not "raised" (and where an error
  was due, that nothing was raised).
"""
import re
import textwrap

from grader import manifest
from tests.conftest import run_grader

CATALOGUE = manifest.load()


def _grade(tmp_path, kata: str, source: str, *args):
    path = tmp_path / f"{kata.split('/')[-1]}.py"
    path.write_text(textwrap.dedent(source))
    return run_grader("grade", kata, "--file", str(path), "--seed", "1", "--verbose", *args)


def _solution_with(kata: str, old: str, new: str) -> str:
    source = CATALOGUE.resolve(kata).solution_path.read_text()
    assert old in source, f"the reference of {kata} changed: update this test"
    return source.replace(old, new)


def test_two_arrays_of_one_result_may_share_memory(tmp_path, katagrad_home):
    """Cross-validation folds sliced from one range: every training set is a view of one array
    (they overlap), which is allowed: the rule is about the caller's arrays, not the result's own."""
    source = _solution_with("data/time_series_split",
                            "        splits.append((np.arange(train_start, train_end), np.arange(start, start + test_size)))",
                            "        splits.append((everything[train_start:train_end], everything[start:start + test_size]))")
    source = source.replace("    splits = []\n", "    splits = []\n    everything = np.arange(n)\n", 1)
    proc = _grade(tmp_path, "data/time_series_split", source)
    assert proc.returncode == 0, proc.stdout


def test_a_method_that_keeps_the_callers_array_in_a_list_fails_and_names_it(tmp_path, katagrad_home):
    """kv_cache: append keeps the chunks it is given in a list (no copy): the caller reusing its
    buffer would change the cache. The failure names the method, the argument and the attribute."""
    source = _solution_with("llm/kv_cache", "        self._keys = np.concatenate([self._keys, k], axis=1)\n",
                            "        self._keys = np.concatenate([self._keys, k], axis=1)\n"
                            "        self.chunks = getattr(self, 'chunks', []) + [k]  # kept, not copied\n")
    proc = _grade(tmp_path, "llm/kv_cache", source)
    assert proc.returncode == 1
    assert re.search(r"cache\.append\(.*\) keeps the caller's `k` as its `chunks`\[0\]", proc.stdout), proc.stdout
    assert "step " not in proc.stdout.split("keeps the caller")[0].splitlines()[-1]  # no step numbers


def test_a_constructor_that_keeps_the_callers_array_fails(tmp_path, katagrad_home):
    """autodiff/tensor_autograd says data is stored as a COPY: np.asarray keeps a float64 array."""
    source = _solution_with("autodiff/tensor_autograd", "np.array(data, dtype=np.float64)",
                            "np.asarray(data, dtype=np.float64)")
    proc = _grade(tmp_path, "autodiff/tensor_autograd", source)
    assert proc.returncode == 1
    assert "Tensor(np.array([ 1., -2., 3.])) keeps the caller's `data` as its `data`" in proc.stdout, proc.stdout


def test_an_object_keeping_a_copy_passes(tmp_path, katagrad_home):
    """The same constructor with an explicit copy (np.asarray(...).copy()) is fine."""
    source = _solution_with("autodiff/tensor_autograd", "np.array(data, dtype=np.float64)",
                            "np.asarray(data, dtype=np.float64).copy()")
    assert _grade(tmp_path, "autodiff/tensor_autograd", source).returncode == 0


def test_a_method_returning_the_objects_own_list_fails_and_names_it(tmp_path, katagrad_home):
    """paged_kv_cache: block_table hands out the list the cache keeps (not a copy): a caller
    appending to it would change the cache. Checked in the learner's process, as the grader only
    ever sees a copy of the list."""
    source = _solution_with("llm/paged_kv_cache", "        return list(self._table(seq_id))\n",
                            "        return self._table(seq_id)\n")
    proc = _grade(tmp_path, "llm/paged_kv_cache", source)
    assert proc.returncode == 1
    assert re.search(r"\.block_table\(.*\): the result is the object's own `\w+`", proc.stdout), proc.stdout


def test_a_method_returning_a_new_list_passes(tmp_path, katagrad_home):
    """The reference's block_table, list(...) of the kept list, is a new list: it passes."""
    source = _solution_with("llm/paged_kv_cache", "        return list(self._table(seq_id))\n",
                            "        return [int(b) for b in self._table(seq_id)]\n")
    assert _grade(tmp_path, "llm/paged_kv_cache", source).returncode == 0


def test_a_value_that_cannot_be_read_was_returned_not_raised(tmp_path, katagrad_home):
    proc = _grade(tmp_path, "optimization/gd_x_squared", """
        def gradient_descent(x0, learning_rate, n_steps):
            return object()
    """)
    assert proc.returncode == 1
    assert "raised TypeError" not in proc.stdout
    assert "returned" in proc.stdout and "not a value the grader can check" in proc.stdout, proc.stdout


def test_a_constructor_that_should_raise_but_returns_says_nothing_was_raised(tmp_path, katagrad_home):
    """A constructor that does not validate returns its object where a ValueError is due: the
    feedback says so, with the right article, and not the advice about values the grader can read."""
    source = _solution_with("generative/affine_coupling",
                            "                raise ValueError(f\"{name} has shape {array.shape}, expected {shape}\")",
                            "                pass")
    proc = _grade(tmp_path, "generative/affine_coupling", source)
    assert proc.returncode == 1
    assert "should raise ValueError, but it returned an AffineCoupling (nothing was raised)" in proc.stdout, proc.stdout
    assert "not a value the grader can check" not in proc.stdout, proc.stdout


NUMPY_INTS = '''

import numpy as _np
_fit_tree = fit_tree


def _numpy_ints(value):
    if type(value) is int:
        return _np.int64(value)
    if isinstance(value, dict):
        return {key: _numpy_ints(item) for key, item in value.items()}
    return value


def fit_tree(*args, **kwargs):
    return _numpy_ints(_fit_tree(*args, **kwargs))
'''


def test_a_tree_holding_numpy_ints_fails_saying_why(tmp_path, katagrad_home):
    """classical_ml/decision_tree: a tree whose feature indices and labels are np.int64 passed
    before, though json cannot write it. The rule for numbers holds inside a tree too."""
    source = CATALOGUE.resolve("classical_ml/decision_tree").solution_path.read_text() + NUMPY_INTS
    proc = _grade(tmp_path, "classical_ml/decision_tree", source)
    assert proc.returncode == 1
    assert "numpy int64" in proc.stdout and "convert with int(...)" in proc.stdout, proc.stdout


def test_an_empty_argument_returned_itself_is_still_the_callers_array():
    """N = 0: an empty array has no memory to share, but returning x itself (or a view of it)
    still hands the caller's array back; a new empty array does not."""
    import numpy as np
    from grader.sandbox.worker import aliasing
    x = np.zeros((0, 3))
    assert aliasing(x, [x], {}) == [("argument", "the result", "#0")]
    assert aliasing(x.reshape(0, 3, 1), [x], {}) == [("argument", "the result", "#0")]
    assert aliasing(np.zeros((0, 3)), [x], {}) == []
    assert aliasing(x @ np.ones((3, 2)), [x], {}) == []
    kept_in = type("Layer", (), {})()
    kept_in.cache = x
    from grader.sandbox.worker import kept
    assert kept(kept_in, [x], {}) == [("kept", "its `cache`", "#0")]
