"""Hidden tests for llm/response_logprobs: token_logprobs, masked_mean, response_logprob."""
import numpy as np

from grader.testing import require

LN3 = np.log(3.0)
# position 0: logits (ln 3, 0, 0) -> p = (3/5, 1/5, 1/5); position 1: uniform; position 2 predicts nothing
LOGITS = np.array([[[LN3, 0.0, 0.0], [0.0, 0.0, 0.0], [100.0, -100.0, 5.0]]])
IDS = np.array([[2, 0, 2]])


def test_shift_by_hand(kata):
    """Logits at t score token t + 1: log p(ids[1] = 0) = log 3/5 at t = 0, log p(ids[2] = 2) = log 1/3 at t = 1."""
    kata.check("token_logprobs", LOGITS, IDS, expected=np.array([[np.log(0.6), -LN3]]))


def test_extreme_logits_stay_finite(kata):
    """Logits (1000, −1000, 0): log-probs 0, −2000 and −1000 exactly, no overflow, no −inf."""
    logits = np.array([[[1000.0, -1000.0, 0.0]] * 2] * 3)
    ids = np.array([[0, 0], [0, 1], [0, 2]])
    kata.check("token_logprobs", logits, ids, expected=np.array([[0.0], [-2000.0], [-1000.0]]))


def test_each_row_is_normalised_on_its_own(kata):
    """Rows around +1000 and −1000 in one batch: each position subtracts ITS OWN maximum (a global one gives −inf)."""
    logits = np.array([[[1000.0, 999.0, 998.0], [0.0, 0.0, 0.0]], [[-1000.0, -1001.0, -1002.0], [0.0, 0.0, 0.0]]])
    ids = np.array([[0, 1], [0, 2]])
    lse = np.log(1.0 + np.exp(-1.0) + np.exp(-2.0))             # log-sum-exp of (0, −1, −2)
    kata.check("token_logprobs", logits, ids, expected=np.array([[-1.0 - lse], [-2.0 - lse]]))


def test_single_token_has_nothing_to_score(kata):
    """T = 1: no token has a prediction, so token_logprobs is (B, 0) and every response sum is 0.0."""
    logits = np.array([[[0.3, 0.1]], [[0.7, -0.2]]])
    ids = np.array([[1], [0]])
    kata.check("token_logprobs", logits, ids, expected=np.zeros((2, 0)))
    kata.check("response_logprob", logits, ids, np.array([[True], [True]]), expected=np.array([0.0, 0.0]))


def test_masked_mean_by_hand(kata):
    """values (0.7, 0.1, 0.4) with mask (T, F, T): (0.7 + 0.4) / 2 = 0.55, divided by the True count, not by 3."""
    kata.check("masked_mean", np.array([0.7, 0.1, 0.4]), np.array([True, False, True]), expected=0.55)
    values = np.array([[0.7, 0.1, 0.4], [0.2, 0.3, 0.9]])
    mask = np.array([[True, False, True], [False, True, True]])
    kata.check("masked_mean", values, mask, expected=(0.7 + 0.4 + 0.3 + 0.9) / 4)
    kata.check("masked_mean", values, mask, axis=-1, expected=np.array([0.55, 0.6]))


def test_masked_mean_of_nothing_is_zero(kata):
    """No True entry: the mean is exactly 0.0 (not NaN); a row with no True entry is 0.0 in the per-row mean."""
    kata.check("masked_mean", np.array([0.7, 0.1]), np.array([False, False]), expected=0.0)
    values = np.array([[0.7, 0.1], [0.3, 0.2]])
    mask = np.array([[False, False], [True, False]])
    kata.check("masked_mean", values, mask, axis=-1, expected=np.array([0.0, 0.3]))


def test_masked_out_inf_and_nan_are_ignored(kata):
    """Masked-out entries are ignored even when they are inf or NaN (multiplying by the mask gives NaN)."""
    values = np.array([[0.7, np.inf, 0.1], [np.nan, -np.inf, 0.4]])
    mask = np.array([[True, False, True], [False, False, True]])
    kata.check("masked_mean", values, mask, expected=0.4)
    kata.check("masked_mean", values, mask, axis=-1, expected=np.array([0.4, 0.4]))


def test_response_sum_by_hand(kata):
    """response_mask marks tokens: (F, T, T) sums log 3/5 + log 1/3; (F, F, T) keeps only log 1/3; mask[:, 0] is ignored."""
    logits = np.concatenate([LOGITS, LOGITS, LOGITS])
    ids = np.concatenate([IDS, IDS, IDS])
    mask = np.array([[False, True, True], [False, False, True], [True, False, True]])
    kata.check("response_logprob", logits, ids, mask,
               expected=np.array([np.log(0.6) - LN3, -LN3, -LN3]))


def test_fully_masked_response_is_zero(kata):
    """A row with no response token (all padding or prompt) sums to exactly 0.0."""
    logits = np.concatenate([LOGITS, LOGITS])
    ids = np.concatenate([IDS, IDS])
    mask = np.array([[False, False, False], [False, True, False]])
    kata.check("response_logprob", logits, ids, mask, expected=np.array([0.0, np.log(0.6)]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits with spread up to ±30, B ≤ 4, T ≤ 8, V ≤ 7; random masks."""
    calls = {"token_logprobs": [], "response_logprob": [], "masked_mean": []}
    for B, T, V in ((1, 2, 2), (3, 5, 7), (4, 8, 3)):
        logits = rng.normal(scale=10.0, size=(B, T, V))
        ids = rng.integers(0, V, size=(B, T))
        mask = rng.random((B, T)) < 0.6
        calls["token_logprobs"].append(((logits, ids), {}))
        calls["response_logprob"].append(((logits, ids, mask), {}))
        values = rng.normal(size=(B, T))
        calls["masked_mean"] += [((values, mask), {}), ((values, mask), {"axis": -1})]
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_logprobs_are_normalised(kata, rng):
    """For each position, the log-probs of all V possible next tokens exponentiate to a sum of 1."""
    logits = rng.normal(scale=5.0, size=(1, 2, 4))
    total = 0.0
    for token in range(4):
        total += float(np.exp(kata.call("token_logprobs", logits, np.array([[0, token]])).value[0, 0]))
    require(abs(total - 1.0) < 1e-9, f"the probabilities of the 4 possible next tokens sum to {total}, not 1")


def test_shape_mismatches_raise(kata):
    """input_ids must be (B, T) for logits (B, T, V); values and mask must have the same shape."""
    kata.raises("ValueError", "token_logprobs", np.zeros((1, 3, 4)), np.zeros((1, 2), dtype=int))
    kata.raises("ValueError", "response_logprob", np.zeros((2, 3, 4)), np.zeros((1, 3), dtype=int),
                np.ones((1, 3), dtype=bool))
    kata.raises("ValueError", "masked_mean", np.zeros((2, 3)), np.ones((2, 2), dtype=bool))


def test_broadcastable_mask_still_raises(kata):
    """A mask that numpy would broadcast ((2,) or (2, 1) against (2, 2)) is still not the same shape: ValueError."""
    values = np.array([[1.0, 2.0], [3.0, 4.0]])
    kata.raises("ValueError", "masked_mean", values, np.array([True, False]))
    kata.raises("ValueError", "masked_mean", values, np.array([True, False]), axis=-1)
    kata.raises("ValueError", "masked_mean", values, np.array([[True], [False]]), axis=-1)
