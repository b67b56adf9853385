"""Hidden tests for llm/moe_routing: top_k_routing, moe_forward and load_balancing_loss."""
import numpy as np

from grader.testing import require

LOGITS = np.log(np.array([[0.5, 0.3, 0.2]]))
# three experts on D = 2 -> D_out = 1: x = [1, 2] gives 1, 2 and 3
EXPERTS = np.array([[[1.0], [0.0]], [[0.0], [1.0]], [[1.0], [1.0]]])


def _i(values):
    return np.array(values, dtype=np.int64)


def test_kept_gates_are_renormalised_by_hand(kata):
    """probs [0.5, 0.3, 0.2], k = 2: experts [0, 1], gates 0.5/0.8 = 0.625 and 0.3/0.8 = 0.375 (not 0.5 and 0.3)."""
    kata.check("top_k_routing", LOGITS, 2, expected=(_i([[0, 1]]), np.array([[0.625, 0.375]])))
    # k = 1: the single kept gate is exactly 1
    kata.check("top_k_routing", LOGITS, 1, expected=(_i([[0]]), np.array([[1.0]])))


def test_ties_go_to_the_smaller_expert(kata):
    """Four equal logits, k = 2: experts 0 and 1 (the smaller indices), gates 0.5 each."""
    kata.check("top_k_routing", np.zeros((1, 4)), 2, expected=(_i([[0, 1]]), np.array([[0.5, 0.5]])))
    # a tie below the winner: [1, 0, 0]: expert 0 first, then 1 (not 2); gates e/(e + 1), 1/(e + 1)
    kata.check("top_k_routing", np.array([[1.0, 0.0, 0.0]]), 2,
               expected=(_i([[0, 1]]), np.array([[0.7310585786300049, 0.2689414213699951]])))


def test_experts_listed_by_gate_descending(kata):
    """probs [0.2, 0.3, 0.5]: the experts come out as [2, 1] (largest gate first), gates [0.625, 0.375]."""
    kata.check("top_k_routing", LOGITS[:, ::-1].copy(), 2, expected=(_i([[2, 1]]), np.array([[0.625, 0.375]])))


def test_forward_by_hand(kata):
    """x = [1, 2]: experts 0 and 1 output 1 and 2; gates 0.625, 0.375: y = 0.625 + 0.75 = 1.375."""
    kata.check("moe_forward", np.array([[1.0, 2.0]]), LOGITS, EXPERTS, 2, expected=np.array([[1.375]]))
    # k = 3: all three, gates 0.5, 0.3, 0.2: 0.5 + 0.6 + 0.6 = 1.7
    kata.check("moe_forward", np.array([[1.0, 2.0]]), LOGITS, EXPERTS, 3, expected=np.array([[1.7]]))


def test_load_balancing_loss_by_hand(kata):
    """E = 2, k = 1: probs [.25, .75] and [.75, .25] send one token to each: f = P = [.5, .5], loss 2·(.25 + .25) = 1."""
    balanced = np.log(np.array([[0.25, 0.75], [0.75, 0.25]]))
    kata.check("load_balancing_loss", balanced, 1, expected=1.0)
    # both tokens [.25, .75]: f = [0, 1], P = [.25, .75]: loss = 2 · 0.75 = 1.5
    skewed = np.log(np.array([[0.25, 0.75], [0.25, 0.75]]))
    kata.check("load_balancing_loss", skewed, 1, expected=1.5)


def test_load_balancing_loss_top_2_by_hand(kata):
    """E = 3, k = 2, probs [0.5, 0.3, 0.2]: f = [½, ½, 0] over the N·k = 2 slots, P = [0.5, 0.3, 0.2]: 3·(0.25 + 0.15) = 1.2."""
    kata.check("load_balancing_loss", LOGITS, 2, expected=1.2)
    # E = 4, k = 2, equal logits: f = [½, ½, 0, 0], P = ¼ each: 4 · (⅛ + ⅛) = 1
    kata.check("load_balancing_loss", np.zeros((1, 4)), 2, expected=1.0)


def test_large_logits_do_not_overflow(kata):
    """Logits in the thousands: subtract the row max; [1000, 999, 0] with k = 2 gives gates [0.7311, 0.2689]."""
    kata.check("top_k_routing", np.array([[1000.0, 999.0, 0.0]]), 2,
               expected=(_i([[0, 1]]), np.array([[0.7310585786300049, 0.2689414213699951]])))


def test_each_row_subtracts_its_own_maximum(kata):
    """Rows [1000, 999, 0] and [−1000, −1001, −1002], k = 2: each row its own max (a global max of 1000 underflows the second row to 0/0): gates [0.7311, 0.2689] for both."""
    a = 1.0 / (1.0 + np.exp(-1.0))                        # 0.7310585786300049
    kata.check("top_k_routing", np.array([[1000.0, 999.0, 0.0], [-1000.0, -1001.0, -1002.0]]), 2,
               expected=(_i([[0, 1], [0, 1]]), np.array([[a, 1.0 - a], [a, 1.0 - a]])))
    # the loss uses the full softmax of each row: P = [(e² + 1)/2, (e + e)/2, ...]/(e² + e + 1) per row ...
    kata.check("load_balancing_loss", np.array([[-1000.0, -1001.0, -1002.0], [0.0, -1.0, -2.0]]), 1)


def test_underflowed_experts_are_ranked_by_their_logits(kata):
    """Logits [0, −2000, −1000, 5], k = 3: experts 1 and 2 both get probability 0.0 (underflow), yet expert 2's logit is larger: experts [3, 0, 2], gates [1/(1 + e⁻⁵), e⁻⁵/(1 + e⁻⁵), 0]."""
    top = 1.0 / (1.0 + np.exp(-5.0))                   # 0.9933071490757153
    logits = np.array([[0.0, -2000.0, -1000.0, 5.0], [-1000.0, -2000.0, 0.0, -3000.0],
                       [np.log(0.4), np.log(0.3), np.log(0.2), np.log(0.1)]])
    # second row: probabilities [0, 0, 1, 0]; by the logits the order is 2, 0, 1
    # third row (no underflow): 0.4, 0.3, 0.2 kept and renormalised by 0.9
    kata.check("top_k_routing", logits, 3,
               expected=(_i([[3, 0, 2], [2, 0, 1], [0, 1, 2]]),
                         np.array([[top, 1.0 - top, 0.0], [1.0, 0.0, 0.0], [4 / 9, 3 / 9, 2 / 9]])))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random routers: N = 1..12 tokens, E = 2..8 experts, every k: routing, forward and loss."""
    calls = {"top_k_routing": [], "moe_forward": [], "load_balancing_loss": []}
    for _ in range(6):
        N, E, D, D_out = int(rng.integers(1, 13)), int(rng.integers(2, 9)), 3, 2
        logits = rng.normal(0.0, 2.0, size=(N, E))
        x, weights = rng.standard_normal((N, D)), rng.standard_normal((E, D, D_out))
        for k in sorted({1, 2, E}):
            calls["top_k_routing"].append(((logits, k), {}))
            calls["moe_forward"].append(((x, logits, weights, k), {}))
            calls["load_balancing_loss"].append(((logits, k), {}))
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_uniform_router_loss_is_one(kata, rng):
    """A router that gives every expert the same probability, with tokens spread evenly: the loss is exactly its minimum 1."""
    # 6 tokens, 3 experts, k = 1: token n prefers expert n mod 3 by a hair, P is uniform on average
    logits = np.zeros((6, 3))
    for n in range(6):
        logits[n, n % 3] = 1.0
    loss = kata.check("load_balancing_loss", logits, 1).value
    require(abs(loss - 1.0) < 1e-12, f"balanced routing should give loss 1.0, got {loss}")


def test_k_out_of_range_raises(kata):
    """k = 0 and k > E raise ValueError."""
    kata.raises("ValueError", "top_k_routing", np.zeros((2, 3)), 0)
    kata.raises("ValueError", "top_k_routing", np.zeros((2, 3)), 4)
    kata.raises("ValueError", "load_balancing_loss", np.zeros((2, 3)), 4)
