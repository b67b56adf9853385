"""Layer normalisation: forward and backward over the last axis.

Task
    Layer norm normalises each example over its own D features (the last axis), then scales and
    shifts each feature by a learned gamma and beta:

        mu = mean_d x,   var = mean_d (x − mu)²      (the BIASED variance, over the last axis)
        xhat = (x − mu) / sqrt(var + eps),           out = gamma ⊙ xhat + beta

    Write the forward pass and the backward pass: given dout = ∂L/∂out, return dx, dgamma and
    dbeta. mu and var depend on every feature of the same example, so with dxhat = dout ⊙ gamma

        dx = 1 / (D · sqrt(var + eps)) · (D · dxhat − Σ_d dxhat − xhat · Σ_d (dxhat ⊙ xhat))
        dgamma = Σ over every leading position of dout ⊙ xhat,   dbeta = Σ of dout likewise

Signature
    layer_norm_forward(x, gamma, beta, eps=1e-5) -> out
    layer_norm_backward(dout, x, gamma, eps=1e-5) -> (dx, dgamma, dbeta)
    The backward pass takes the forward's inputs explicitly (no cache).

Shapes and types
    x, dout, out, dx   float64 arrays of the same shape (*, D): one or more leading dimensions,
                       e.g. (N, D) or (N, T, D); D ≥ 1
    gamma, beta        float64 arrays of shape (D,)
    returns            forward: a float64 array of x's shape; backward: a tuple (dx, dgamma,
                       dbeta) of float64 arrays of shapes x.shape, (D,), (D,)
    With D = 1 every xhat is 0: out = beta on every row, dx = 0 (for eps > 0).

Example
    >>> x = np.array([[1.0, 3.0], [0.0, 2.0]])
    >>> layer_norm_forward(x, np.array([1.0, 2.0]), np.array([0.0, 0.5]), eps=0.0)
    array([[-1. ,  2.5],
           [-1. ,  2.5]])
    >>> dx, dgamma, dbeta = layer_norm_backward(np.array([[1.0, 0.0], [0.0, 1.0]]), x, np.ones(2), eps=0.0)
    >>> dgamma, dbeta
    (array([-1.,  1.]), array([1., 1.]))

Constraints
    numpy only. eps goes INSIDE the square root; the variance is the biased one (divide by D).
    Returns new arrays; inputs are not modified.
    Coming from PyTorch: the same as torch.nn.functional.layer_norm(x, (D,), gamma, beta, eps)
    (biased variance, eps inside the root, default eps 1e-5), normalising over the last axis only.
    eps = 0 is allowed, but then a row whose D values are all equal (every row when D = 1)
    is 0/0: out of scope (PyTorch gives nan there), and not tested.

    The hidden tests use x with at most 3 axes, each of length ≤ 6.

Time budget: 30 minutes.
"""
import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    # BEGIN SOLUTION
    # Complexity: O(M·D) time and O(M·D) extra memory (M rows of D features).
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)          # biased: divides by D
    xhat = (x - mu) / np.sqrt(var + eps)
    return gamma * xhat + beta
    # END SOLUTION


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    # BEGIN SOLUTION
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) * inv_std
    lead = tuple(range(x.ndim - 1))              # gamma and beta are shared by every position
    dgamma = (dout * xhat).sum(axis=lead)
    dbeta = dout.sum(axis=lead)
    dxhat = dout * gamma                         # gamma varies along D, so it goes inside the sums
    dx = inv_std / d * (d * dxhat - dxhat.sum(axis=-1, keepdims=True)
                        - xhat * (dxhat * xhat).sum(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
    # END SOLUTION
