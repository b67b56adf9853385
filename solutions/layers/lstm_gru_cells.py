"""One step of an LSTM cell and of a GRU cell, with PyTorch's weight layout and gate order.

Task
    Write one time step of each gated cell for a batch of N inputs of width D and hidden width H,
    with the weights laid out exactly as torch.nn.LSTMCell and torch.nn.GRUCell store them (so
    weights can be copied across): the gate blocks are stacked along the FIRST axis of W_ih and
    W_hh, and each layer has two biases.

    LSTM, gates in the order i, f, g, o (rows 0:H, H:2H, 2H:3H, 3H:4H):
        [a_i, a_f, a_g, a_o] = x W_ihᵀ + b_ih + h W_hhᵀ + b_hh           (N, 4H)
        i = σ(a_i), f = σ(a_f), g = tanh(a_g), o = σ(a_o)
        c′ = f ⊙ c + i ⊙ g,      h′ = o ⊙ tanh(c′)

    GRU, gates in the order r, z, n (rows 0:H, H:2H, 2H:3H):
        r = σ(x W_irᵀ + b_ir + h W_hrᵀ + b_hr)
        z = σ(x W_izᵀ + b_iz + h W_hzᵀ + b_hz)
        n = tanh(x W_inᵀ + b_in + r ⊙ (h W_hnᵀ + b_hn))     (r multiplies the WHOLE hidden term, bias included)
        h′ = (1 − z) ⊙ n + z ⊙ h

    σ is the logistic sigmoid 1 / (1 + e^(−a)).

Signature
    lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh) -> (h_new, c_new)
    gru_cell(x, h, W_ih, W_hh, b_ih, b_hh) -> h_new

Shapes and types
    x            a float64 array (N, D)
    h, c         float64 arrays (N, H)
    LSTM: W_ih (4H, D), W_hh (4H, H), b_ih and b_hh (4H,)
    GRU:  W_ih (3H, D), W_hh (3H, H), b_ih and b_hh (3H,)
    returns      lstm_cell: a tuple (h_new, c_new) of new float64 arrays (N, H);
                 gru_cell: a new float64 array (N, H)

Example
    >>> H = 1; x = np.zeros((1, 1)); h = np.zeros((1, 1)); c = np.array([[2.0]])
    >>> b = np.array([0.0, np.log(3), np.log(2), -np.log(3)])  # i = 1/2, f = 3/4, g = tanh(ln 2) = 0.6, o = 1/4
    >>> h_new, c_new = lstm_cell(x, h, c, np.zeros((4, 1)), np.zeros((4, 1)), b, np.zeros(4))
    >>> c_new                                                     # 3/4 · 2 + 1/2 · 0.6
    array([[1.8]])

Constraints
    numpy only. Returns new arrays; inputs are not modified. The helper _sigmoid(a), given in
    the file, computes σ without overflow; use it or your own.
    Coming from PyTorch: identical to torch.nn.LSTMCell (weight_ih, weight_hh, bias_ih, bias_hh;
    gate order i, f, g, o) and torch.nn.GRUCell (gate order r, z, n; r inside the hidden term's
    bias, h′ = (1 − z)·n + z·h). Keras orders the LSTM gates i, f, c, o (the same), but its GRU
    defaults to z, r, h and TensorFlow 1's LSTMCell to i, j, f, o: those orders are wrong here.
    Unlike our layers/rnn_bptt, whose weights are (in, out), these are (out, in) like PyTorch's.

    The hidden tests use N ≤ 4, D ≤ 4, H ≤ 4.

Time budget: 25 minutes.
"""
import numpy as np


def _sigmoid(a):
    # e^(−|a|) never overflows; both branches give 1 / (1 + e^(−a))
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    # BEGIN SOLUTION
    # Complexity: O(N·H·(D + H)) time, O(N·H) extra memory (N rows, D inputs, H hidden).
    hidden = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh                    # (N, 4H), blocks i, f, g, o
    i = _sigmoid(a[:, :hidden])
    f = _sigmoid(a[:, hidden:2 * hidden])
    g = np.tanh(a[:, 2 * hidden:3 * hidden])
    o = _sigmoid(a[:, 3 * hidden:])
    c_new = f * c + i * g                                        # forget some memory, write some new
    h_new = o * np.tanh(c_new)
    return h_new, c_new
    # END SOLUTION


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    # BEGIN SOLUTION
    hidden = h.shape[1]
    gi = x @ W_ih.T + b_ih                                       # (N, 3H), blocks r, z, n
    gh = h @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :hidden] + gh[:, :hidden])
    z = _sigmoid(gi[:, hidden:2 * hidden] + gh[:, hidden:2 * hidden])
    n = np.tanh(gi[:, 2 * hidden:] + r * gh[:, 2 * hidden:])     # r gates h W_hnᵀ + b_hn together
    return (1.0 - z) * n + z * h
    # END SOLUTION
