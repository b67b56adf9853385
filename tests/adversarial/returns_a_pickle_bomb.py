"""Returns an object whose unpickling would run code in the grader."""
# expect: failed
import os


class Bomb:
    def __reduce__(self):
        return (os.system, ("echo pwned > /tmp/katagrad-pwned",))


def gradient_descent(x0, learning_rate, n_steps):
    return Bomb()
