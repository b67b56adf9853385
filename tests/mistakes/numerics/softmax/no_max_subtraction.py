"""No max-subtraction: exp(x) overflows to inf for logits near 1e4 (and underflows to 0 near -1e4), giving inf/inf = nan.

Softmax does not change when every logit of a slice moves by the same amount. Subtract the
slice's maximum first (np.max(x, axis=axis, keepdims=True)): then every exponent is ≤ 0 and
the largest term is exactly exp(0) = 1, so the sum can neither overflow nor be 0.
"""
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(np.asarray(x, dtype=float))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
