"""Hidden tests for llm/sft_grad_accum: sft_step(W, features, targets, loss_mask, micro_batch_size, learning_rate, loss_type)."""
import numpy as np

from grader.testing import require

LN2 = np.log(2.0)
W0 = np.zeros((1, 2))
X = np.array([[[0.7], [0.1]], [[0.3], [0.9]]])
Y = np.array([[0, 1], [1, 0]])
KEEP = np.array([[True, True], [True, False]])


def _loss(W, x, y, mask, loss_type):
    """The statement's batch loss (test-side, for finite differences)."""
    logits = x @ W
    m = logits.max(axis=-1, keepdims=True)
    lse = m[..., 0] + np.log(np.exp(logits - m).sum(axis=-1))
    ce = lse - np.take_along_axis(logits, y[..., None], axis=-1)[..., 0]
    ce = np.where(mask, ce, 0.0)
    if loss_type == "token":
        return ce.sum() / max(mask.sum(), 1)
    return np.mean(ce.sum(axis=1) / np.maximum(mask.sum(axis=1), 1))


def test_token_level_by_hand(kata):
    """W = 0: every kept token costs ln 2; 3 kept tokens, rows hold 2 and 1: contributions 2 ln2/3 and ln2/3."""
    # dW = (1/3)[0.7·(−½, ½) + 0.1·(½, −½) + 0.3·(½, −½)] = (−0.05, 0.05); step 0.1
    kata.check("sft_step", W0, X, Y, KEEP, 1, 0.1, "token",
               expected=(np.array([[0.005, -0.005]]), LN2, np.array([2 * LN2 / 3, LN2 / 3])))


def test_sequence_level_by_hand(kata):
    """"sequence": each row's mean is ln 2, contributions ln2/2 each; the weights ¼, ¼, ½ cancel: W unchanged."""
    kata.check("sft_step", W0, X, Y, KEEP, 1, 0.1, "sequence",
               expected=(np.array([[0.0, 0.0]]), LN2, np.array([LN2 / 2, LN2 / 2])))


def test_one_micro_batch(kata):
    """micro_batch_size = B, or larger than B: one micro-batch holding the whole loss."""
    expected = (np.array([[0.005, -0.005]]), LN2, np.array([LN2]))
    kata.check("sft_step", W0, X, Y, KEEP, 2, 0.1, "token", expected=expected)
    kata.check("sft_step", W0, X, Y, KEEP, 7, 0.1, "token", expected=expected)


def test_uneven_micro_batches_by_hand(kata):
    """B = 3, micro-batches of 2 and 1 rows (3 and 1 kept tokens): "token" gives 3/4 and 1/4 of ln 2, "sequence" 2/3 and 1/3."""
    x = np.array([[[0.7], [0.1]], [[0.3], [0.9]], [[0.2], [0.4]]])
    y = np.array([[0, 1], [1, 0], [0, 0]])
    mask = np.array([[True, True], [True, False], [False, True]])
    # dW = (1/4)[−0.35 + 0.05 + 0.15 − 0.2, …] = (−0.0875, 0.0875)
    kata.check("sft_step", W0, x, y, mask, 2, 1.0, "token",
               expected=(np.array([[0.0875, -0.0875]]), LN2, np.array([0.75 * LN2, 0.25 * LN2])))
    # "sequence": rows weigh 1/3 each: contributions 2/3 and 1/3 of ln 2; dW = ⅓(½(−0.3) + 0.15 − 0.2)
    kata.check("sft_step", W0, x, y, mask, 2, 1.0, "sequence",
               expected=(np.array([[0.2 / 3, -0.2 / 3]]), LN2,
                         np.array([2 * LN2 / 3, LN2 / 3])))


def test_nothing_kept(kata):
    """No kept token: loss 0.0, every contribution 0.0, W unchanged (a new array)."""
    mask = np.zeros((2, 2), dtype=bool)
    for loss_type in ("token", "sequence"):
        kata.check("sft_step", W0 + 0.3, X, Y, mask, 1, 0.1, loss_type,
                   expected=(W0 + 0.3, 0.0, np.array([0.0, 0.0])))


def test_empty_row_counts_in_the_sequence_mean(kata):
    """"sequence": a row with no kept token contributes 0 and still counts in B = 2: the loss is ln2 / 2."""
    mask = np.array([[True, True], [False, False]])
    kata.check("sft_step", W0, X, Y, mask, 1, 0.1, "sequence",
               expected=(np.array([[0.0075, -0.0075]]), LN2 / 2, np.array([LN2 / 2, 0.0])))


def test_extreme_logits(kata):
    """Logits ±1000: the wrong class costs 2000, the right one 0, no overflow (log-sum-exp)."""
    W = np.array([[1.0, -1.0]])
    x = np.array([[[1000.0], [1000.0]]])
    y = np.array([[1, 0]])
    mask = np.array([[True, True]])
    # gradient: token 0 has p − y = (1, −1), token 1 (0, 0): dW = ½ · 1000 · (1, −1)
    kata.check("sft_step", W, x, y, mask, 1, 0.001, "token",
               expected=(np.array([[0.5, -0.5]]), 1000.0, np.array([1000.0])))


def test_each_position_is_normalised_on_its_own(kata):
    """Logits (1000, 900) and (−1000, −900) in one batch: each position subtracts ITS OWN maximum; both cost 100."""
    W = np.array([[1.0, 0.9]])
    x = np.array([[[1000.0]], [[-1000.0]]])
    y = np.array([[1], [0]])
    mask = np.array([[True], [True]])
    # both tokens: p − onehot = ±(1, −1) times x = ±1000 gives (1000, −1000) each; mean over 2 tokens
    kata.check("sft_step", W, x, y, mask, 2, 0.001, "token",
               expected=(np.array([[0.0, 1.9]]), 100.0, np.array([100.0])))


def test_step_matches_finite_differences(kata, rng):
    """(W − new_W) / learning_rate equals central differences of the batch loss, both conventions."""
    B, T, d, V = 5, 4, 3, 4
    W = rng.normal(size=(d, V))
    x = rng.normal(size=(B, T, d))
    y = rng.integers(0, V, size=(B, T))
    mask = rng.random((B, T)) < 0.6
    mask[1] = False
    for loss_type in ("token", "sequence"):
        new_W = kata.call("sft_step", W, x, y, mask, 2, 0.5, loss_type).value[0]
        grad = (W - new_W) / 0.5
        h = 1e-6
        numeric = np.zeros_like(W)
        for index in np.ndindex(*W.shape):
            plus, minus = W.copy(), W.copy()
            plus[index] += h
            minus[index] -= h
            numeric[index] = (_loss(plus, x, y, mask, loss_type) - _loss(minus, x, y, mask, loss_type)) / (2 * h)
        require(np.allclose(grad, numeric, rtol=1e-5, atol=1e-8),
                f'loss_type="{loss_type}": the step is not −learning_rate × the gradient of the batch loss '
                f"(largest gap {np.max(np.abs(grad - numeric)):.3g})")


def test_micro_batch_size_does_not_change_the_step(kata, rng):
    """micro_batch_size 1, 2, 4 and 6 give the same new W and the same loss (B = 6, uneven token counts)."""
    W = rng.normal(size=(2, 3))
    x = rng.normal(size=(6, 5, 2))
    y = rng.integers(0, 3, size=(6, 5))
    mask = rng.random((6, 5)) < 0.5
    runs = [(loss_type, size) for loss_type in ("token", "sequence") for size in (6, 1, 2, 4)]
    steps = iter(call.value for call in kata.calls("sft_step", [((W, x, y, mask, size, 0.3, loss_type), {})
                                                                for loss_type, size in runs]))
    for loss_type in ("token", "sequence"):
        first = next(steps)
        for size in (1, 2, 4):
            other = next(steps)
            require(np.allclose(other[0], first[0], rtol=1e-9, atol=1e-12) and abs(other[1] - first[1]) < 1e-9,
                    f'loss_type="{loss_type}", micro_batch_size={size}: the step differs from the one-micro-batch step')
            require(abs(float(np.sum(other[2])) - other[1]) < 1e-9, "the contributions do not sum to the loss")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random batches B ≤ 6, T ≤ 5, d ≤ 3, V ≤ 4, several micro-batch sizes."""
    arg_sets = []
    for B, T, d, V, size in ((1, 1, 1, 2, 1), (4, 5, 3, 4, 3), (6, 3, 2, 3, 4)):
        W = rng.normal(size=(d, V))
        x = rng.normal(scale=2.0, size=(B, T, d))
        y = rng.integers(0, V, size=(B, T))
        mask = rng.random((B, T)) < 0.7
        arg_sets += [((W, x, y, mask, size, 0.2, loss_type), {}) for loss_type in ("token", "sequence")]
    kata.check_each("sft_step", arg_sets)


def test_bad_arguments_raise(kata):
    """micro_batch_size < 1 and an unknown loss_type are ValueErrors."""
    kata.raises("ValueError", "sft_step", W0, X, Y, KEEP, 0, 0.1, "token")
    kata.raises("ValueError", "sft_step", W0, X, Y, KEEP, 1, 0.1, "mean")
