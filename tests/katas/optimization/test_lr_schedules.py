"""Hidden tests for optimization/lr_schedules: step_decay, exponential_decay, cosine_annealing, warmup_cosine."""
import math

import numpy as np

from grader.testing import require

HALF_ROOT_TWO = math.sqrt(2) / 2


# -- step_decay ---------------------------------------------------------------------------------

def test_step_decay_by_hand(kata):
    """lr0 = 0.1, halved every 10 steps: step 25 has had 2 drops (0.025), step 9 none (0.1)."""
    for step, expected in [(25, 0.025), (9, 0.1), (0, 0.1), (37, 0.0125)]:
        kata.check("step_decay", 0.1, step, drop_every=10, factor=0.5, expected=expected)
    kata.check("step_decay", 2.0, 7, drop_every=3, factor=0.1, expected=0.02)


def test_step_decay_drops_exactly_at_multiples(kata):
    """The drop happens at step = drop_every (not one step later): 0.1 at step 9, 0.05 at step 10, 0.025 at 20."""
    for step, expected in [(10, 0.05), (11, 0.05), (19, 0.05), (20, 0.025)]:
        kata.check("step_decay", 0.1, step, drop_every=10, factor=0.5, expected=expected)


def test_step_decay_every_step(kata):
    """drop_every = 1 multiplies by factor at every step, like exponential decay: 0.8 · 0.5³ = 0.1."""
    kata.check("step_decay", 0.8, 3, drop_every=1, factor=0.5, expected=0.1)


# -- exponential_decay --------------------------------------------------------------------------

def test_exponential_decay_by_hand(kata):
    """lr0 · gamma^step: 0.1 · 0.5³ = 0.0125, 1 · 0.9² = 0.81, and lr0 itself at step 0."""
    kata.check("exponential_decay", 0.1, 3, gamma=0.5, expected=0.0125)
    kata.check("exponential_decay", 1.0, 2, gamma=0.9, expected=0.81)
    kata.check("exponential_decay", 2.0, 0, gamma=0.9, expected=2.0)
    kata.check("exponential_decay", 0.3, 5, gamma=1.0, expected=0.3)


# -- cosine_annealing ---------------------------------------------------------------------------

def test_cosine_by_hand(kata):
    """lr0 = 1 over 10 steps: 1 at step 0, ½ halfway; over 9 steps, 0.75 at step 3 (cos 60° = ½)."""
    kata.check("cosine_annealing", 1.0, 0, total_steps=10, expected=1.0)
    kata.check("cosine_annealing", 1.0, 5, total_steps=10, expected=0.5)
    kata.check("cosine_annealing", 1.0, 3, total_steps=9, expected=0.75)
    kata.check("cosine_annealing", 1.0, 2, total_steps=8, expected=0.5 * (1 + HALF_ROOT_TWO))


def test_cosine_with_lr_min_by_hand(kata):
    """lr_min = 0.01, lr0 = 0.1, 10 steps: 0.055 halfway; lr0 = 0.2, lr_min = 0.02, step 6 of 9: 0.065."""
    kata.check("cosine_annealing", 0.1, 5, total_steps=10, lr_min=0.01, expected=0.055)
    kata.check("cosine_annealing", 0.2, 6, total_steps=9, lr_min=0.02, expected=0.065)
    kata.check("cosine_annealing", 0.1, 0, total_steps=10, lr_min=0.01, expected=0.1)


def test_cosine_reaches_lr_min_at_total_steps(kata):
    """At step = total_steps the rate is lr_min exactly (0 by default)."""
    kata.check("cosine_annealing", 1.0, 10, total_steps=10, expected=0.0)
    kata.check("cosine_annealing", 0.1, 10, total_steps=10, lr_min=0.01, expected=0.01)


def test_cosine_is_held_past_total_steps(kata):
    """Past total_steps the rate stays at lr_min: the cosine must not climb back up (steps 15, 20, 30 of 10)."""
    kata.check("cosine_annealing", 1.0, 15, total_steps=10, expected=0.0)
    kata.check("cosine_annealing", 1.0, 20, total_steps=10, expected=0.0)
    kata.check("cosine_annealing", 0.1, 30, total_steps=10, lr_min=0.01, expected=0.01)


# -- warmup_cosine ------------------------------------------------------------------------------

def test_warmup_by_hand(kata):
    """lr0 = 1, warmup 4 steps: 0, 0.25, 0.5, 0.75 at steps 0 to 3, then 1.0 at step 4."""
    for step, expected in [(0, 0.0), (1, 0.25), (2, 0.5), (3, 0.75), (4, 1.0)]:
        kata.check("warmup_cosine", 1.0, step, warmup_steps=4, total_steps=12, expected=expected)


def test_warmup_then_cosine_by_hand(kata):
    """Warmup 4, total 12: the cosine runs over the 8 remaining steps, ½ at step 8, 0 at step 12."""
    kata.check("warmup_cosine", 1.0, 8, warmup_steps=4, total_steps=12, expected=0.5)
    kata.check("warmup_cosine", 1.0, 6, warmup_steps=4, total_steps=12, expected=0.5 * (1 + HALF_ROOT_TWO))
    kata.check("warmup_cosine", 1.0, 12, warmup_steps=4, total_steps=12, expected=0.0)


def test_warmup_cosine_with_lr_min_by_hand(kata):
    """lr_min = 0.1: the warmup still starts at 0, the cosine ends at 0.1 (0.55 halfway through it)."""
    kata.check("warmup_cosine", 1.0, 0, warmup_steps=4, total_steps=12, lr_min=0.1, expected=0.0)
    kata.check("warmup_cosine", 1.0, 2, warmup_steps=4, total_steps=12, lr_min=0.1, expected=0.5)
    kata.check("warmup_cosine", 1.0, 8, warmup_steps=4, total_steps=12, lr_min=0.1, expected=0.55)
    kata.check("warmup_cosine", 1.0, 12, warmup_steps=4, total_steps=12, lr_min=0.1, expected=0.1)


def test_warmup_cosine_is_held_past_total_steps(kata):
    """Past total_steps warmup_cosine stays at lr_min."""
    kata.check("warmup_cosine", 1.0, 17, warmup_steps=4, total_steps=12, expected=0.0)
    kata.check("warmup_cosine", 1.0, 40, warmup_steps=4, total_steps=12, lr_min=0.1, expected=0.1)


def test_no_warmup_is_plain_cosine(kata):
    """warmup_steps = 0: no warmup at all, the cosine from step 0 (lr0 at step 0, ½ at step 5 of 10)."""
    kata.check("warmup_cosine", 1.0, 0, warmup_steps=0, total_steps=10, expected=1.0)
    kata.check("warmup_cosine", 1.0, 5, warmup_steps=0, total_steps=10, expected=0.5)
    kata.check("warmup_cosine", 0.1, 5, warmup_steps=0, total_steps=10, lr_min=0.01, expected=0.055)


# -- all four on random inputs ------------------------------------------------------------------

def test_step_decay_matches_reference(kata, rng):
    """Random base rates, steps, drop intervals and factors."""
    arg_sets = []
    for _ in range(10):
        lr0, step = float(rng.uniform(0.001, 1.0)), int(rng.integers(0, 100))
        arg_sets.append(((lr0, step), {"drop_every": int(rng.integers(1, 20)),
                                       "factor": float(rng.uniform(0.1, 0.95))}))
    kata.check_each("step_decay", arg_sets)


def test_exponential_decay_matches_reference(kata, rng):
    """Random base rates, steps and decay factors."""
    arg_sets = []
    for _ in range(10):
        lr0, step = float(rng.uniform(0.001, 1.0)), int(rng.integers(0, 100))
        arg_sets.append(((lr0, step), {"gamma": float(rng.uniform(0.8, 1.0))}))
    kata.check_each("exponential_decay", arg_sets)


def test_cosine_matches_reference(kata, rng):
    """Random base rates, floors, lengths and steps (some past total_steps)."""
    arg_sets = []
    for _ in range(10):
        lr0 = float(rng.uniform(0.01, 1.0))
        total_steps = int(rng.integers(1, 100))
        step = int(rng.integers(0, total_steps + 20))
        arg_sets.append(((lr0, step), {"total_steps": total_steps, "lr_min": float(rng.uniform(0, 0.5) * lr0)}))
    kata.check_each("cosine_annealing", arg_sets)


def test_warmup_cosine_matches_reference(kata, rng):
    """Random warmups, lengths, floors and steps (in the warmup, in the cosine, and past the end)."""
    arg_sets = []
    for _ in range(12):
        lr0 = float(rng.uniform(0.01, 1.0))
        warmup_steps = int(rng.integers(0, 20))
        total_steps = warmup_steps + int(rng.integers(1, 80))
        step = int(rng.integers(0, total_steps + 20))
        arg_sets.append(((lr0, step), {"warmup_steps": warmup_steps, "total_steps": total_steps,
                                       "lr_min": float(rng.uniform(0, 0.5) * lr0)}))
    kata.check_each("warmup_cosine", arg_sets)


# -- shapes of the curves -----------------------------------------------------------------------

def test_cosine_never_rises(kata):
    """Over steps 0 … total_steps + 5 the cosine schedule never increases and stays between lr_min and lr0."""
    rates = [float(r.value) for r in kata.calls(
        "cosine_annealing", [((0.5, step), {"total_steps": 12, "lr_min": 0.05}) for step in range(18)])]
    require(all(b <= a + 1e-12 for a, b in zip(rates, rates[1:])) and min(rates) >= 0.05 - 1e-12
            and max(rates) <= 0.5 + 1e-12,
            f"cosine_annealing(0.5, step, total_steps=12, lr_min=0.05) for steps 0 … 17 should fall from 0.5 "
            f"to 0.05 and stay there, but gave {np.round(rates, 4).tolist()}")


def test_warmup_cosine_rises_then_falls(kata):
    """With warmup 5 of 20 steps the rate rises to lr0 at step 5, then never rises again."""
    rates = [float(r.value) for r in kata.calls(
        "warmup_cosine", [((1.0, step), {"warmup_steps": 5, "total_steps": 20}) for step in range(25)])]
    peak = int(np.argmax(rates))
    require(peak == 5 and all(b > a for a, b in zip(rates[:5], rates[1:6]))
            and all(b <= a + 1e-12 for a, b in zip(rates[5:], rates[6:])),
            f"warmup_cosine(1.0, step, warmup_steps=5, total_steps=20) for steps 0 … 24 should rise to 1.0 at "
            f"step 5 and then fall, but gave {np.round(rates, 3).tolist()}")
