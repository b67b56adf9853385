"""Gradient clipping by global norm.

Task
    Before an update, deep-learning frameworks often rescale the gradients so that their
    combined size never exceeds `max_norm`. Treat all the gradient arrays together as one long
    vector: its Euclidean length is the global norm,

        global_norm = sqrt( Σ over every array g and every entry i of g[i]² ).

    If global_norm > max_norm, multiply every array by the same factor max_norm / global_norm,
    so the clipped gradients have global norm max_norm and point in the same direction.
    Otherwise leave them as they are. In one formula (TensorFlow's clip_by_global_norm):

        scale = max_norm / max(global_norm, max_norm)

    with no epsilon anywhere. Return the clipped arrays and the global norm before clipping.

Signature
    clip_by_global_norm(grads, max_norm) -> (clipped, global_norm)
    `max_norm` is passed by keyword.

Shapes and types
    grads        a list of float64 numpy arrays of any shapes (0-d included); it may be empty
    max_norm     a float > 0
    returns      a tuple (clipped, global_norm):
                 clipped      a list of new float64 arrays, one per input, same shapes, same order
                              (an entry for a 0-d array may come back as a 0-d array or a numpy
                              float)
                 global_norm  a float: the norm of the gradients BEFORE clipping

Example
    >>> clipped, norm = clip_by_global_norm([np.array([3.0, 0.0]), np.array([[4.0]])], max_norm=1.0)
    >>> [np.round(g, 3) for g in clipped], norm
    ([array([0.6, 0. ]), array([[0.8]])], 5.0)
    >>> clip_by_global_norm([np.array([0.3, -0.4])], max_norm=1.0)
    ([array([ 0.3, -0.4])], 0.5)

Constraints
    Plain Python or numpy. Do not modify the input arrays: return new ones. When global_norm ≤
    max_norm the arrays come back with their values unchanged (scale is exactly 1). An empty
    list gives ([], 0.0). No epsilon: with global_norm = 1e-3 and max_norm = 5e-4 the scale is
    exactly 0.5.

Coming from PyTorch
    torch.nn.utils.clip_grad_norm_ scales by max_norm / (total_norm + 1e-6): it adds 1e-6 to
    the norm, so a clipped gradient ends slightly below max_norm and one exactly at the threshold
    is shrunk a little. This kata follows TensorFlow's tf.clip_by_global_norm: no 1e-6, the
    clipped norm is exactly max_norm, and global_norm ≤ max_norm leaves the values untouched.
    The hidden tests use at most 5 arrays of at most 30 entries each.

Time budget: 10 minutes.
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    # BEGIN SOLUTION
    # Complexity: O(N) time, O(N) memory for the clipped copies (N entries over all arrays).
    # One norm for all arrays together, as if they were flattened into a single vector.
    squared_sum = 0.0
    for g in grads:
        squared_sum += float(np.sum(np.square(g)))
    global_norm = float(np.sqrt(squared_sum))
    # max(...) makes the scale exactly 1 below the threshold, and avoids dividing by zero.
    scale = max_norm / max(global_norm, max_norm)
    # Multiplying makes new arrays: the inputs are left alone.
    clipped = [np.asarray(g, dtype=float) * scale for g in grads]
    return clipped, global_norm
    # END SOLUTION
