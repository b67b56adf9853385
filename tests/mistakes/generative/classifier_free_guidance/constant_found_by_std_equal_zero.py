"""A constant sample is found by testing the computed std against 0: np.std of equal entries can be 1e-16.

The mean of seven entries 0.7 is rounded, so np.std of them is 1.1e-16, not 0, and the ratio
becomes 1e-16/1e-16, anything at all. The statement's rule is about the entries: a sample whose
entries are all equal (max == min) has std exactly 0. Compare the entries, not the std with 0.
"""
import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u = np.asarray(eps_uncond, dtype=np.float64)
    c = np.asarray(eps_cond, dtype=np.float64)
    if u.shape != c.shape or u.ndim < 2 or not 0.0 <= guidance_rescale <= 1.0:
        raise ValueError("bad arguments")
    g = u + guidance_scale * (c - u)
    if guidance_rescale == 0.0:
        return g
    axes = tuple(range(1, g.ndim))
    std_c = c.std(axis=axes, keepdims=True)
    std_g = g.std(axis=axes, keepdims=True)
    ratio = np.where(std_g == 0, 1.0, std_c / np.where(std_g == 0, 1.0, std_g))
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
