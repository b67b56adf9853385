"""np.outer for the angles of each pair, then sines and cosines stacked side by side and flattened pair by pair."""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pairs = (D + 1) // 2
    inverse_frequencies = np.power(float(base), -2.0 * np.arange(pairs) / D)
    angles = np.outer(np.arange(T), inverse_frequencies)                      # (T, pairs)
    interleaved = np.stack([np.sin(angles), np.cos(angles)], axis=-1)          # (T, pairs, 2)
    return interleaved.reshape(T, 2 * pairs)[:, :D].astype(np.float64)        # odd D: drop the last cosine
