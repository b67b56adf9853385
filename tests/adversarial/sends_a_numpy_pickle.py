"""Writes a standard numpy pickle on the channel (an array rebuilt by numpy's reduce functions,
with a dtype object of its choosing) instead of plain data."""
# expect: forbidden
import sys
import pickle

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    fake = np.lib.stride_tricks.as_strided(np.zeros(1), shape=(10 ** 5,), strides=(0,))
    channel.send_bytes(pickle.dumps(("returned", fake, None, [])))
    import time
    time.sleep(60)
