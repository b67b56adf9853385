"""Plants a .pth file in the virtualenv that runs the grader (every later Python start would run
it), by a path the hook would see; the refusal is caught, but the attempt itself is tampering."""
# expect: forbidden
import os
import site

import numpy as np

for folder in site.getsitepackages():
    try:
        with open(os.path.join(folder, "katagrad_pwned.pth"), "w") as out:
            out.write("import os; os.system('echo pwned > /tmp/katagrad-pwned')\n")
    except OSError:
        pass


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
