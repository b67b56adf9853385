"""Loops forever and swallows every exception an in-process timer could raise."""
# expect: timeout


def gradient_descent(x0, learning_rate, n_steps):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
