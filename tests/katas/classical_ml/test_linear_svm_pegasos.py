"""Hidden tests for classical_ml/linear_svm_pegasos: pegasos(X, y, *, lam, n_steps, seed) -> w."""
import numpy as np

from grader.testing import require


def test_margin_is_tested_before_the_shrink(kata):
    """One sample x = 2.5, y = 1, lam = 1, 7 steps: only step 1 is a hinge step, so w = 2.5 / 7."""
    # t = 1: eta = 1, margin 0 < 1: w = 2.5. Then w_t = 2.5 / t (pure shrinks by (1 − 1/t)), and the
    # margin at step t is 2.5 · 2.5 / (t − 1): 6.25, 3.125, 2.08, 1.5625, 1.25, 1.0417 at t = 2 … 7, all ≥ 1.
    # (Testing the shrunk w at t = 7 would see 6.25 / 7 < 1 and add a hinge step.)
    kata.check("pegasos", np.array([[2.5]]), np.array([1]), lam=1.0, n_steps=7, seed=0,
               expected=np.array([2.5 / 7]))


def test_margin_exactly_one_is_not_a_hinge_step(kata):
    """x = 1, y = 1, lam = 1: t = 1 gives w = 1; at t = 2 the margin is exactly 1, not < 1: only the shrink, w = 0.5."""
    kata.check("pegasos", np.array([[1.0]]), np.array([1]), lam=1.0, n_steps=2, seed=0,
               expected=np.array([0.5]))


def test_example_with_lam_one_half(kata):
    """x = 1, y = 1, lam = 0.5: w = 2 (eta 2), then 1 (eta 1, margin 2), then margin exactly 1 at t = 3: w = 2/3."""
    kata.check("pegasos", np.array([[1.0]]), np.array([1]), lam=0.5, n_steps=3, seed=0,
               expected=np.array([2 / 3]))


def test_negative_label_by_hand(kata):
    """x = [1, 2], y = −1, lam = 1, 4 steps: w = −x after step 1, then shrinks to −x / 4 = [−0.25, −0.5]."""
    # t = 1: w = 1·(−1)·[1, 2]. Margins after: 5, 2.5, 1.67 at t = 2, 3, 4: no more hinge steps.
    kata.check("pegasos", np.array([[1.0, 2.0]]), np.array([-1]), lam=1.0, n_steps=4, seed=0,
               expected=np.array([-0.25, -0.5]))


def test_sample_order_follows_the_seed_by_hand(kata):
    """Two samples, seed 0, where default_rng(0).integers(2) draws 1, 1, 1, 0: w = [0.25, −0.5] after 4 steps."""
    # Sample 0: x = [1, 0], y = 1; sample 1: x = [0, 1], y = −1; lam = 1.
    # t = 1 (i = 1): margin 0, w = [0, −1]. t = 2 (i = 1): margin exactly 1, shrink only: w = [0, −0.5].
    # t = 3 (i = 1): margin 0.5, w = (2/3)·[0, −0.5] + (1/3)·[0, −1] = [0, −2/3].
    # t = 4 (i = 0): margin 0, w = (3/4)·[0, −2/3] + (1/4)·[1, 0] = [0.25, −0.5].
    kata.check("pegasos", np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, -1]), lam=1.0, n_steps=4, seed=0,
               expected=np.array([0.25, -0.5]))


def test_matches_reference_on_random_problems(kata, rng):
    """Random data in 1 to 5 dimensions, lam from 0.01 to 1, up to 300 steps, random seeds."""
    arg_sets = []
    for trial in range(10):
        n, d = int(rng.integers(2, 40)), int(rng.integers(1, 6))
        X = rng.standard_normal((n, d))
        y = np.where(X @ rng.standard_normal(d) + 0.3 * rng.standard_normal(n) > 0, 1, -1)
        if trial % 2:
            y = y.astype(float)
        arg_sets.append(((X, y), dict(lam=float(10 ** rng.uniform(-2, 0)), n_steps=int(rng.integers(1, 300)),
                                      seed=int(rng.integers(0, 10_000)))))
    kata.check_each("pegasos", arg_sets)


def test_zero_steps(kata):
    """n_steps = 0: w = zeros(d)."""
    kata.check("pegasos", np.array([[1.0, 2.0, 3.0]]), np.array([1]), lam=0.1, n_steps=0, seed=0,
               expected=np.zeros(3))


def test_bad_lam_or_labels_raise(kata):
    """lam = 0 and lam < 0 raise ValueError, and so do 0/1 labels."""
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    kata.raises("ValueError", "pegasos", X, np.array([1, -1]), lam=0.0, n_steps=3, seed=0)
    kata.raises("ValueError", "pegasos", X, np.array([1, -1]), lam=-0.5, n_steps=3, seed=0)
    kata.raises("ValueError", "pegasos", X, np.array([1, 0]), lam=0.5, n_steps=3, seed=0)


def test_different_seeds_draw_different_samples(kata, rng):
    """The seed picks the samples: seeds 0 and 1 give different w on 10 samples."""
    X = rng.standard_normal((10, 3))
    y = np.where(X[:, 0] > 0, 1, -1)
    first = kata.call("pegasos", X, y, lam=0.1, n_steps=20, seed=0)
    second = kata.call("pegasos", X, y, lam=0.1, n_steps=20, seed=1)
    require(not np.allclose(first.value, second.value),
            f"{first.shown} and {second.shown} gave the same w: draw i = rng.integers(n) from "
            f"rng = np.random.default_rng(seed)")


def test_converges_to_the_svm_solution(kata):
    """x = 1, y = 1, lam = 0.5: the objective 0.25·w² + max(0, 1 − w) is smallest at w = 1; 4000 steps get close."""
    result = kata.call("pegasos", np.array([[1.0]]), np.array([1]), lam=0.5, n_steps=4000, seed=0)
    w = np.asarray(result.value, dtype=float)
    require(w.shape == (1,) and abs(w[0] - 1.0) < 0.01,
            f"{result.shown}: w should approach the minimiser 1.0, got {w}")


def test_arguments_are_checked_before_the_shortcut(kata):
    """n_steps = 0 returns zeros, but arguments are checked before the shortcut: lam = 0 or a label 0 raises ValueError."""
    X = np.array([[1.0, 0.5], [-0.7, 0.1]])
    kata.raises("ValueError", "pegasos", X, np.array([1, -1]), lam=0.0, n_steps=0, seed=0)
    kata.raises("ValueError", "pegasos", X, np.array([1, 0]), lam=0.1, n_steps=0, seed=0)
