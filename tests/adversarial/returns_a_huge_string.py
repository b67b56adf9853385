"""Returns a 30 MB string (it travels: it is plain data under the reply's size limit) where an
array is expected."""
# expect: failed


def gradient_descent(x0, learning_rate, n_steps):
    return "x" * 30_000_000
