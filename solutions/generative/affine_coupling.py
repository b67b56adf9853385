"""An affine coupling layer (RealNVP, Dinh, Sohl-Dickstein and Bengio 2017): forward, inverse, log-det.

Task
    A normalizing flow needs layers that are invertible and whose Jacobian determinant is cheap.
    A coupling layer leaves some dimensions alone (mask m_j = 1) and moves the others (m_j = 0)
    by a scale and a shift computed from the untouched ones only. Write a class `AffineCoupling`
    whose scale net s and translation net t are single linear maps (no hidden layer), for a
    batch of rows x (n, d):

        x_m  = m ⊙ x                                  (the masked input: moved dimensions zeroed)
        s(x) = tanh(x_m @ w_s + b_s)                  (n, d)
        t(x) = x_m @ w_t + b_t                        (n, d)
        y    = x_m + (1 − m) ⊙ (x ⊙ exp(s(x)) + t(x))
        log_det = Σ_j (1 − m_j) · s(x)_j              per row: log |det ∂y/∂x|, shape (n,)

    ⊙ is element-wise, m broadcasts over the rows. Since m ⊙ y = m ⊙ x, the inverse recomputes
    s and t from y and undoes the affine map on the moved dimensions:

        x = m ⊙ y + (1 − m) ⊙ ((y − t(y)) ⊙ exp(−s(y)))

Signature
    class AffineCoupling:
        AffineCoupling(mask, w_s, b_s, w_t, b_t)
        .forward(x) -> (y, log_det)
        .inverse(y) -> x

Shapes and types
    mask: a 1-D array of d ≥ 1 entries, each 0 or 1 (ints, floats or bools); 1 = passes through.
    w_s, w_t: (d, d) float64 arrays; b_s, b_t: (d,) float64 arrays.
    x, y: (n, d) float64 arrays (ints accepted), n ≥ 0. forward returns a tuple of a new (n, d) float64 array y
    and a new (n,) float64 array log_det; inverse returns a new (n, d) float64 array.
    The object keeps COPIES of the constructor's arrays (the caller may change them later), and
    neither method changes the object or its argument.

Example
    >>> import numpy as np
    >>> layer = AffineCoupling(np.array([1, 0]), np.zeros((2, 2)), np.array([0.0, 0.5]),
    ...                        np.zeros((2, 2)), np.array([0.0, 1.0]))
    >>> y, log_det = layer.forward(np.array([[3.0, 2.0]]))    # 2·exp(tanh 0.5) + 1; log_det = tanh 0.5
    >>> np.round(y, 6).tolist(), np.round(log_det, 6).tolist()
    ([[3.0, 4.174863]], [0.462117])
    >>> np.round(layer.inverse(y), 12).tolist()
    [[3.0, 2.0]]

Constraints
    Plain Python and numpy only. inverse(forward(x)[0]) equals x to 1e-12 (relative and
    absolute). An all-ones mask is the identity (log_det 0); an all-zeros mask moves every
    dimension by constants (s = tanh(b_s), t = b_t). ValueError for: a mask that is not 1-D,
    is empty or holds a value other than 0 and 1; w_s or w_t not of shape (d, d); b_s or b_t
    not of shape (d,); an x or y given to forward or inverse that is not 2-D with d columns.

    Coming from PyTorch: RealNVP implementations often take s and t from one network that
    outputs both, and some use y = x ⊙ exp(s) + t without the tanh, or a sigmoid scale (Glow);
    here s has the tanh, and the two nets are single linear maps given as arrays.

    The hidden tests use d ≤ 6, n ≤ 12, |x| ≤ 1000 and weights up to 5 in size.

Time budget: 25 minutes.
"""
import numpy as np


class AffineCoupling:
    def __init__(self, mask, w_s, b_s, w_t, b_t):
        # BEGIN SOLUTION
        # Complexity: O(D²) to copy the weights; forward and inverse O(n·D²) time for n samples of D dimensions (two D×D products), O(n·D) memory.
        # np.array copies: the layer never holds the caller's arrays
        mask = np.array(mask, dtype=np.float64)
        if mask.ndim != 1 or mask.size == 0 or not np.all((mask == 0) | (mask == 1)):
            raise ValueError("mask must be a non-empty 1-D array of 0s and 1s")
        d = mask.size
        self.mask = mask
        self.w_s, self.w_t = np.array(w_s, dtype=np.float64), np.array(w_t, dtype=np.float64)
        self.b_s, self.b_t = np.array(b_s, dtype=np.float64), np.array(b_t, dtype=np.float64)
        for name, array, shape in (("w_s", self.w_s, (d, d)), ("w_t", self.w_t, (d, d)),
                                   ("b_s", self.b_s, (d,)), ("b_t", self.b_t, (d,))):
            if array.shape != shape:
                raise ValueError(f"{name} has shape {array.shape}, expected {shape}")
        # END SOLUTION

    def forward(self, x):
        # BEGIN SOLUTION
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.mask.size:
            raise ValueError(f"x must have shape (n, {self.mask.size}), got {x.shape}")
        # both nets see only the dimensions that pass through, so the inverse can recompute them
        x_m = x * self.mask
        s, t = np.tanh(x_m @ self.w_s + self.b_s), x_m @ self.w_t + self.b_t
        moved = 1.0 - self.mask
        y = x_m + moved * (x * np.exp(s) + t)
        # the Jacobian is triangular (after reordering): its diagonal is 1 or exp(s_j)
        log_det = (s * moved).sum(axis=1)
        return y, log_det
        # END SOLUTION

    def inverse(self, y):
        # BEGIN SOLUTION
        y = np.asarray(y, dtype=np.float64)
        if y.ndim != 2 or y.shape[1] != self.mask.size:
            raise ValueError(f"y must have shape (n, {self.mask.size}), got {y.shape}")
        y_m = y * self.mask                       # = m ⊙ x: the same s and t as in forward
        s, t = np.tanh(y_m @ self.w_s + self.b_s), y_m @ self.w_t + self.b_t
        return y_m + (1.0 - self.mask) * ((y - t) * np.exp(-s))
        # END SOLUTION
