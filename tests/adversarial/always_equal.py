"""Returns an object that says it equals anything."""
# expect: failed


class Yes:
    def __eq__(self, other):
        return True

    __hash__ = None
    shape = property(lambda self: (1,))


def gradient_descent(x0, learning_rate, n_steps):
    return Yes()
