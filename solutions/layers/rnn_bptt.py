"""A vanilla (tanh) RNN over T steps: forward, and backpropagation through time.

Task
    A vanilla RNN reads a batch of sequences x (N, T, D) one step at a time, carrying a hidden
    state of width H:

        h_t = tanh(x_t Wx + h_{t−1} Wh + b),     t = 1 … T,  starting from h_0 = h0

    rnn_forward returns every hidden state hs = (h_1, …, h_T), shape (N, T, H) (h0 not
    included). rnn_backward gets dhs = ∂L/∂hs (a gradient arriving at EVERY step, e.g. from a
    per-step output layer) and returns the gradients with respect to x, h0 and the parameters.
    Walk backwards in time: the gradient reaching h_t is dhs_t PLUS what flows back from step
    t + 1 through Wh:

        dh_t = dhs_t + da_{t+1} Whᵀ,       da_t = dh_t ⊙ (1 − h_t²)        (tanh′ = 1 − tanh²)
        dx_t = da_t Wxᵀ,   dWx = Σ_t x_tᵀ da_t,   dWh = Σ_t h_{t−1}ᵀ da_t,   db = Σ_t Σ_n da_t
        dh0 = da_1 Whᵀ

Signature
    rnn_forward(x, h0, Wx, Wh, b) -> hs
    rnn_backward(dhs, x, h0, Wx, Wh, b) -> (dx, dh0, dWx, dWh, db)
    The backward pass takes the forward's inputs and may run the forward again (no cache).

Shapes and types
    x, dx     float64 arrays (N, T, D), N ≥ 1, T ≥ 1
    h0, dh0   float64 arrays (N, H)
    Wx, dWx   float64 arrays (D, H);  Wh, dWh  (H, H);  b, db  (H,)
    hs, dhs   float64 arrays (N, T, H)
    returns   forward: a new float64 array (N, T, H); backward: a tuple of five new float64
              arrays with the shapes above

Example
    >>> x = np.ones((1, 3, 1)); h0 = np.zeros((1, 1))
    >>> Wx, Wh, b = np.array([[1.0]]), np.array([[2.0]]), np.array([-1.0])   # every pre-activation is 0
    >>> rnn_forward(x, h0, Wx, Wh, b)[0, :, 0]
    array([0., 0., 0.])
    >>> dx, dh0, dWx, dWh, db = rnn_backward(np.ones((1, 3, 1)), x, h0, Wx, Wh, b)
    >>> dx[0, :, 0], dh0, db          # da = (1 + 2(1 + 2·1), 1 + 2·1, 1) = (7, 3, 1)
    (array([7., 3., 1.]), array([[14.]]), array([11.]))

Constraints
    numpy only; a Python loop over the T steps is expected. Returns new arrays; inputs are not
    modified.
    Coming from PyTorch: torch.nn.RNN(D, H, nonlinearity="tanh", batch_first=True) computes
    h_t = tanh(x_t W_ihᵀ + b_ih + h_{t−1} W_hhᵀ + b_hh): our Wx is W_ihᵀ, our Wh is W_hhᵀ, and
    our single b plays the role of b_ih + b_hh (db is the gradient of each of them). Its output
    is our hs, and dx, dh0, dWx, dWh are x.grad, h0.grad and the transposes of the weights' grads
    for L = Σ hs ⊙ dhs.

    The hidden tests use N ≤ 3, T ≤ 5, D ≤ 4, H ≤ 4.

Time budget: 35 minutes.
"""
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    # BEGIN SOLUTION
    # Complexity: O(T·N·H·(D + H)) time, O(N·T·H) memory for hs (T steps, N sequences, D inputs, H hidden).
    n, t_steps, _ = x.shape
    hs = np.empty((n, t_steps, Wh.shape[0]))
    h = h0
    for t in range(t_steps):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs
    # END SOLUTION


def rnn_backward(dhs, x, h0, Wx, Wh, b):
    # BEGIN SOLUTION
    hs = rnn_forward(x, h0, Wx, Wh, b)
    t_steps = x.shape[1]
    dx = np.empty(x.shape)
    dWx, dWh, db = np.zeros(Wx.shape), np.zeros(Wh.shape), np.zeros(b.shape)
    dh_next = np.zeros(h0.shape)          # what flows back into h_t from step t + 1
    for t in reversed(range(t_steps)):
        h = hs[:, t]
        h_prev = hs[:, t - 1] if t > 0 else h0
        da = (dhs[:, t] + dh_next) * (1.0 - h * h)
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T               # the gradient reaching h_{t-1}
    return dx, dh_next, dWx, dWh, db
    # END SOLUTION
