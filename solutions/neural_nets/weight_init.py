"""Weight initialisation: Xavier/Glorot (uniform and normal) and He/Kaiming (normal).

Task
    Draw the initial weight matrix W of a dense layer out = x W + b with fan_in inputs and
    fan_out outputs, so that W has shape (fan_in, fan_out):

    xavier_uniform  W ~ U(−a, a),  a = gain · √(6 / (fan_in + fan_out))
                    (variance a²/3 = gain² · 2 / (fan_in + fan_out))
    xavier_normal   W ~ N(0, std²), std = gain · √(2 / (fan_in + fan_out))
    he_normal       W ~ N(0, std²), std = √2 / √fan_in = √(2 / fan_in)
                    (Kaiming, fan_in mode, ReLU gain √2: keeps the forward variance of a ReLU net)

    The draw is pinned, so that a correct answer reproduces the reference's numbers (up to
    rounding, compared within a relative 1e-6): create
    rng = np.random.default_rng(seed), then make ONE call

        xavier_uniform:             rng.uniform(-a, a, size=(fan_in, fan_out))
        xavier_normal, he_normal:   rng.normal(0.0, std, size=(fan_in, fan_out))

    (rng.random(...) scaled to (−a, a), or rng.standard_normal(...) · std, draw the same numbers.)

Signature
    xavier_uniform(fan_in, fan_out, *, gain=1.0, seed) -> ndarray
    xavier_normal(fan_in, fan_out, *, gain=1.0, seed) -> ndarray
    he_normal(fan_in, fan_out, *, seed) -> ndarray
    `gain` and `seed` are passed by keyword.

Shapes and types
    fan_in, fan_out  ints ≥ 1 (raise ValueError for anything smaller)
    gain             a float > 0
    seed             an int
    returns          a float64 array of shape (fan_in, fan_out)

Example
    With fan_in + fan_out = 6 the Xavier bound is √(6/6) = 1; with fan_in = 8, He's std is ½:

    >>> xavier_uniform(2, 4, seed=0).shape
    (2, 4)
    >>> bool(np.all(xavier_uniform(2, 4, seed=0) == np.random.default_rng(0).uniform(-1.0, 1.0, size=(2, 4))))
    True
    >>> bool(np.all(he_normal(8, 3, seed=1) == np.random.default_rng(1).normal(0.0, 0.5, size=(8, 3))))
    True

Constraints
    numpy only; use only the generator and the one call above (not np.random.seed or the global
    np.random functions, which are a different generator).
    PyTorch's torch.nn.init.xavier_uniform_, xavier_normal_ and kaiming_normal_ (mode="fan_in",
    nonlinearity="relu", or its default "leaky_relu" with a = 0: both give gain √2) use the same
    formulas, but PyTorch's weight has shape (fan_out, fan_in) and it computes x Wᵀ: our W has
    the transposed shape (fan_in, fan_out) because we compute x W. The numbers differ too
    (another generator). PyTorch's nn.Linear does NOT use either by default: it draws
    U(−1/√fan_in, 1/√fan_in) (kaiming_uniform_ with a = √5). scikit-learn's MLP draws its
    weights from U(−a, a) with the same Xavier bound a = √(6/(fan_in + fan_out)) and the same
    shape (fan_in, fan_out) as here (but its own legacy generator, and a = √(2/(fan_in + fan_out))
    for logistic activations). Keras's GlorotNormal and HeNormal draw from a TRUNCATED normal
    (cut at 2 std, rescaled); ours are plain normals, as in PyTorch.

    The hidden tests use fan_in, fan_out ≤ 500.

Time budget: 15 minutes.
"""
import math

import numpy as np


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    # BEGIN SOLUTION
    # Complexity: O(fan_in·fan_out) time and memory for the drawn matrix.
    _check_fans(fan_in, fan_out)
    # Variance a²/3 = 2/(fan_in + fan_out): a compromise between the forward pass (1/fan_in)
    # and the backward pass (1/fan_out).
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    rng = np.random.default_rng(seed)
    return rng.uniform(-a, a, size=(fan_in, fan_out))
    # END SOLUTION


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    # BEGIN SOLUTION
    _check_fans(fan_in, fan_out)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=(fan_in, fan_out))
    # END SOLUTION


def he_normal(fan_in, fan_out, *, seed):
    # BEGIN SOLUTION
    _check_fans(fan_in, fan_out)
    # ReLU zeroes half its inputs, halving the variance; the gain √2 puts it back.
    std = math.sqrt(2.0 / fan_in)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=(fan_in, fan_out))
    # END SOLUTION


# BEGIN SOLUTION
def _check_fans(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError(f"fan_in and fan_out must be at least 1, got {fan_in} and {fan_out}")
# END SOLUTION
