"""An endless loop in the function."""
# expect: timeout


def gradient_descent(x0, learning_rate, n_steps):
    while True:
        pass
