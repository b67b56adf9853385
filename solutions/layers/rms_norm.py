"""RMSNorm (as in LLaMA): forward and backward over the last axis.

Task
    RMSNorm rescales each example by the root mean square of its D features (no mean is
    subtracted, no bias is added), then scales each feature by a learned gamma:

        rms = sqrt(mean_d x² + eps),      out = gamma ⊙ x / rms

    Write the forward pass and the backward pass: given dout = ∂L/∂out, return dx and dgamma.
    rms depends on every feature of the same example, so with dxhat = dout ⊙ gamma

        dx = dxhat / rms − x · Σ_d (dxhat ⊙ x) / (D · rms³)
        dgamma = Σ over every leading position of dout ⊙ x / rms

Signature
    rms_norm_forward(x, gamma, eps=1e-6) -> out
    rms_norm_backward(dout, x, gamma, eps=1e-6) -> (dx, dgamma)

Shapes and types
    x, dout, out, dx   float64 arrays of the same shape (*, D): one or more leading dimensions,
                       e.g. (N, D) or (N, T, D); D ≥ 1
    gamma              a float64 array of shape (D,)
    returns            forward: a float64 array of x's shape; backward: a tuple (dx, dgamma) of
                       float64 arrays of shapes x.shape and (D,)
    eps ≥ 0; with eps = 0 every row must have a nonzero entry. A row of zeros (eps > 0) gives
    out = 0 and dx = dxhat / sqrt(eps).

Example
    >>> rms_norm_forward(np.array([[1.0, 7.0]]), np.array([1.0, 2.0]), eps=0.0)   # rms = sqrt(25) = 5
    array([[0.2, 2.8]])
    >>> dx, dgamma = rms_norm_backward(np.array([[1.0, 0.0]]), np.array([[1.0, 7.0]]), np.ones(2), eps=0.0)
    >>> dx, dgamma
    (array([[ 0.196, -0.028]]), array([0.2, 0. ]))

Constraints
    numpy only. eps goes INSIDE the square root, added to the mean of the squares (LLaMA's
    x · rsqrt(mean(x²) + eps), and torch.nn.RMSNorm's). Returns new arrays; inputs are not modified.
    Coming from PyTorch: torch.nn.RMSNorm computes the same thing, but its default eps is None,
    which means torch.finfo(x.dtype).eps (2.2e-16 for float64); ours defaults to 1e-6, the
    default of Meta's LLaMA reference code (released configurations use 1e-6 or 1e-5: pass it).
    No "1 + gamma" offset (that is Gemma's variant).

    The hidden tests use x with at most 3 axes, each of length ≤ 6.

Time budget: 25 minutes.
"""
import numpy as np


def rms_norm_forward(x, gamma, eps=1e-6):
    # BEGIN SOLUTION
    # Complexity: O(M·D) time and O(M·D) extra memory (M rows of D features).
    rms = np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    return gamma * x / rms
    # END SOLUTION


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    # BEGIN SOLUTION
    d = x.shape[-1]
    inv_rms = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    lead = tuple(range(x.ndim - 1))               # gamma is shared by every position
    dgamma = (dout * x * inv_rms).sum(axis=lead)
    dxhat = dout * gamma
    # rms depends on every x of the row: ∂rms/∂x_j = x_j / (D · rms)
    dx = dxhat * inv_rms - x * (dxhat * x).sum(axis=-1, keepdims=True) * inv_rms ** 3 / d
    return dx, dgamma
    # END SOLUTION
