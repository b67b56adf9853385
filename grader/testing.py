"""What a hidden test sees: the `kata` fixture, bound to the implementation under test.

    def test_three_steps_by_hand(kata):
        kata.check("gradient_descent", 3.0, learning_rate=0.25, n_steps=3,
                   expected=np.array([3.0, 1.5, 0.75, 0.375]))

`kata.check` calls the learner's function (in its own process), compares with `expected` or,
when none is given, with the reference solution on the same arguments, checks that no argument
was modified, and on a mismatch names the known mistake the output matches, if any.
`kata.call` only calls, for tests that check a property rather than a value.
"""
from __future__ import annotations

import copy
import functools
import inspect
import numbers
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from grader import compare, mistakes
from grader.compare import Mismatch, describe_call
from grader.sandbox import LearnerError, Reply, travels

_MISSING = object()
_UNSET = object()


@dataclass
class Call:
    """One call of the learner's function and what came back."""
    shown: str          # how the call reads in messages
    value: object       # what it returned
    calls: dict         # parameter name -> how many times the learner called that callable
    args_after: dict    # parameter name -> the argument's value after the call
    aliases: list = ()  # (kind, where in the result, the argument or part it shares memory with)
    warnings: list = ()  # numpy's RuntimeWarnings during the call ("overflow encountered in exp")


class KataUnderTest:
    def __init__(self, kata, target, reference: ModuleType):
        self.kata = kata
        self.id = kata.id
        self.target = target
        self.reference = reference
        self.witnesses = mistakes.Witnesses()  # calls passed: they rule out known mistakes

    def rule_out_mistakes(self, records: list) -> None:
        """Once the kata's tests have run: a known mistake matched on a failing call is named
        only if it also gives what the learner's code gave on every call it got right."""
        self.witnesses.rule_out(self.kata.mistakes_dir, records)

    # -- calling ---------------------------------------------------------------------------
    def call(self, name: str, *args, **kwargs) -> Call:
        """Call the learner's function and check the contract every call owes the statement:
        the same kind of value as the reference returns on these arguments (exact container
        types, shapes and dtypes; not the values), new arrays (nothing shared with an argument
        or with another part of the result), and every argument left as it was."""
        result, expected, _ = self._call_beside(name, args, kwargs, self._expected_or_missing)
        self._checked(name, args, kwargs, result, expected)
        return result

    def _expected_or_missing(self, name: str, args: tuple, kwargs: dict):
        try:
            return self.expected(name, *args, **kwargs)
        except Exception:  # the reference refuses these arguments: a kata.raises case, not ours
            return _MISSING

    def _checked(self, name: str, args: tuple, kwargs: dict, result: Call, expected=_UNSET) -> None:
        if expected is _UNSET:
            expected = self._expected_or_missing(name, args, kwargs)
        if expected is not _MISSING:
            problem = compare.compare_kind(result.value, expected)
            if problem:
                self.fail(f"{result.shown} returned the wrong kind of value: {problem}", name, args, kwargs,
                          result.value)
        self.check_contract(result, args, kwargs)
        if expected is not _MISSING and _same(result.value, expected):
            self.witnesses.call(name, args, kwargs, result.value, _same)

    def calls(self, name: str, arg_sets) -> list[Call]:
        """`call` on each of many argument sets, [(args tuple, kwargs dict), ...],
        in as few round trips to the learner's process as possible: the same checks per call
        as `call` (kind of value, new arrays, arguments untouched, counts of the test
        functions passed in). Where a call raises, the error is raised once the calls before it
        are checked, and the later calls are not made, as in a loop of `call`. For tests that
        call the learner hundreds of times; callables must be the grader's test functions."""
        items, shown, outcomes, expected = self._batch(name, arg_sets, self._expected_or_missing)
        results = []
        for (args, kwargs), text, reply, (want, _) in zip(items, shown, outcomes, expected):
            if isinstance(reply, BaseException):
                raise reply
            result = self._as_call(name, args, text, reply)
            self._checked(name, args, kwargs, result, want)
            results.append(result)
        return results

    def check_each(self, name: str, arg_sets, rtol: float = compare.RTOL, atol: float = compare.ATOL,
                   expected: list | None = None) -> list[Call]:
        """`check` on each of many argument sets, [(args tuple, kwargs dict), ...], against the
        reference (or `expected`, the answers in the same order), in as few round trips as the
        replies allow: per call the same comparison, contract checks and named mistakes as
        `check`, in order, and the first call that fails fails the test, as in a loop of `check`.
        The references are computed here while the learner's process works on the calls.
        Callables must be the grader's test functions."""
        arg_sets, reference = list(arg_sets), self._expected
        if expected is not None:
            if len(expected) != len(arg_sets):
                raise ValueError(f"check_each: {len(arg_sets)} argument sets but {len(expected)} expected values")
            answers = iter(expected)

            def reference(name, args, kwargs):
                return next(answers)
        items, shown, outcomes, expected = self._batch(name, arg_sets, reference)
        results = []
        for (args, kwargs), text, reply, (want, error) in zip(items, shown, outcomes, expected):
            if isinstance(reply, BaseException):
                raise reply
            result = self._as_call(name, args, text, reply)
            if error is not None:
                raise error
            self._verify(name, args, kwargs, result, want, rtol, atol)
            results.append(result)
        return results

    def _batch(self, name: str, arg_sets, reference) -> tuple:
        """The calls sent in batches (Target.calls) and `reference(name, args, kwargs)` run on
        each argument set here meanwhile: (items, shown, outcomes, [(value, error) per item])."""
        items = [(tuple(args), dict(kwargs)) for args, kwargs in arg_sets]
        shown = [describe_call(name, args, kwargs) for args, kwargs in items]
        expected: list = []

        def references():
            expected.extend(_run(reference, name, args, kwargs) for args, kwargs in items)
        outcomes = self.target.calls(name, [(copy.deepcopy(a), copy.deepcopy(k)) for a, k in items], shown,
                                     meanwhile=references)
        if not expected and items:
            references()
        return items, shown, outcomes, expected

    def call_unchecked(self, name: str, *args, **kwargs) -> Call:
        """Call without the contract checks: for a test that checks something else on purpose."""
        return self._call(name, args, kwargs)

    def _call(self, name: str, args: tuple, kwargs: dict) -> Call:
        return self._call_beside(name, args, kwargs)[0]

    def _call_beside(self, name: str, args: tuple, kwargs: dict, meanwhile=None) -> tuple:
        """The learner's call, and `meanwhile(name, args, kwargs)` (the reference's answer) run
        here while the learner's process works on it, so both cores are busy. Returns (Call,
        what meanwhile gave, the exception it raised or None). The learner's error or verdict
        comes first, as when the reference ran after the call. When an argument is a callable
        that runs here (its calls are answered here), meanwhile runs after the call instead:
        the learner's calls of it come first, as they always did."""
        beside = meanwhile is not None and not any(
            callable(v) and not travels(v) for v in (*args, *kwargs.values()))
        self.target.send(("call", name), copy.deepcopy(args), copy.deepcopy(kwargs))
        value, error = _MISSING, None
        if beside:
            value, error = _run(meanwhile, name, args, kwargs)
        shown = describe_call(name, args, kwargs)
        reply: Reply = self.target.receive(shown)
        if meanwhile is not None and not beside:
            value, error = _run(meanwhile, name, args, kwargs)
        return self._as_call(name, args, shown, reply), value, error

    def _as_call(self, name: str, args: tuple, shown: str, reply: Reply) -> Call:
        names = self._parameter_names(name, len(args))
        calls = {names.get(key, key): count for key, count in reply.calls.items()}
        if reply.args_after is None:
            raise Mismatch(f"{shown} modified its arguments: it turned one into something that is not "
                           "plain data. A function must leave its inputs as they were (work on a copy).")
        after_args, after_kwargs = reply.args_after
        after = {names.get(str(i), str(i)): v for i, v in enumerate(after_args)}
        after.update(after_kwargs)
        aliases = [(kind, where, names.get(other.lstrip("#"), other.lstrip("#")) if kind == "argument" else other)
                   for kind, where, other in reply.aliases]
        return Call(shown, reply.value, calls, after, aliases, list(reply.warnings))

    def _steps(self, name: str, args: tuple, kwargs: dict) -> int | None:
        """The call's n_steps (an int), when the function has that parameter: a result of
        n_steps + 1 rows is a trajectory, and compare names a row short or too many as such."""
        given = {self._parameter_names(name, len(args)).get(str(i)): v for i, v in enumerate(args)}
        given.update(kwargs)
        steps = given.get("n_steps")
        return int(steps) if isinstance(steps, numbers.Integral) and not isinstance(steps, (bool, np.bool_)) else None

    def _parameter_names(self, name: str, n_positional: int) -> dict:
        parameters = _parameters(self.reference, name)
        return {str(i): parameters[i] for i in range(min(n_positional, len(parameters)))}

    def _expected(self, name: str, args: tuple, kwargs: dict):
        return self.expected(name, *args, **kwargs)

    def expected(self, name: str, *args, **kwargs):
        """The reference solution's answer, computed in this (the grader's) process."""
        return getattr(self.reference, name)(*copy.deepcopy(args), **copy.deepcopy(kwargs))

    def raises(self, error: str, name: str, *args, **kwargs) -> None:
        """Check that the learner's function raises the exception type named `error`."""
        shown = describe_call(name, args, kwargs)
        try:
            result = self._call(name, args, kwargs)
        except LearnerError as raised:
            self._raised(error, shown, raised)
            return
        raise Mismatch(f"{shown} should raise {error}, but it returned {compare._kind(result.value)}")

    def raises_each(self, cases) -> None:
        """`raises` on each case, (error, function name, args tuple, kwargs dict), in one round
        trip: every call is made (each one whatever the one before it did), then the first case
        that does not raise what it should fails the test, with the message `raises` gives.
        Arguments must be plain data."""
        cases = [(error, name, tuple(args), dict(kwargs)) for error, name, args, kwargs in cases]
        if not cases:
            return
        steps = [(("call", name), copy.deepcopy(args), copy.deepcopy(kwargs), True) for _, name, args, kwargs in cases]
        first = describe_call(cases[0][1], cases[0][2], cases[0][3])
        outcomes = self.target.script(steps, first + (f" (the first of {len(cases)} calls in a row)" if len(cases) > 1 else ""))
        for (error, name, args, kwargs), outcome in zip(cases, outcomes):
            shown = describe_call(name, args, kwargs)
            if isinstance(outcome, LearnerError):
                self._raised(error, shown, LearnerError(shown, outcome.detail))
                continue
            result = self._as_call(name, args, shown, outcome)
            raise Mismatch(f"{shown} should raise {error}, but it returned {compare._kind(result.value)}")
        for error, name, args, kwargs in cases[len(outcomes):]:  # not made in the batch: one at a time
            self.raises(error, name, *args, **kwargs)

    @staticmethod
    def _raised(error: str, shown: str, raised: LearnerError) -> None:
        """The learner's call raised: fine when it is `error`; a stub's NotImplementedError goes on."""
        if raised.detail.get("returned"):  # a value the grader cannot read: nothing was raised
            raise Mismatch(f"{shown} should raise {error}, but it returned "
                           f"{raised.detail.get('value', 'a value')} (nothing was raised)") from None
        if raised.not_implemented:
            raise raised
        if raised.type != error:
            raise Mismatch(f"{shown} should raise {error}, but it raised {raised.type}: "
                           f"{raised.detail.get('message', '')}") from None

    def scenario(self, scenario, rtol: float = compare.RTOL, atol: float = compare.ATOL) -> None:
        """An object kata's scenario, played on the reference then on the learner's objects and
        compared step by step (see grader/objects.py)."""
        from grader import objects
        return objects.play(self, scenario, rtol, atol)

    # -- checking --------------------------------------------------------------------------
    def check(self, name: str, *args, expected=_MISSING, rtol: float = compare.RTOL,
              atol: float = compare.ATOL, **kwargs) -> Call:
        """Call, compare with `expected` (default: the reference), then check the contract."""
        if expected is _MISSING:
            result, expected, error = self._call_beside(name, args, kwargs, self._expected)
            if error is not None:
                raise error
        else:
            result = self._call(name, args, kwargs)
        self._verify(name, args, kwargs, result, expected, rtol, atol)
        return result

    def _verify(self, name: str, args: tuple, kwargs: dict, result: Call, expected, rtol: float, atol: float) -> None:
        """What `check` does with a call's result: compare with `expected` (naming the known
        mistakes that match on a difference), check the contract, keep it as a witness."""
        problem = compare.compare(result.value, expected, rtol, atol, steps=self._steps(name, args, kwargs))
        if problem:
            self.fail(f"{result.shown} returned the wrong result: {problem}", name, args, kwargs,
                      result.value, rtol, atol)
        self.check_contract(result, args, kwargs)
        self.witnesses.call(name, args, kwargs, result.value, functools.partial(_same, rtol=rtol, atol=atol))

    def check_contract(self, result: Call, args: tuple, kwargs: dict) -> None:
        """Inputs unchanged, then new arrays: what every function of every kata promises.

        "New" is about what the caller already holds: no array (list, dict) of the result is, or
        shares memory with, an argument, or an object's own state. Two arrays of one result may
        share memory with each other (views of one new array): all of them are the caller's, made
        by this call. The rule is stated once, in README ("How grading works")."""
        self.check_inputs_unchanged(result, args, kwargs)
        for kind, where, other in result.aliases:
            if kind == "object":
                raise Mismatch(f"{result.shown}: {where} is the object's own `{other}`, not a copy")
            if kind == "argument":
                raise Mismatch(f"{result.shown}: {where} shares memory with the argument `{other}`: "
                               "return new arrays (a copy), never a view of the caller's array, even "
                               "when nothing needs to change.")

    def check_inputs_unchanged(self, result: Call, args: tuple, kwargs: dict) -> None:
        names = self._parameter_names(result.shown.split("(")[0], len(args))
        given = {names.get(str(i), str(i)): v for i, v in enumerate(args)}
        given.update(kwargs)
        for parameter, before in given.items():
            if callable(before):
                continue
            after = result.args_after.get(parameter, before)
            if not compare.identical(before, after):
                raise Mismatch(f"{result.shown} modified its argument `{parameter}`: a function must "
                               f"leave its inputs as they were (work on a copy).\n  {compare.first_change(before, after)}")

    def fail(self, message: str, name: str, args: tuple, kwargs: dict, actual,
             rtol: float = compare.RTOL, atol: float = compare.ATOL):
        """Raise a Mismatch, naming the known mistakes whose output on this call matches."""
        def same(ours, theirs):
            return compare.compare(ours, theirs, rtol, atol) is None
        mismatch = Mismatch(message)
        # named when the kata's results are put together, ranked by how many failing tests each
        # one explains (grading.name_mistakes)
        mismatch.known = [(m.summary, m.advice) for m in
                          mistakes.matching(self.kata.mistakes_dir, name, args, kwargs, actual, same)]
        raise mismatch


def _run(function, *args) -> tuple:
    """(what function(*args) gave, None), or (_MISSING, the exception it raised)."""
    try:
        return function(*args), None
    except Exception as error:
        return _MISSING, error


def _same(ours, theirs, rtol: float = compare.RTOL, atol: float = compare.ATOL) -> bool:
    try:
        return compare.compare(ours, theirs, rtol, atol) is None
    except TypeError:  # a value the comparison cannot read
        return False


@functools.lru_cache(maxsize=None)
def _parameters(reference: ModuleType, name: str) -> tuple:
    try:
        return tuple(inspect.signature(getattr(reference, name)).parameters)
    except (AttributeError, TypeError, ValueError):
        return ()


def require(condition, message: str) -> None:
    """Fail a property check with a message for the learner (no pytest assertion noise)."""
    if not condition:
        raise Mismatch(message)
