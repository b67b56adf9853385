"""Skip-gram with negative sampling (word2vec): the loss of one example and its gradients.

Task
    word2vec keeps two vectors per word: an input (centre) vector, row w of W_in, and an output
    (context) vector, row w of W_out. For one training example — a centre word c, a context
    word o seen near it, and K negative words n_1 … n_K drawn from a noise distribution — with
    v = W_in[c], u_o = W_out[o], u_k = W_out[n_k] and σ(x) = 1 / (1 + e^(−x)):
        loss = −ln σ(u_o · v) − Σ_k ln σ(−u_k · v)
    Return the loss and its gradients:
        grad_center = ∂loss/∂v = (σ(u_o · v) − 1) · u_o + Σ_k σ(u_k · v) · u_k        shape (d,)
        grad_out    = ∂loss/∂W_out, shape (V, d): zero except
                      row o   gets (σ(u_o · v) − 1) · v
                      row n_k gets σ(u_k · v) · v, for each k
    Contributions to the same row ADD UP: a negative drawn twice contributes twice, and a
    negative equal to o adds to o's row.
    Compute ln σ stably: ln σ(x) = −ln(1 + e^(−x)) (np.logaddexp(0, −x)), and σ without overflow,
    so scores of ±1000 give finite, correct values (−ln σ(−1000) = 1000, not inf).

Signature
    sgns_loss_and_grads(W_in, W_out, center, context, negatives) -> (loss, grad_center, grad_out)

Shapes and types
    W_in, W_out     float64 arrays of shape (V, d)
    center, context ints in 0 … V−1 (they may be equal: they index different matrices)
    negatives       a list of K ints in 0 … V−1, K ≥ 0; repeats allowed
    returns         loss a Python float; grad_center a new float64 array (d,); grad_out a new
                    float64 array (V, d). The inputs are not modified.

Example
    >>> import numpy as np
    >>> W_in = np.array([[1.0, 2.0], [0.0, 0.0]])
    >>> W_out = np.array([[2.0, -1.0], [0.0, 0.0]])     # u_0 · v = 0, u_1 · v = 0
    >>> loss, grad_center, grad_out = sgns_loss_and_grads(W_in, W_out, 0, 0, [1])
    >>> round(loss, 6)                                   # 2 ln 2
    1.386294
    >>> grad_center                                       # −0.5 · u_0 + 0.5 · u_1
    array([-1. ,  0.5])
    >>> grad_out                                          # row 0: −0.5 · v, row 1: 0.5 · v
    array([[-0.5, -1. ],
           [ 0.5,  1. ]])

Constraints
    numpy only. Hidden tests use V ≤ 20, d ≤ 8, K ≤ 10 and scores up to ±1000.
    Coming from gensim / the original C code: they apply these gradients at once with a
    learning rate (and clip σ through a lookup table for |x| > 6); here nothing is updated and σ
    is exact.

Time budget: 30 minutes.
"""
import numpy as np


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    # BEGIN SOLUTION
    v = W_in[center]
    negatives = np.asarray(negatives, dtype=np.int64).reshape(-1)
    u_o = W_out[context]
    u_neg = W_out[negatives]                         # (K, d), a copy (fancy indexing)
    positive = u_o @ v
    negative = u_neg @ v                             # (K,)
    # −ln σ(x) = ln(1 + e^(−x)) = logaddexp(0, −x): no overflow for any x
    loss = np.logaddexp(0.0, -positive) + np.sum(np.logaddexp(0.0, negative))
    # σ(x) = exp(−logaddexp(0, −x)) stays in [0, 1] without warnings
    sigma_pos = np.exp(-np.logaddexp(0.0, -positive))
    sigma_neg = np.exp(-np.logaddexp(0.0, -negative))
    grad_center = (sigma_pos - 1.0) * u_o + sigma_neg @ u_neg
    grad_out = np.zeros_like(W_out, dtype=np.float64)
    grad_out[context] += (sigma_pos - 1.0) * v
    np.add.at(grad_out, negatives, sigma_neg[:, None] * v)   # repeated rows accumulate
    return float(loss), grad_center.astype(np.float64), grad_out
    # END SOLUTION
