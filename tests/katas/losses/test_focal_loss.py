"""Hidden tests for losses/focal_loss: sigmoid_focal_loss(logits, targets, alpha, gamma, reduction)."""
import numpy as np

from grader.testing import require

LOG2 = 0.6931471805599453


def test_zero_logit_by_hand(kata):
    """x = 0: p = 0.5, ce = log 2, (1 − p_t)² = 0.25; α_t = 0.25 for t = 1 and 0.75 for t = 0."""
    kata.check("sigmoid_focal_loss", np.array([0.0, 0.0]), np.array([1.0, 0.0]),
               expected=np.array([0.0625 * LOG2, 0.1875 * LOG2]))


def test_non_dyadic_logits_by_hand(kata):
    """x = ±0.7 with hard targets: the easy positive/negative get (1 − p_t)² ≈ 0.111, the hard negative keeps most of its ce."""
    # σ(0.7) = 0.66819; t=1: 0.25·0.33181²·0.40318; t=0,x=−0.7: 0.75·(same); t=0,x=0.7: 0.75·0.66819²·1.10318
    kata.check("sigmoid_focal_loss", np.array([0.7, -0.7, 0.7]), np.array([1.0, 0.0, 0.0]),
               expected=np.array([0.011097630935326914, 0.033292892805980745, 0.36940865971238157]))


def test_alpha_weights_positives_and_negatives_differently(kata):
    """α = 0.25 weights the positives (t = 1) by 0.25 and the negatives (t = 0) by 0.75, not the other way round."""
    pos = kata.check("sigmoid_focal_loss", np.array([-0.1]), np.array([1.0])).value
    require(abs(pos[0] - 0.05128951558637466) <= 1e-9, f"t = 1, x = −0.1: expected 0.0512895 (α_t = 0.25), got {pos[0]!r}")


def test_soft_targets_use_the_general_formula(kata):
    """Targets in (0, 1): α_t, p_t and ce all mix both terms (α = 0.4, γ = 1.5)."""
    kata.check("sigmoid_focal_loss", np.array([0.7, -1.3]), np.array([0.3, 0.9]), 0.4, 1.5,
               expected=np.array([0.20607546218907438, 0.3686153704654634]))


def test_gamma_zero_and_negative_alpha_is_plain_bce(kata):
    """γ = 0 and α < 0: the focal loss is the binary cross-entropy with logits (x = 2, t = 1: log(1 + e^−2))."""
    kata.check("sigmoid_focal_loss", np.array([2.0, 0.0]), np.array([1.0, 0.0]), -1.0, 0.0,
               expected=np.array([0.12692801104297263, LOG2]))


def test_gamma_zero_where_the_prediction_is_perfect(kata):
    """γ = 0 with 1 − p_t = 0 (x = 1000, t = 1): 0^0 counts as 1, the loss is ce = 0, not nan."""
    kata.check("sigmoid_focal_loss", np.array([1000.0, -1000.0]), np.array([1.0, 1.0]), 0.25, 0.0,
               expected=np.array([0.0, 250.0]))


def test_alpha_zero_and_one(kata):
    """α = 1 keeps only the positives' loss, α = 0 only the negatives'."""
    x, t = np.array([0.0, 0.0]), np.array([1.0, 0.0])
    kata.check("sigmoid_focal_loss", x, t, 1.0, 2.0, expected=np.array([0.25 * LOG2, 0.0]))
    kata.check("sigmoid_focal_loss", x, t, 0.0, 2.0, expected=np.array([0.0, 0.25 * LOG2]))


def test_huge_logits_of_both_signs_stay_finite(kata):
    """x = ±1000: right answers cost 0, wrong ones cost α_t · 1000 (250 for a positive, 750 for a negative)."""
    kata.check("sigmoid_focal_loss", np.array([1000.0, -1000.0, 1000.0, -1000.0]), np.array([1.0, 1.0, 0.0, 0.0]),
               expected=np.array([0.0, 250.0, 750.0, 0.0]))
    kata.check("sigmoid_focal_loss", np.array([-3000.0, 3000.0]), np.array([0.5, 0.5]), -1.0, 2.0,
               expected=np.array([0.25 * 1500.0, 0.25 * 1500.0]))


def test_reductions_mean_over_all_elements(kata):
    """A (2, 3) input: "sum" adds the six losses, "mean" divides by 6 (all elements, not the 2 rows)."""
    x = np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    t = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    total = 3 * 0.0625 * LOG2 + 3 * 0.1875 * LOG2
    kata.check("sigmoid_focal_loss", x, t, reduction="sum", expected=total)
    kata.check("sigmoid_focal_loss", x, t, reduction="mean", expected=total / 6)
    kata.check("sigmoid_focal_loss", x, t, reduction="none", expected=np.array([[0.0625, 0.1875, 0.0625], [0.1875, 0.0625, 0.1875]]) * LOG2)


def test_empty_input(kata):
    """No elements: "none" gives an empty array, "sum" 0.0 and "mean" nan."""
    e = np.zeros(0)
    kata.check("sigmoid_focal_loss", e, e, expected=np.zeros(0))
    kata.check("sigmoid_focal_loss", e, e, reduction="sum", expected=0.0)
    got = kata.call("sigmoid_focal_loss", e, e, reduction="mean").value
    require(isinstance(got, float) and np.isnan(got), f'an empty input with reduction="mean" should give the float nan, got {got!r}')


def test_validation(kata):
    """ValueError for shapes that differ, gamma < 0 and an unknown reduction (also on empty inputs)."""
    kata.raises("ValueError", "sigmoid_focal_loss", np.zeros(3), np.zeros(2))
    kata.raises("ValueError", "sigmoid_focal_loss", np.zeros((2, 1)), np.zeros(2))
    kata.raises("ValueError", "sigmoid_focal_loss", np.zeros(2), np.zeros(2), 0.25, -0.5)
    kata.raises("ValueError", "sigmoid_focal_loss", np.zeros(2), np.zeros(2), reduction="batchmean")
    kata.raises("ValueError", "sigmoid_focal_loss", np.zeros(0), np.zeros(0), reduction="max")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits (scale up to 50), hard and soft targets, α in {−1, 0.25, random}, γ in [0, 5], every reduction."""
    arg_sets = []
    for shape in ((1,), (17,), (4, 5), (2, 3, 4)):
        x = rng.normal(0.0, float(rng.choice([1.0, 5.0, 50.0])), size=shape)
        t = (rng.random(shape) < 0.3).astype(np.float64) if rng.random() < 0.5 else rng.random(shape)
        for alpha in (-1.0, 0.25, float(rng.uniform(0, 1))):
            gamma = float(rng.uniform(0.0, 5.0))
            for reduction in ("none", "mean", "sum"):
                arg_sets.append(((x, t, alpha, gamma, reduction), {}))
    kata.check_each("sigmoid_focal_loss", arg_sets)
