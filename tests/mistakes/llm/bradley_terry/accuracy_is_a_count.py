"""Accuracy as a count, not a fraction: the number of pairs with r_chosen > r_rejected, not divided by N.

The accuracy is the FRACTION of pairs ranked right, a float in [0, 1]: divide the count by N
(np.mean of the booleans does both).
"""
import numpy as np


def _margins(r_chosen, r_rejected, margin):
    """z_i = r_chosen[i] − r_rejected[i] − m_i as float64, after checking the shapes."""
    chosen = np.asarray(r_chosen, dtype=np.float64)
    rejected = np.asarray(r_rejected, dtype=np.float64)
    if chosen.ndim != 1 or chosen.shape != rejected.shape:
        raise ValueError(f"r_chosen {chosen.shape} and r_rejected {rejected.shape} must be 1-D of one shape")
    if chosen.size == 0:
        raise ValueError("at least one preference pair is needed")
    m = np.asarray(margin, dtype=np.float64)
    if m.ndim != 0 and m.shape != chosen.shape:
        raise ValueError(f"margin must be a number or of shape {chosen.shape}, got {m.shape}")
    return chosen - rejected - m


def bradley_terry_loss(r_chosen, r_rejected, margin=0.0):
    z = _margins(r_chosen, r_rejected, margin)
    # −log σ(z) = log(1 + e^(−z)) = logaddexp(0, −z): exact and finite for any z
    return float(np.mean(np.logaddexp(0.0, -z)))


def bradley_terry_grad(r_chosen, r_rejected, margin=0.0):
    z = _margins(r_chosen, r_rejected, margin)
    # d(−log σ(z))/dz = −σ(−z), and σ(−z) = e^(−logaddexp(0, z)) never overflows
    d_z = -np.exp(-np.logaddexp(0.0, z)) / z.shape[0]
    return d_z, -d_z


def preference_accuracy(r_chosen, r_rejected):
    z = _margins(r_chosen, r_rejected, 0.0)
    return int(np.sum(z > 0))                     # how many pairs, not what share
