"""A constant sample is found with a tolerance (np.isclose(std, 0)): a sample with a tiny real spread is taken as constant.

The statement's constant sample has all its entries equal (max == min), nothing looser: entries
0.5 and 0.5 + 2⁻³⁰ have a std of 2⁻³¹, and the ratio of two such stds is an ordinary number.
Compare the entries exactly; there is no tolerance to choose.
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
    flat = np.isclose(std_g, 0.0)
    ratio = np.where(flat, 1.0, std_c / np.where(flat, 1.0, std_g))
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
