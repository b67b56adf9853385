"""One axis at a time: drop leading axes with sum(axis=0), then sum size-1 axes with keepdims."""
import numpy as np


def unbroadcast(grad, shape):
    out = np.array(grad, dtype=float)           # a copy: the no-op path returns a new array too
    shape = tuple(shape)
    if len(shape) > out.ndim:
        raise ValueError("shape has more axes than grad")
    while out.ndim > len(shape):
        out = out.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == out.shape[axis]:
            continue
        if size != 1:
            raise ValueError("shape does not broadcast to grad")
        out = out.sum(axis=axis, keepdims=True)
    return np.asarray(out)           # a sum down to () gives a numpy scalar: wrap it as a 0-d array
