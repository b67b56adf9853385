"""Raises an exception whose __str__ itself raises."""
# expect: failed


class Nasty(Exception):
    def __str__(self):
        raise RuntimeError("no message for you")


def gradient_descent(x0, learning_rate, n_steps):
    raise Nasty()
