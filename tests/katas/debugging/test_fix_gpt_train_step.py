"""Hidden tests for debugging/fix_gpt_train_step: embed, causal_self_attention, forward, cross_entropy, train."""
import numpy as np

from grader.testing import require

E2 = np.exp(2.0)


class PullTowardsBatchMean:
    """grad(params, batch) of Σ ½‖p − mean(batch)‖²: p − mean(batch) for every parameter."""

    def __call__(self, params, batch):
        return {name: np.asarray(value, dtype=float) - float(np.mean(batch)) for name, value in params.items()}

    def __repr__(self):
        return "grad(params, batch) = params − mean(batch)"


GRAD = PullTowardsBatchMean()


def _params(rng, v=5, d=3, t_max=5):
    shapes = {"wte": (v, d), "wpe": (t_max, d), "wq": (d, d), "wk": (d, d), "wv": (d, d), "wo": (d, d), "head": (d, v)}
    return {name: rng.normal(size=shape) for name, shape in shapes.items()}


def test_embed_by_hand(kata):
    """wte rows (1, 0), (0, 1), (1, 1); wpe rows (0.1, 0), (0, 0.2): tokens [2, 0] embed to (1.1, 1) and (1, 0.2)."""
    params = {"wte": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), "wpe": np.array([[0.1, 0.0], [0.0, 0.2], [5.0, 5.0]])}
    kata.check("embed", params, np.array([[2, 0]]), expected=np.array([[[1.1, 1.0], [1.0, 0.2]]]))


def test_embed_random(kata, rng):
    """Random tables, two rows of four tokens."""
    params = _params(rng)
    kata.check("embed", {"wte": params["wte"], "wpe": params["wpe"]}, rng.integers(0, 5, size=(2, 4)))


def test_attention_by_hand(kata):
    """D = 1, all weights 1, x = (1, 2): position 0 sees itself (out 1); position 1 has scores (2, 4): out (1 + 2e²)/(1 + e²)."""
    one = np.array([[1.0]])
    params = {"wq": one, "wk": one, "wv": one, "wo": one}
    kata.check("causal_self_attention", np.array([[[1.0], [2.0]]]), params,
               expected=np.array([[[1.0], [(1 + 2 * E2) / (1 + E2)]]]))


def test_attention_later_position_with_the_largest_score(kata):
    """D = 1, all weights 1: a later position with a far larger score gets weight 0 before the softmax, not after it."""
    one = np.array([[1.0]])
    params = {"wq": one, "wk": one, "wv": one, "wo": one}
    # x = (0, 1, 744): position 1 has scores (0, 1, 744) and sees the first two: out e/(1 + e).
    # Masking after the softmax leaves e^−744 and e^−743 (subnormal) to renormalise: 2/3, not 0.731.
    kata.check("causal_self_attention", np.array([[[0.0], [1.0], [744.0]]]), params,
               expected=np.array([[[0.0], [np.e / (1 + np.e)], [744.0]]]))
    # x = (1, 2000): position 0 has scores (1, 2000) and sees only itself: out 1; position 1: out 2000.
    # After an unmasked softmax, position 0's own weight is exactly 0.
    result = kata.check("causal_self_attention", np.array([[[1.0], [2000.0]]]), params,
                        expected=np.array([[[1.0], [2000.0]]]))
    require(not result.warnings, f"{result.shown} made numpy warn: {result.warnings[0] if result.warnings else ''}")


def test_attention_random(kata, rng):
    """Random inputs and weights, B = 2, T = 4, D = 3."""
    params = _params(rng)
    kata.check("causal_self_attention", rng.normal(size=(2, 4, 3)), params)


def test_forward_random(kata, rng):
    """The whole forward pass on random parameters and tokens."""
    for t in (1, 4):
        kata.check("forward", _params(rng), rng.integers(0, 5, size=(2, t)))


def test_cross_entropy_by_hand(kata):
    """Tokens [0, 1], logits at position 0 = (0, ln 3): the one prediction gives token 1 probability 3/4; loss −ln(3/4)."""
    logits = np.array([[[0.0, np.log(3.0)], [5.0, 0.0]]])
    kata.check("cross_entropy", logits, np.array([[0, 1]]), expected=-np.log(0.75))


def test_cross_entropy_random(kata, rng):
    """Random logits, B = 3, T = 5, V = 6; large logits too."""
    tokens = rng.integers(0, 6, size=(3, 5))
    kata.check("cross_entropy", rng.normal(size=(3, 5, 6)), tokens)
    kata.check("cross_entropy", 800 * rng.normal(size=(3, 5, 6)), tokens)


def test_one_update_by_hand(kata):
    """One batch of mean 0, lr 0.5: w = (1, 2) − 0.5·(1, 2) = (0.5, 1)."""
    kata.check("train", {"w": np.array([1.0, 2.0])}, [np.array([0.0])], learning_rate=0.5, grad=GRAD,
               expected={"w": np.array([0.5, 1.0])})


def test_two_updates_by_hand(kata):
    """Two batches of mean 0, lr 0.5: each update halves w: (1, 2) → (0.5, 1) → (0.25, 0.5)."""
    kata.check("train", {"w": np.array([1.0, 2.0])}, [np.array([0.0]), np.array([0.0])], learning_rate=0.5,
               grad=GRAD, expected={"w": np.array([0.25, 0.5])})


def test_accumulation_by_hand(kata):
    """accumulation_steps 2, two batches of mean 0 at w = 1: one update with the mean gradient 1: w = 1 − 0.5·1."""
    kata.check("train", {"w": np.array([1.0])}, [np.array([0.0]), np.array([0.0])], learning_rate=0.5,
               grad=GRAD, accumulation_steps=2, expected={"w": np.array([0.5])})


def test_training_random(kata, rng):
    """Several parameters, random batches, accumulation over 1 to 3 batches, a leftover group without update."""
    for steps in (1, 2, 3):
        params = {"a": rng.normal(size=(2, 2)), "b": rng.normal(size=3)}
        batches = [rng.normal(size=4) for _ in range(5)]
        kata.check("train", params, batches, learning_rate=0.3, grad=GRAD, accumulation_steps=steps)


def test_grad_called_once_per_batch(kata, rng):
    """grad is called once per batch (5 batches, accumulation 2: 5 calls)."""
    result = kata.call("train", {"w": np.ones(2)}, [rng.normal(size=2) for _ in range(5)], learning_rate=0.1,
                       grad=GRAD, accumulation_steps=2)
    require(result.calls["grad"] == 5, f"grad was called {result.calls['grad']} times for 5 batches; expected 5")
