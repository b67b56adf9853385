"""Recurses without end."""
# expect: failed


def gradient_descent(x0, learning_rate, n_steps):
    return gradient_descent(x0, learning_rate, n_steps + 1)
