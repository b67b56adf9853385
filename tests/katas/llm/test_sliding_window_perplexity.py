"""Hidden tests for llm/sliding_window_perplexity: sliding_windows and sliding_window_perplexity(logprobs_fn, ...)."""
import math

import numpy as np

from grader.functions_llm import LaplaceLM, RefusingLM, UniformLM, WindowLM
from grader.testing import require

# LaplaceLM on V = 2: p(next = v | window so far) = (count of v so far + 1) / (tokens so far + 2)
TOKENS = [0, 0, 1, 0, 1, 1]


def _calls(result, expected, why):
    calls = result.calls.get("logprobs_fn", 0)
    require(calls == expected, f"logprobs_fn was called {calls} times; expected {expected} ({why})")


def test_windows_with_overlap_by_hand(kata):
    """N = 6, max_length 4, stride 2: (0, 4, 1) scores 1…3; (2, 6, 4) re-reads 2, 3 as context and scores 4, 5; end reached."""
    kata.check("sliding_windows", 6, 4, 2, expected=[(0, 4, 1), (2, 6, 4)])


def test_windows_end_condition(kata):
    """N = 7, max_length 4, stride 2: a third window (4, 7, 6) scores the last token; N = 6 stops as soon as a window reaches the end."""
    kata.check("sliding_windows", 7, 4, 2, expected=[(0, 4, 1), (2, 6, 4), (4, 7, 6)])
    kata.check("sliding_windows", 8, 4, 2, expected=[(0, 4, 1), (2, 6, 4), (4, 8, 6)])


def test_windows_without_overlap(kata):
    """stride = max_length = 3, N = 7: (0, 3, 1), (3, 6, 4), (6, 7, 7): each window's first token is not scored, the last window scores nothing."""
    kata.check("sliding_windows", 7, 3, 3, expected=[(0, 3, 1), (3, 6, 4), (6, 7, 7)])
    kata.check("sliding_windows", 6, 3, 3, expected=[(0, 3, 1), (3, 6, 4)])


def test_windows_with_stride_one(kata):
    """stride 1, max_length 3, N = 6: the first window scores 1, 2; each later window scores only its last token."""
    kata.check("sliding_windows", 6, 3, 1, expected=[(0, 3, 1), (1, 4, 3), (2, 5, 4), (3, 6, 5)])


def test_windows_short_sequence_is_one_window(kata):
    """N ≤ max_length: one window (0, N, 1) whatever the stride; N = 2 is the shortest sequence with a target."""
    kata.check("sliding_windows", 4, 4, 2, expected=[(0, 4, 1)])
    kata.check("sliding_windows", 3, 8, 1, expected=[(0, 3, 1)])
    kata.check("sliding_windows", 2, 2, 2, expected=[(0, 2, 1)])


def test_perplexity_with_overlap_by_hand(kata):
    """Tokens 0 0 1 0 1 1, max_length 4, stride 2: p = 2/3, 1/4, 3/5, then 1/2, 3/5 in window 2: (100/3)^(1/5) = 2.01640; 2 calls."""
    result = kata.check("sliding_window_perplexity", LaplaceLM(2, 4), TOKENS, 4, 2,
                        expected=(100.0 / 3.0) ** 0.2)
    _calls(result, 2, "one per window")


def test_perplexity_without_overlap_by_hand(kata):
    """stride = max_length = 3: p(t1) = 2/3, p(t2) = 1/4, then a fresh window: p(t4) = 1/3, p(t5) = 1/2; token 3 unscored: 36^(1/4) = √6."""
    result = kata.check("sliding_window_perplexity", LaplaceLM(2, 3), TOKENS, 3, 3, expected=math.sqrt(6.0))
    _calls(result, 2, "one per window")


def test_perplexity_with_stride_one_by_hand(kata):
    """stride 1, max_length 3: p = 2/3, 1/4, then 1/2 for tokens 3, 4, 5 (each with its 2 preceding tokens): 48^(1/5) = 2.16894; 4 calls."""
    result = kata.check("sliding_window_perplexity", LaplaceLM(2, 3), TOKENS, 3, 1, expected=48.0 ** 0.2)
    _calls(result, 4, "one per window, N − max_length + 1 of them")


def test_perplexity_of_one_window_by_hand(kata):
    """N = 4 ≤ max_length: one call on the whole sequence, p = 2/3, 1/4, 3/5: 10^(1/3) = 2.15443 (the first token has no prediction)."""
    for max_length, stride in ((4, 2), (6, 1), (4, 4)):
        result = kata.check("sliding_window_perplexity", LaplaceLM(2, max_length), np.array([0, 0, 1, 0]),
                            max_length, stride, expected=10.0 ** (1.0 / 3.0))
        _calls(result, 1, "a sequence no longer than max_length is one window")


def test_final_window_of_one_token_is_called_and_scores_nothing(kata):
    """Tokens 1 1 1 0 0 1 0, stride = max_length = 3: p = 2/3, 3/4, 2/3, 1/4 (tokens 3 and 6 unscored): 12^(1/4) = 1.86121; 3 calls."""
    result = kata.check("sliding_window_perplexity", LaplaceLM(2, 3), [1, 1, 1, 0, 0, 1, 0], 3, 3,
                        expected=12.0 ** 0.25)
    _calls(result, 3, "the third window (6, 7) scores nothing but is a window all the same")


def test_the_tail_is_scored(kata):
    """N = 7, max_length 4, stride 2: the window (4, 7) scores token 6 only: p = 2/3, 1/4, 3/5, 1/2, 3/5, then 3/4 (prefix 1 1): (400/9)^(1/6); 3 calls."""
    result = kata.check("sliding_window_perplexity", LaplaceLM(2, 4), TOKENS + [1], 4, 2,
                        expected=(400.0 / 9.0) ** (1.0 / 6.0))
    _calls(result, 3, "one per window")


def test_matches_reference_with_a_context_model(kata, rng):
    """WindowLM (its predictions depend on every token in the window and on positions), N ≤ 40, max_length ≤ 8, V ≤ 6."""
    settings = ((40, 8, 3, 6), (23, 5, 5, 4), (17, 6, 1, 3), (9, 8, 7, 5), (30, 2, 1, 2), (12, 3, 2, 6))
    perplexities = []
    for N, max_length, stride, V in settings:
        tokens = rng.integers(0, V, size=N)
        model = WindowLM(V, max_length, int(rng.integers(0, 1000)))
        perplexities.append(((model, tokens, max_length, stride), {}))
    results = kata.check_each("sliding_window_perplexity", perplexities)
    for (N, max_length, stride, V), result in zip(settings, results):
        windows = kata.expected("sliding_windows", N, max_length, stride)
        _calls(result, len(windows), "one per window")
    kata.check_each("sliding_windows", [((N, max_length, stride), {}) for N, max_length, stride, V in settings])


def test_every_stride_against_the_reference(kata, rng):
    """LaplaceLM on V = 3, 25 tokens, max_length 5, strides 1, 2, 4 and 5: the same windows, targets and rows as the reference."""
    tokens = rng.integers(0, 3, size=25)
    for stride in (1, 2, 4, 5):
        kata.check("sliding_window_perplexity", LaplaceLM(3, 5), tokens, 5, stride)


def test_a_uniform_model_has_perplexity_v(kata):
    """A model that gives every one of V = 3 tokens probability 1/3 has perplexity exactly 3, whatever the windows."""
    tokens = [1, 0, 2, 2, 0, 0, 1, 2]
    for max_length, stride in ((4, 3), (3, 3), (2, 1), (8, 2)):
        kata.check("sliding_window_perplexity", UniformLM(3, max_length), tokens, max_length, stride, expected=3.0)


def test_invalid_arguments_raise(kata):
    """ValueError before any call (this model raises RuntimeError if called): max_length < 2, stride 0 or > max_length, < 2 tokens, 2-D token_ids."""
    model = RefusingLM()
    kata.raises("ValueError", "sliding_windows", 5, 1, 1)
    kata.raises("ValueError", "sliding_windows", 5, 4, 0)
    kata.raises("ValueError", "sliding_windows", 5, 4, 5)
    kata.raises("ValueError", "sliding_windows", 1, 4, 2)
    kata.raises("ValueError", "sliding_window_perplexity", model, [0, 1, 1], 4, 5)
    kata.raises("ValueError", "sliding_window_perplexity", model, [1], 4, 2)
    kata.raises("ValueError", "sliding_window_perplexity", model, [], 4, 2)
    kata.raises("ValueError", "sliding_window_perplexity", model, [[0, 1], [1, 0]], 4, 2)
    kata.raises("ValueError", "sliding_window_perplexity", model, [0, 1, 0, 1], 1, 1)
    kata.raises("ValueError", "sliding_window_perplexity", model, [0, 1, 0, 1], 3, 0)
