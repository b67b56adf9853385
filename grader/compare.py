"""One comparison helper for every numeric check, with messages written for a learner.

`assert_close(actual, expected)` checks, in this order: the kind of value (a numpy array, a
float, a tuple ...), the shape (no broadcasting: `(n, 1)` is not `(n,)`), the dtype, that the
values are finite where the expected ones are, and the values within a tolerance. The message
says which check failed, where, and by how much.
"""
from __future__ import annotations

import inspect
import numbers

import numpy as np

from grader.sandbox.wire import a_type

# The one rule for numbers, stated in README ("How grading works") and CONTRIBUTING: where a
# statement says int, float or bool, the value is Python's own int, float or bool. np.float64 is
# a float (a subclass of Python's float); np.int64, np.bool_ and np.float32 are not an int, a bool
# or a float (json cannot write them, and `type(x) is int` says no).
NUMBERS = "Python's int, float and bool; np.float64 counts as a float, numpy's integers and bools do not"

RTOL = 1e-6
ATOL = 1e-9
SHOW = 6  # entries shown side by side


class Mismatch(AssertionError):
    """The learner's value differs from what the statement asks for; str() is for the learner."""


def _kind(value) -> str:
    if isinstance(value, np.ndarray):
        return f"a numpy array of shape {value.shape} and dtype {value.dtype}"
    if isinstance(value, (np.bool_, np.integer)) or type(value) in (np.float32, np.float16):
        return f"the numpy {type(value).__name__} {value.item()!r}"
    if isinstance(value, bool):
        return f"the bool {value}"
    if isinstance(value, numbers.Number):
        return f"the {type(value).__name__} {value!r}"
    if isinstance(value, (list, tuple, dict)):
        return f"{a_type(type(value).__name__)} of {len(value)} item(s)"
    if isinstance(value, (str, bytes)):
        return f"the {type(value).__name__} {short_repr(value)}"
    if value is None:
        return "None (did you forget to return?)"
    return a_type(type(value).__name__)


MAX_ROWS = 6  # a 2-D array up to this many rows and columns is shown as rows


def _entries(values) -> list[str]:
    flat = np.asarray(values).ravel()
    return [np.format_float_positional(v, precision=6, unique=False, fractional=False, trim="-")
            if np.issubdtype(flat.dtype, np.floating) else str(v) for v in flat]


def format_array(values: np.ndarray, limit: int = SHOW, indent: int = 0) -> str:
    """Entries for a message: a small 2-D array as aligned rows (continuation lines indented by
    `indent` + 1, so they sit under the first), anything else flat, the first `limit` entries."""
    values = np.asarray(values)
    if values.ndim == 2 and 0 < values.shape[0] <= MAX_ROWS and 0 < values.shape[1] <= MAX_ROWS:
        cells = [_entries(row) for row in values]
        width = max(len(cell) for row in cells for cell in row)
        rows = ["[" + ", ".join(cell.rjust(width) for cell in row) + "]" for row in cells]
        return "[" + (",\n" + " " * (indent + 1)).join(rows) + "]"
    flat = values.ravel()
    shown = ", ".join(_entries(flat[:limit]))
    more = f", … ({flat.size} in all)" if flat.size > limit else ""
    return f"[{shown}{more}]"


def _shown_whole(values: np.ndarray) -> bool:
    return (values.ndim == 2 and 0 < values.shape[0] <= MAX_ROWS and 0 < values.shape[1] <= MAX_ROWS
            or values.size <= SHOW)


def _side_by_side(actual, expected, focus: int | None = None) -> str:
    """Both arrays side by side; when they are too big to show whole, the part around the flat
    index `focus` (the first wrong entry): its small 2-D slice, or SHOW entries from just before it."""
    actual, expected = np.asarray(actual), np.asarray(expected)
    if focus is None or _shown_whole(expected):
        return (f"  got      {format_array(actual, indent=11)}\n"
                f"  expected {format_array(expected, indent=11)}")
    index = np.unravel_index(focus, expected.shape)
    if expected.ndim >= 3 and 0 < expected.shape[-2] <= MAX_ROWS and 0 < expected.shape[-1] <= MAX_ROWS:
        lead = tuple(int(i) for i in index[:-2])
        label = "[" + ", ".join(str(i) for i in lead) + "]"
        indent = 11 + len(label) + 1
        return (f"  got      {label} {format_array(actual[lead], indent=indent)}\n"
                f"  expected {label} {format_array(expected[lead], indent=indent)}")
    start = max(0, min(focus - 1, expected.size - SHOW))
    stop = min(start + SHOW, expected.size)
    label = f"(entries {start} … {stop - 1} of {expected.size}, flattened)"

    def window(values):
        before = "…, " if start else ""
        after = ", …" if stop < values.size else ""
        return "[" + before + ", ".join(_entries(values.ravel()[start:stop])) + after + "]"
    return (f"  got      {window(actual)}  {label}\n"
            f"  expected {window(expected)}")


def _index(position, shape) -> str:
    if not shape:
        return ""
    return "[" + ", ".join(str(i) for i in np.unravel_index(position, shape)) + "]"


def compare_kind(actual, expected, where: str = "the result") -> str | None:
    """None when `actual` is the same kind of value as `expected`: exact container types and
    lengths, array shapes and dtypes, scalar types; the values themselves are not compared."""
    return compare(actual, expected, where=where, values=False)


def compare(actual, expected, rtol: float = RTOL, atol: float = ATOL, where: str = "the result",
            values: bool = True, steps: int | None = None) -> str | None:
    """None when `actual` matches `expected`; otherwise a message for the learner.
    With values=False only the kind is checked (see compare_kind). `steps`: the call's n_steps,
    when it has one: an expected array of n_steps + 1 rows is then a trajectory (start point
    and one row per step), and a row short or too many is named as such (see _shape_hint)."""
    if isinstance(expected, np.ndarray):
        return _compare_arrays(actual, expected, rtol, atol, where, values, steps)
    # a stated bool or int is Python's own (see NUMBERS): numpy's scalars are neither. References
    # return Python's; a numpy one is expected only when two wrong answers are compared (a known
    # mistake's with the learner's), where the same numpy type is the same answer.
    if isinstance(expected, (np.integer, np.bool_)):
        if type(actual) is not type(expected):
            return f"{where} should be {_kind(expected)}, but it is {_kind(actual)}"
        return None if not values or actual == expected else f"{where} is {actual}; expected {expected}"
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(actual, bool):
            hint = " (convert with bool(...): a numpy bool is not a Python bool)" if isinstance(actual, np.bool_) else ""
            return f"{where} should be a bool, but it is {_kind(actual)}{hint}"
        return None if not values or bool(actual) == bool(expected) else f"{where} is {actual}; expected {expected}"
    if isinstance(expected, numbers.Integral):
        if not isinstance(actual, int) or isinstance(actual, bool):
            hint = (" (convert with int(...): a numpy integer is not a Python int, and json cannot write it)"
                    if isinstance(actual, np.integer) else "")
            return f"{where} should be an int, but it is {_kind(actual)}{hint}"
        return None if not values or int(actual) == int(expected) else f"{where} is {actual}; expected {expected}"
    if isinstance(expected, numbers.Real):
        # a stated float is a float (np.float64 is one): not an int, not a float32, not a 1-entry array
        if not isinstance(actual, float):
            hint = (" (convert with float(...))" if isinstance(actual, (np.ndarray, np.floating, numbers.Integral))
                    and not isinstance(actual, (bool, np.bool_)) else "")
            return f"{where} should be a float, but it is {_kind(actual)}{hint}"
        if not values:
            return None
        got, want = float(actual), float(expected)
        if np.isnan(got) and not np.isnan(want) or np.isinf(got) and not np.isinf(want):
            return f"{where} is {got}; expected the finite value {want!r}"
        if np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True):
            return None
        return (f"{where} is {got!r}; expected {want!r} (off by {abs(got - want):.3g}, "
                f"tolerance {atol + rtol * abs(want):.3g})")
    if isinstance(expected, (str, bytes)):
        if type(actual) is not type(expected):
            return f"{where} should be {a_type(type(expected).__name__)}, but it is {_kind(actual)}"
        return None if not values or actual == expected else f"{where} is {actual!r}; expected {expected!r}"
    if isinstance(expected, (tuple, list)):
        kind = type(expected).__name__
        if type(actual) is not type(expected):
            return f"{where} should be a {kind} of {len(expected)} items, but it is {_kind(actual)}"
        if len(actual) != len(expected):
            return f"{where} has {len(actual)} item(s); expected {len(expected)}"
        for number, (got, want) in enumerate(zip(actual, expected)):
            problem = compare(got, want, rtol, atol, _item(where, number), values, steps)
            if problem:
                return problem
        return None
    if isinstance(expected, dict):
        if type(actual) is not dict:
            return f"{where} should be a dict of {len(expected)} entries, but it is {_kind(actual)}"
        missing = [k for k in expected if k not in actual]
        extra = [k for k in actual if k not in expected]
        if missing or extra:
            return (f"{where} has the wrong keys: " + (f"missing {short_repr(missing)}" if missing else "")
                    + ("; " if missing and extra else "") + (f"unexpected {short_repr(extra)}" if extra else ""))
        wanted_keys = {key: key for key in expected}
        for key in actual:  # keys follow NUMBERS too: {np.int64(1): ...} is not {1: ...} to json
            problem = compare(key, wanted_keys[key], where=f"the key {key!r} of {where}", values=False)
            if problem:
                return problem
        for key, want in expected.items():
            problem = compare(actual[key], want, rtol, atol, f"{where}[{key!r}]", values, steps)
            if problem:
                return problem
        return None
    if expected is None:
        return None if actual is None else f"{where} should be None, but it is {_kind(actual)}"
    raise TypeError(f"compare() cannot check an expected {type(expected).__name__}")


def _compare_arrays(actual, expected: np.ndarray, rtol, atol, where, values: bool = True,
                    steps: int | None = None) -> str | None:
    if type(actual) is not np.ndarray:
        hint = " (wrap it: np.array(...))" if isinstance(actual, (list, tuple)) else ""
        return f"{where} should be a numpy array of shape {expected.shape}, but it is {_kind(actual)}{hint}"
    if actual.shape != expected.shape:
        return (f"{where} has shape {actual.shape}; expected shape {expected.shape}"
                + _shape_hint(actual.shape, expected.shape,
                              trajectory=steps is not None and expected.ndim >= 1 and expected.shape[0] == steps + 1))
    if actual.dtype != expected.dtype:
        return (f"{where} has dtype {actual.dtype}; expected {expected.dtype}"
                + (" (build it as floats: np.array(..., dtype=float), or convert the input first)"
                   if expected.dtype == np.float64 else ""))
    if not values:
        return None
    if expected.dtype.kind not in "fc":
        differ = np.flatnonzero(actual.ravel() != expected.ravel())
        if differ.size == 0:
            return None
        first = differ[0]
        return (f"{where} differs in {_how_many(differ.size, expected.size)}; first at index "
                f"{_index(first, expected.shape)}: got {actual.ravel()[first]}, expected {expected.ravel()[first]}\n"
                + _side_by_side(actual, expected, first))
    got, want = actual.ravel(), expected.ravel()
    bad_finite = np.flatnonzero(np.isfinite(want) & ~np.isfinite(got))
    if bad_finite.size:
        first = bad_finite[0]
        return (f"{where} has {bad_finite.size} non-finite value(s) where finite ones were expected; "
                f"the first at index {_index(first, expected.shape)} is {got[first]} (expected {float(want[first])!r})\n"
                + _side_by_side(actual, expected, first))
    with np.errstate(invalid="ignore", over="ignore"):
        close = np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
        if close.all():
            return None
        error = np.abs(got - want)
        # a NaN where a number (or a number where NaN) was expected is the worst error of all
        excess = np.where(close, -np.inf, np.nan_to_num(error / (atol + rtol * np.abs(want)), nan=np.inf))
    worst = int(np.argmax(excess))
    first = int(np.flatnonzero(~close)[0])
    return (f"{where} differs in {_how_many(int((~close).sum()), want.size)}. "
            f"The largest error is at index {_index(worst, expected.shape)}: got {float(got[worst])!r}, "
            f"expected {float(want[worst])!r} (off by {error[worst]:.3g}); "
            f"the first wrong entry is at index {_index(first, expected.shape)}\n"
            + _side_by_side(actual, expected, first))


def _how_many(wrong: int, total: int) -> str:
    if wrong == total:
        return "its only entry" if total == 1 else f"all {total} entries"
    return f"{wrong} of {total} entries"


def _item(where: str, number: int) -> str:
    """Item `number` of `where`: "item 1 of the result", and deeper down "the result[1][0]"."""
    if where.startswith("item "):
        inner, _, outer = where[len("item "):].partition(" of ")
        return f"{outer}[{inner}][{number}]"
    if where.endswith("]") and "[" in where:
        return f"{where}[{number}]"
    return f"item {number} of {where}"


def _shape_hint(got: tuple, want: tuple, trajectory: bool = False) -> str:
    """A guess at the cause of a shape mismatch. The row hints are for trajectories only (the
    expected array has n_steps + 1 rows: the start point and every step), never for other results
    whose length happens to differ by one (the kept boxes of NMS, the tokens of a sequence)."""
    if len(got) == len(want) + 1 and got[-1] == 1 and got[:-1] == want:
        return " (an extra axis of length 1: it would broadcast, but it is a different array)"
    if not trajectory or len(got) != len(want):
        return ""
    if len(want) and got and got[0] == want[0] - 1:
        return " (one row short: does it include the start point, and every step?)"
    if len(want) and got and got[0] == want[0] + 1:
        return " (one row too many: an extra step?)"
    return ""


def assert_close(actual, expected, rtol: float = RTOL, atol: float = ATOL, where: str = "the result") -> None:
    problem = compare(actual, expected, rtol, atol, where)
    if problem:
        raise Mismatch(problem)


def short_repr(value, limit: int = 60) -> str:
    """A compact rendering of an argument for messages: `x0=array([1.0, 2.0])`."""
    if inspect.ismethod(value):  # "grad of f(x) = …" reads better than <bound method ...>
        describe = getattr(value.__self__, "describe", None)
        text = describe(value.__name__) if describe else f"{value.__self__!r}.{value.__name__}"
    elif isinstance(value, np.ndarray):
        if value.size == 0 and value.ndim != 1:   # "[]" would hide a (0, A) or (B, 0) shape
            dtype = "" if value.dtype == np.float64 else f", dtype={value.dtype}"
            text = f"np.zeros({value.shape}{dtype})"
        elif value.size <= 4:
            text = "np.array(" + np.array2string(value, separator=", ", precision=6) + ")"
        else:
            text = f"<array shape={value.shape} dtype={value.dtype}>"
    else:
        text = repr(_clip(value, limit))
    text = " ".join(text.split())  # one line, whatever the value's own repr does
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _clip(value, limit: int, depth: int = 0):
    """The part of a plain value that its first `limit` characters of repr can show: a 30 MB
    string or a list of a million entries is not rendered whole to show sixty characters."""
    if type(value) in (str, bytes):
        return value[:4 * limit]
    if depth < 8 and type(value) in (list, tuple):
        return type(value)(_clip(v, limit, depth + 1) for v in value[:limit])
    if depth < 8 and type(value) is dict:
        return {k: _clip(v, limit, depth + 1) for k, v in list(value.items())[:limit]}
    return value


def describe_call(name: str, args: tuple, kwargs: dict) -> str:
    parts = [short_repr(a) for a in args] + [f"{k}={short_repr(v)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def first_change(before, after) -> str:
    """Where an argument changed, precise enough to see a change in the last bit."""
    if isinstance(before, np.ndarray) and isinstance(after, np.ndarray) and before.shape == after.shape \
            and before.dtype == after.dtype:
        changed = np.flatnonzero(~((before == after) | (np.isnan(before) & np.isnan(after))
                                   if before.dtype.kind in "fc" else before == after).ravel())
        index = np.unravel_index(changed[0], before.shape) if before.shape else ()
        where = "[" + ", ".join(map(str, index)) + "]" if index else ""
        return (f"{changed.size} entr{'y' if changed.size == 1 else 'ies'} changed; at index {where or '()'}: "
                f"before {before[index]!r}, after {after[index]!r}")
    return f"before {short_repr(before, 200)}\n  after  {short_repr(after, 200)}"


def identical(before, after) -> bool:
    if isinstance(before, np.ndarray):
        return (isinstance(after, np.ndarray) and before.shape == after.shape
                and before.dtype == after.dtype and np.array_equal(before, after, equal_nan=True))
    if isinstance(before, (list, tuple)):
        return (isinstance(after, (list, tuple)) and len(before) == len(after)
                and all(identical(b, a) for b, a in zip(before, after)))
    if isinstance(before, dict):
        return (isinstance(after, dict) and before.keys() == after.keys()
                and all(identical(before[k], after[k]) for k in before))
    try:
        return bool(before == after) or (before != before and after != after)
    except Exception:
        return False
