"""Never raises: a shape that does not broadcast to the gradient gives a silently wrong answer.

The statement asks for ValueError when `shape` does not broadcast to grad.shape (more axes than grad, or an axis that is neither 1 nor equal to grad's, the shapes aligned at the END).
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = max(grad.ndim - len(shape), 0)
    out = grad.sum(axis=tuple(range(extra)))
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and i < out.ndim and out.shape[i] != 1)
    return np.array(out.sum(axis=size_one, keepdims=True), dtype=np.float64)
