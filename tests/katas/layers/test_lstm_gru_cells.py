"""Hidden tests for layers/lstm_gru_cells: lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h_new, c_new)
and gru_cell(x, h, W_ih, W_hh, b_ih, b_hh) -> h_new, PyTorch layouts and gate orders."""
import numpy as np

LN2, LN3 = np.log(2.0), np.log(3.0)
# σ(0) = 1/2, σ(ln 3) = 3/4, σ(−ln 3) = 1/4, σ(ln 2) = 2/3; tanh(ln 2) = 0.6, tanh(−ln 3) = −0.8, tanh(2 ln 2) = 15/17
LSTM_GATES = np.array([0.0, LN3, LN2, -LN3])            # i = 1/2, f = 3/4, g = 0.6, o = 1/4
Z11, Z41 = np.zeros((1, 1)), np.zeros((4, 1))


def _lstm_params(rng, d, h):
    return (rng.standard_normal((4 * h, d)) * 0.5, rng.standard_normal((4 * h, h)) * 0.5,
            rng.standard_normal(4 * h) * 0.5, rng.standard_normal(4 * h) * 0.5)


def _gru_params(rng, d, h):
    return (rng.standard_normal((3 * h, d)) * 0.5, rng.standard_normal((3 * h, h)) * 0.5,
            rng.standard_normal(3 * h) * 0.5, rng.standard_normal(3 * h) * 0.5)


def test_lstm_gate_order_by_hand(kata):
    """Gate pre-activations (0, ln 3, ln 2, −ln 3) in order i, f, g, o with c = 2: c′ = ¾·2 + ½·0.6 = 1.8, h′ = ¼·tanh(1.8)."""
    # the order i, f, o, g would give o = 2/3, g = −0.8: c′ = 1.5 − 0.4 = 1.1
    kata.check("lstm_cell", Z11, Z11, np.array([[2.0]]), Z41, Z41, LSTM_GATES, np.zeros(4),
               expected=(np.array([[0.25 * np.tanh(1.8)]]), np.array([[1.8]])))


def test_lstm_both_biases_count_by_hand(kata):
    """The same gates split across b_ih = (0, ln 3, 0, 0) and b_hh = (0, 0, ln 2, −ln 3): the two biases add, c′ = 1.8."""
    kata.check("lstm_cell", Z11, Z11, np.array([[2.0]]), Z41, Z41, np.array([0.0, LN3, 0.0, 0.0]),
               np.array([0.0, 0.0, LN2, -LN3]), expected=(np.array([[0.25 * np.tanh(1.8)]]), np.array([[1.8]])))


def test_lstm_hidden_weights_by_hand(kata):
    """x = 0, h = 1, the gates come through W_hh = (0, ln 3, ln 2, −ln 3)ᵀ, c = 2: again c′ = 1.8, h′ = ¼·tanh(1.8)."""
    kata.check("lstm_cell", Z11, np.ones((1, 1)), np.array([[2.0]]), Z41, LSTM_GATES.reshape(4, 1),
               np.zeros(4), np.zeros(4), expected=(np.array([[0.25 * np.tanh(1.8)]]), np.array([[1.8]])))


def test_lstm_input_weights_by_hand(kata):
    """x = 2, h = 0, W_ih = (0, ln 3, ln 2, −ln 3)ᵀ / 2, c = 0: c′ = ½·0.6 = 0.3, h′ = ¼·tanh(0.3)."""
    kata.check("lstm_cell", np.array([[2.0]]), Z11, Z11, LSTM_GATES.reshape(4, 1) / 2, Z41,
               np.zeros(4), np.zeros(4), expected=(np.array([[0.25 * np.tanh(0.3)]]), np.array([[0.3]])))


def test_gru_reset_gate_multiplies_the_hidden_bias_by_hand(kata):
    """x = h = 0: r = σ(0) = ½, z = σ(ln 3) = ¾, n = tanh(½ · 2 ln 2) = 0.6 (b_hn inside r ⊙ (…)); h′ = ¼ · 0.6 = 0.15."""
    # b_hn outside the reset (n = tanh(r ⊙ h W_hnᵀ + b_hn)) would give tanh(2 ln 2) = 15/17
    kata.check("gru_cell", Z11, Z11, np.zeros((3, 1)), np.zeros((3, 1)), np.array([0.0, LN3, 0.0]),
               np.array([0.0, 0.0, 2 * LN2]), expected=np.array([[0.15]]))


def test_gru_keeps_z_of_the_old_state_by_hand(kata):
    """Weights and biases 0, h = 1: r = z = ½, n = tanh(0 + ½·0) = 0, h′ = (1 − ½)·0 + ½·1 = 0.5."""
    kata.check("gru_cell", Z11, np.ones((1, 1)), np.zeros((3, 1)), np.zeros((3, 1)), np.zeros(3), np.zeros(3),
               expected=np.array([[0.5]]))


def test_gru_update_gate_weights_the_old_state_by_hand(kata):
    """h = 1, b_iz = ln 3 (z = ¾), b_in = ln 2 (n = tanh(ln 2 + r·0) = 0.6): h′ = ¼·0.6 + ¾·1 = 0.9."""
    # the other convention h′ = z·n + (1 − z)·h would give 0.45 + 0.25 = 0.7
    kata.check("gru_cell", Z11, np.ones((1, 1)), np.zeros((3, 1)), np.zeros((3, 1)), np.array([0.0, LN3, LN2]),
               np.zeros(3), expected=np.array([[0.9]]))


def test_gru_reset_gate_on_the_hidden_weights_by_hand(kata):
    """h = 1, W_hr = ln 3 (r = ¾), W_hn = (4/3)·ln 2: n = tanh(¾·(4/3)·ln 2) = tanh(ln 2) = 0.6, z = ½: h′ = 0.3 + 0.5 = 0.8."""
    W_hh = np.array([[LN3], [0.0], [4 * LN2 / 3]])
    # order z, r, n would give r = ½: n = tanh(⅔ ln 2), z = ¾
    kata.check("gru_cell", Z11, np.ones((1, 1)), np.zeros((3, 1)), W_hh, np.zeros(3), np.zeros(3),
               expected=np.array([[0.8]]))


def test_lstm_matches_reference_on_random_batches(kata, rng):
    """Random N (1 to 4), D (1 to 4), H (1 to 4): h′ and c′ against the reference."""
    arg_sets = []
    for _ in range(8):
        n, d, h = (int(v) for v in rng.integers(1, 5, size=3))
        arg_sets.append(((rng.standard_normal((n, d)), rng.standard_normal((n, h)), rng.standard_normal((n, h)),
                          *_lstm_params(rng, d, h)), {}))
    kata.check_each("lstm_cell", arg_sets)


def test_gru_matches_reference_on_random_batches(kata, rng):
    """Random N (1 to 4), D (1 to 4), H (1 to 4): h′ against the reference."""
    arg_sets = []
    for _ in range(8):
        n, d, h = (int(v) for v in rng.integers(1, 5, size=3))
        arg_sets.append(((rng.standard_normal((n, d)), rng.standard_normal((n, h)), *_gru_params(rng, d, h)), {}))
    kata.check_each("gru_cell", arg_sets)


def test_saturated_gates(kata):
    """Pre-activations of ±40: σ is 0 or 1 to double precision and nothing overflows; f = 1, i = 0 keep c; z = 1 keeps h."""
    big = 40.0
    c = np.array([[0.7]])
    kata.check("lstm_cell", Z11, Z11, c, Z41, Z41, np.array([-big, big, 0.0, big]), np.zeros(4),
               expected=(np.tanh(c), c.copy()))
    kata.check("gru_cell", Z11, np.array([[0.3]]), np.zeros((3, 1)), np.zeros((3, 1)), np.array([0.0, big, 0.0]),
               np.zeros(3), expected=np.array([[0.3]]))
