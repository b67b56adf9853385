"""DDPM: the forward sample q(x_t | x_0) and one reverse step p(x_{t−1} | x_t) from predicted noise.

Task
    A noise schedule betas = [β_0, …, β_{T−1}] (0-based steps) defines α_t = 1 − β_t and
    ᾱ_t = α_0 · … · α_t (step t included), with the convention ᾱ_{−1} = 1. Write four functions
    (Ho, Jain and Abbeel, 2020):

    q_sample: noise x_0 straight to step t in one go,
            x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · eps
    reverse_mean: the mean of p(x_{t−1} | x_t) given the model's noise prediction eps_pred,
            μ = (1/√α_t) · (x_t − β_t / √(1 − ᾱ_t) · eps_pred)
    reverse_variance: the variance σ_t² of the reverse step, one of two choices:
            variance="beta":       σ_t² = β_t
            variance="posterior":  σ_t² = β̃_t = (1 − ᾱ_{t−1}) / (1 − ᾱ_t) · β_t     (so β̃_0 = 0)
    p_sample_step: one reverse step, with the standard normal noise z given by the caller:
            x_{t−1} = μ + σ_t · z        for t >= 1  (σ_t = √σ_t², the standard deviation)
            x_{−1}  = μ                  for t = 0: the last step adds no noise, whatever the
                                         variance choice, and z is ignored (but still validated).

Signature
    q_sample(x0, t, eps, betas) -> x_t
    reverse_mean(x_t, t, eps_pred, betas) -> mean
    reverse_variance(t, betas, variance="posterior") -> float
    p_sample_step(x_t, t, eps_pred, z, betas, variance="posterior") -> x_prev

Shapes and types
    betas: a 1-D float array (T,), T >= 1, every β in the open interval (0, 1).
    t: an int (Python or numpy integer) with 0 <= t <= T − 1, one step for the whole array.
    x0, eps, x_t, eps_pred, z: float arrays of one shape with at least one dimension (any number of
    entries, 0 included). Array results are new float64 arrays of that shape; reverse_variance
    returns a float. Integer inputs are accepted.

Example
    >>> import numpy as np
    >>> betas = np.array([0.1, 0.2, 0.3])             # α = [0.9, 0.8, 0.7], ᾱ = [0.9, 0.72, 0.504]
    >>> q_sample(np.array([1.0]), 1, np.array([0.5]), betas).round(6).tolist()    # √0.72 + √0.28 · 0.5
    [1.113103]
    >>> round(reverse_variance(1, betas), 6), reverse_variance(1, betas, "beta")  # (0.1 / 0.28) · 0.2
    (0.071429, 0.2)
    >>> z = np.array([9.0])                            # ignored at t = 0: (1 − 0.1/√0.1 · 0.5) / √0.9
    >>> p_sample_step(np.array([1.0]), 0, np.array([0.5]), z, betas).round(6).tolist()
    [0.887426]

Constraints
    Plain Python and numpy only; no clipping of anything. ValueError for: betas not 1-D, empty, or
    with a β outside (0, 1); t not an integer (a bool or a float such as 1.0 included) or outside
    [0, T − 1]; x0 (or x_t) 0-dimensional; eps, eps_pred or z not of x0's (x_t's) shape; variance
    not "beta" or "posterior". Shapes must match exactly: a size-1 axis that numpy would broadcast
    (eps of shape (1,) or (n, 1) against x0 of shape (n,)) is still a ValueError.
    Returns new arrays; the inputs are not modified.

    Coming from PyTorch/diffusers: DDPMScheduler.add_noise(x0, noise, t) is q_sample, with
    alphas_cumprod = ᾱ indexed by the same 0-based t. DDPMScheduler.step(eps_pred, t, x_t) with
    variance_type "fixed_small" (its default) is variance="posterior" and "fixed_large" is
    variance="beta"; it too adds no noise at t = 0 and uses ᾱ_{−1} = 1. But its clip_sample=True
    (the default) clips the predicted x_0 to [−1, 1] before forming the mean, and it clamps β̃ at
    1e-20: this kata clips nothing, so compare with clip_sample=False. diffusers draws z itself; here
    the caller passes it.

    The hidden tests use T ≤ 1000 and arrays of at most 60 entries.

Time budget: 20 minutes.
"""
import math
import numbers

import numpy as np


def _schedule(betas):
    betas = np.asarray(betas, dtype=np.float64)
    if betas.ndim != 1 or betas.size == 0:
        raise ValueError("betas must be a non-empty 1-D array")
    if np.any(~((betas > 0) & (betas < 1))):
        raise ValueError("every beta must lie in (0, 1)")
    alphas = 1.0 - betas
    return betas, alphas, np.cumprod(alphas)


def _step(t, T):
    if isinstance(t, (bool, np.bool_)) or not isinstance(t, numbers.Integral) or not 0 <= t < T:
        raise ValueError(f"t must be an integer in [0, {T - 1}]")
    return int(t)


def _pair(x, noise, x_name, noise_name):
    x = np.asarray(x, dtype=np.float64)
    noise = np.asarray(noise, dtype=np.float64)
    if x.ndim == 0:
        raise ValueError(f"{x_name} must have at least one dimension")
    if noise.shape != x.shape:
        raise ValueError(f"{noise_name} must have {x_name}'s shape {x.shape}")
    return x, noise


def q_sample(x0, t, eps, betas):
    # BEGIN SOLUTION
    # Complexity: O(T + size of x) time (ᾱ is a cumulative product over the T steps), O(T + size of x) memory.
    _, _, alpha_bars = _schedule(betas)
    t = _step(t, len(alpha_bars))
    x0, eps = _pair(x0, eps, "x0", "eps")
    return math.sqrt(alpha_bars[t]) * x0 + math.sqrt(1.0 - alpha_bars[t]) * eps
    # END SOLUTION


def reverse_mean(x_t, t, eps_pred, betas):
    # BEGIN SOLUTION
    betas, alphas, alpha_bars = _schedule(betas)
    t = _step(t, len(betas))
    x_t, eps_pred = _pair(x_t, eps_pred, "x_t", "eps_pred")
    return (x_t - betas[t] / math.sqrt(1.0 - alpha_bars[t]) * eps_pred) / math.sqrt(alphas[t])
    # END SOLUTION


def reverse_variance(t, betas, variance="posterior"):
    # BEGIN SOLUTION
    betas, _, alpha_bars = _schedule(betas)
    t = _step(t, len(betas))
    if variance == "beta":
        return float(betas[t])
    if variance == "posterior":
        # ᾱ_{−1} = 1: never alpha_bars[t − 1], which wraps to the LAST step at t = 0
        alpha_bar_prev = alpha_bars[t - 1] if t > 0 else 1.0
        return float((1.0 - alpha_bar_prev) / (1.0 - alpha_bars[t]) * betas[t])
    raise ValueError('variance must be "beta" or "posterior"')
    # END SOLUTION


def p_sample_step(x_t, t, eps_pred, z, betas, variance="posterior"):
    # BEGIN SOLUTION
    mean = reverse_mean(x_t, t, eps_pred, betas)
    sigma = math.sqrt(reverse_variance(t, betas, variance))
    x_t, z = _pair(x_t, z, "x_t", "z")
    if t == 0:
        return mean          # the final step returns the mean: no noise
    return mean + sigma * z
    # END SOLUTION
