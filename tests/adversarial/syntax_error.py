"""A syntax error."""
# expect: error


def gradient_descent(x0, learning_rate, n_steps)
    return x0
