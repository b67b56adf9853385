"""The SwiGLU feed-forward layer of LLaMA-style models: forward and backward by hand.

Task
    LLaMA, Mistral and Qwen replace the GELU MLP by a gated one:

        a   = x W_gate            b = x W_up                  (N, F) each
        h   = silu(a) ⊙ b         silu(a) = a · σ(a),  σ(a) = 1 / (1 + e^(−a))
        out = h W_down                                        (N, d)

    Write the forward pass, and the backward pass: given d_out = ∂L/∂out for some scalar L,
    the gradients with respect to x and the three weight matrices. The derivative of silu is
        silu'(a) = σ(a) · (1 + a · (1 − σ(a))).

Signature
    swiglu_forward(x, w_gate, w_up, w_down) -> out
    swiglu_backward(x, w_gate, w_up, w_down, d_out) -> (dx, dw_gate, dw_up, dw_down)

Shapes and types
    x        float64 (N, d): N tokens (flatten batch and time before calling), N ≥ 1, d ≥ 1
    w_gate   float64 (d, F); w_up float64 (d, F); w_down float64 (F, d); F ≥ 1; used as x @ W
    d_out    float64 (N, d)
    returns  out: a new float64 (N, d); the backward: a tuple of new float64 arrays shaped
             like x, w_gate, w_up and w_down. Hidden tests use N ≤ 6, d ≤ 4, F ≤ 6.

Example
    >>> x = np.array([[1.0, 0.0]])
    >>> w_gate = np.array([[0.0], [5.0]]); w_up = np.array([[3.0], [0.0]]); w_down = np.array([[2.0, 1.0]])
    >>> swiglu_forward(x, w_gate, w_up, w_down)        # a = 0: silu(0) = 0, the gate is shut
    array([[0., 0.]])
    >>> [g.tolist() for g in swiglu_backward(x, w_gate, w_up, w_down, np.array([[1.0, 1.0]]))]
    [[[0.0, 22.5]], [[4.5], [0.0]], [[0.0], [0.0]], [[0.0, 0.0]]]

    (dh = d_out W_downᵀ = 3; da = dh · b · silu'(0) = 3 · 3 · ½ = 4.5; db = dh · silu(0) = 0.)

Constraints
    numpy only. Returns new arrays; the inputs are not modified. silu must stay finite and
    exact for pre-activations of ±1000 (silu(1000) = 1000, silu(−1000) = 0, silu'(±1000) = 1 and 0,
    all finite, no NaN): e.g. compute σ(a) from e^(−|a|). The gate is the silu branch
    (W_gate), the other branch (W_up) is linear, as in LLaMA's w1 (gate), w3 (up), w2 (down).
    Coming from PyTorch: nn.Linear stores weights as (out, in) and computes x Wᵀ; ours are
    (in, out), used as x @ W.

Time budget: 25 minutes.
"""
import numpy as np


def swiglu_forward(x, w_gate, w_up, w_down):
    # BEGIN SOLUTION
    # Complexity: O(N·d·F) time, O(N·F) extra memory.
    a = x @ w_gate
    b = x @ w_up
    e = np.exp(-np.abs(a))                              # ≤ 1: never overflows
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return (a * sigma * b) @ w_down
    # END SOLUTION


def swiglu_backward(x, w_gate, w_up, w_down, d_out):
    # BEGIN SOLUTION
    a = x @ w_gate
    b = x @ w_up
    e = np.exp(-np.abs(a))
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    silu = a * sigma
    h = silu * b

    dw_down = h.T @ d_out                               # out = h W_down
    dh = d_out @ w_down.T
    db = dh * silu                                      # h = silu(a) ⊙ b: product rule
    da = dh * b * sigma * (1.0 + a * (1.0 - sigma))     # silu'(a)
    dw_gate = x.T @ da
    dw_up = x.T @ db
    dx = da @ w_gate.T + db @ w_up.T                    # x feeds both branches
    return dx, dw_gate, dw_up, dw_down
    # END SOLUTION
