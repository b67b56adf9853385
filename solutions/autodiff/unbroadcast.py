"""Sum a broadcast gradient back to an input's shape.

Task
    When an operation broadcasts an input x of shape S to a larger shape G (x + y with x of
    shape (3, 1) and y of shape (2, 3, 4) gives shape (2, 3, 4)), each entry of x is used many
    times, so the gradient for x is the upstream gradient (shape G) SUMMED over every place
    the entry was copied to. Write `unbroadcast(grad, shape)` that does this sum and returns a
    gradient of exactly `shape`:

      1. sum over the leading axes that broadcasting added (G has more dimensions than S);
      2. then sum, keeping the axis (keepdims), over every axis where S has size 1 and G does not.

Signature
    unbroadcast(grad, shape) -> numpy.ndarray
        grad   a float64 array of shape G, the gradient of the broadcast result
        shape  a tuple of int, the input's shape S, that broadcasts to G

Shapes and types
    Returns a NEW float64 numpy array of shape exactly `shape`, always an ndarray: for
    shape == () it is a 0-d array (np.array(total)), not a numpy scalar or a float. When
    shape == grad.shape nothing is summed and the result is a copy of grad.

Example
    >>> import numpy as np
    >>> grad = np.arange(6.0).reshape(2, 3)        # [[0, 1, 2], [3, 4, 5]]
    >>> unbroadcast(grad, (3,))                     # a bias of shape (3,) added to every row
    array([3., 5., 7.])
    >>> unbroadcast(grad, (2, 1))                   # a column broadcast across 3 columns
    array([[ 3.],
           [12.]])
    >>> unbroadcast(grad, ())                       # a scalar: the sum of everything
    array(15.)

Constraints
    numpy only. Returns a new array; grad is not modified. Broadcasting follows numpy: shapes
    are aligned at their LAST axis, S may have fewer dimensions than G, and an axis of S
    broadcasts only if its size is 1 (an axis of size 1 in BOTH S and G needs no sum, but
    summing it is harmless). If `shape` does not broadcast to grad.shape (more dimensions
    than grad, or an axis that is neither 1 nor equal to grad's), raise ValueError. This is
    what PyTorch's autograd does for broadcast operations (torch.Tensor.sum_to_size(*shape)
    gives the same numbers); numpy has no such function.

    The hidden tests use grad with at most 4 axes and 96 entries.

Time budget: 15 minutes.
"""
import numpy as np


def unbroadcast(grad, shape):
    # BEGIN SOLUTION
    # Complexity: O(size of grad) time, O(size of grad) extra memory at most (the partial sums).
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    # 1. the leading axes broadcasting added: each is a sum
    out = grad.sum(axis=tuple(range(extra)))
    # 2. axes where the input had size 1: sum, but keep the axis so the shape matches
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and out.shape[i] != 1)
    out = out.sum(axis=size_one, keepdims=True)
    # np.sum with an empty axis tuple still returns a new array; ensure an ndarray for shape ()
    return np.array(out, dtype=np.float64)
    # END SOLUTION
