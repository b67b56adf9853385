"""Diffusion noise schedules: DDPM's linear β and the cosine schedule of improved DDPM.

Task
    A diffusion model adds noise over T steps; step t (0-based, t = 0 … T−1) has a variance β_t,
    α_t = 1 − β_t and ᾱ_t = α_0 · α_1 · … · α_t (the cumulative product, INCLUDING step t; so
    ᾱ_0 = α_0 = 1 − β_0). Both functions return the three arrays (betas, alphas, alpha_bars).

    linear_schedule (Ho, Jain and Abbeel, 2020): β = np.linspace(beta_start, beta_end, T), that is
        β_t = beta_start + (beta_end − beta_start) · t / (T − 1), both ends included: β_0 = beta_start
        and β_{T−1} = beta_end. For T = 1 the single β is beta_start (np.linspace's rule).
    cosine_schedule (Nichol and Dhariwal, 2021): with
            f(u) = cos²( (u + s) / (1 + s) · π/2 )      for u in [0, 1],
        the target cumulative product is ᾱ(u) = f(u) / f(0), and step t spans u = t/T to u = (t+1)/T:
            β_t = min(1 − f((t + 1)/T) / f(t/T), max_beta)
        (f(0) cancels in the ratio). The clip at max_beta (0.999 by default) always acts at the last
        step, where f(1) = cos²(π/2) ≈ 0 would make β ≈ 1. Then α_t = 1 − β_t and ᾱ = cumprod(α) of
        the CLIPPED α: where the clip acts, ᾱ_t is not f((t+1)/T) / f(0).

Signature
    linear_schedule(T, beta_start=1e-4, beta_end=0.02) -> (betas, alphas, alpha_bars)
    cosine_schedule(T, s=0.008, max_beta=0.999) -> (betas, alphas, alpha_bars)

Shapes and types
    T: an int >= 1 (Python or numpy integer). beta_start, beta_end, max_beta: floats in (0, 1).
    s: a float >= 0. The result is a tuple of three new float64 arrays of shape (T,).

Example
    >>> betas, alphas, alpha_bars = linear_schedule(3, beta_start=0.1, beta_end=0.3)
    >>> betas.tolist(), alphas.tolist()
    ([0.1, 0.2, 0.3], [0.9, 0.8, 0.7])
    >>> alpha_bars.round(6).tolist()          # 0.9, 0.9·0.8, 0.9·0.8·0.7
    [0.9, 0.72, 0.504]
    >>> [b.round(6).tolist() for b in cosine_schedule(2)]     # β_1 = 1 − f(1)/f(1/2) ≈ 1, clipped
    [[0.506156, 0.999], [0.493844, 0.001], [0.493844, 0.000494]]

Constraints
    Plain Python and numpy only. beta_start need not be below beta_end (equal gives a constant
    schedule). ValueError for: T not an integer (a bool or a float such as 10.0 included) or T < 1;
    beta_start, beta_end or max_beta outside the open interval (0, 1); s < 0.
    Returns new arrays; the inputs are not modified.

    Coming from PyTorch/diffusers: DDPMScheduler(beta_schedule="linear") is torch.linspace(beta_start,
    beta_end, num_train_timesteps) and "squaredcos_cap_v2" is this cosine schedule with s = 0.008 and
    max_beta = 0.999 (its betas_for_alpha_bar). diffusers computes them in float32; this kata wants
    float64, so expect differences around 1e-7. "scaled_linear" (a linspace of √β, squared) is another
    schedule. Nichol and Dhariwal's own code multiplies both linear ends by 1000 / T; this kata does not
    rescale. diffusers' alphas_cumprod is alpha_bars here, indexed by the same 0-based t.

    The hidden tests use T ≤ 1000.

Time budget: 15 minutes.
"""
import math
import numbers

import numpy as np


def _steps(T):
    if isinstance(T, bool) or not isinstance(T, numbers.Integral) or T < 1:
        raise ValueError("T must be an integer >= 1")
    return int(T)


def _in_open_unit_interval(value, name):
    if not 0.0 < value < 1.0:
        raise ValueError(f"{name} must lie in (0, 1)")
    return float(value)


def _from_betas(betas):
    alphas = 1.0 - betas
    return betas, alphas, np.cumprod(alphas)


def linear_schedule(T, beta_start=1e-4, beta_end=0.02):
    # BEGIN SOLUTION
    # Complexity: O(T) time and memory (one β, α and ᾱ per step).
    T = _steps(T)
    beta_start = _in_open_unit_interval(beta_start, "beta_start")
    beta_end = _in_open_unit_interval(beta_end, "beta_end")
    return _from_betas(np.linspace(beta_start, beta_end, T, dtype=np.float64))
    # END SOLUTION


def cosine_schedule(T, s=0.008, max_beta=0.999):
    # BEGIN SOLUTION
    T = _steps(T)
    max_beta = _in_open_unit_interval(max_beta, "max_beta")
    if not s >= 0:
        raise ValueError("s must be >= 0")
    u = np.arange(T + 1, dtype=np.float64) / T          # the ends of the T steps, 0 … 1
    f = np.cos((u + s) / (1.0 + s) * math.pi / 2) ** 2
    # ᾱ(u) = f(u)/f(0): the ratio of consecutive values is α_t, and f(0) cancels
    betas = np.minimum(1.0 - f[1:] / f[:-1], max_beta)
    return _from_betas(betas)
    # END SOLUTION
