"""One DDIM sampling step (Song, Meng and Ermon, "Denoising Diffusion Implicit Models", 2021).

Task
    A diffusion model trained on x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε predicts the noise ε_θ in x_t.
    DDIM goes from x_t to an earlier, less noisy x_prev (ᾱ_prev ≥ ᾱ_t: any earlier step, so a
    sampler may skip steps) in three moves:

        x̂_0    = (x_t − √(1 − ᾱ_t) · ε_θ) / √ᾱ_t                          the predicted clean sample
        σ_t    = η · √((1 − ᾱ_prev) / (1 − ᾱ_t)) · √(1 − ᾱ_t / ᾱ_prev)      the fresh noise's scale
        x_prev = √ᾱ_prev · x̂_0  +  √(1 − ᾱ_prev − σ_t²) · ε_θ  +  σ_t · z

    with z the caller's standard normal noise. η = 0 is the deterministic DDIM sampler (σ_t = 0,
    z unused); η = 1 gives DDPM's posterior variance. At the final step ᾱ_prev = 1: σ_t = 0 and
    x_prev = x̂_0. ᾱ_t and ᾱ_prev are given as numbers, so the step does not depend on the
    schedule or on how the sampler picks its steps. x̂_0 is NOT clipped to [−1, 1].
    Return (x_prev, x̂_0).

Signature
    ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None) -> (x_prev, x0_pred)

Shapes and types
    x_t, eps: float64 arrays of one shape, with at least one axis and possibly empty (e.g.
    (batch, channels, height, width)); integer arrays are accepted and give float64 results.
    alpha_bar_t, alpha_bar_prev, eta: floats. noise: None or a float64 array of x_t's shape.
    x_prev, x0_pred: two distinct new float64 arrays of x_t's shape (also at the final step,
    where their values are equal). The inputs are not modified.

Example
    >>> import numpy as np
    >>> # x_0 = 0.5, ε = 1, ᾱ_t = 0.36: x_t = 0.6·0.5 + 0.8·1 = 1.1
    >>> x_prev, x0 = ddim_step(np.array([1.1]), np.array([1.0]), 0.36, 0.64)
    >>> np.round(x0, 12).tolist(), np.round(x_prev, 12).tolist()     # 0.8·0.5 + 0.6·1
    ([0.5], [1.0])

Constraints
    Plain Python and numpy only. noise is required when η > 0 (even at the final step, where
    σ_t = 0) and ignored when η = 0 (its shape is still checked). ValueError for: eps or
    noise of another shape than x_t, alpha_bar_t not in (0, 1), alpha_bar_prev not in (0, 1],
    alpha_bar_prev < alpha_bar_t, eta not in [0, 1] (NaN is in none of these ranges), eta > 0
    with noise None.

    Coming from PyTorch (diffusers): DDIMScheduler.step(model_output, timestep, sample, eta,
    variance_noise=z) computes the same σ_t and x_prev, but first clips x̂_0 to [−1, 1] when
    clip_sample=True (its constructor's default); here nothing is clipped. Its final step uses
    ᾱ_prev = 1 only with set_alpha_to_one=True (else ᾱ_0 of the training schedule): here the
    caller passes ᾱ_prev.

    The hidden tests use arrays of at most 200 entries, |x_t| ≤ 1000, ᾱ in [1e-4, 1].

Time budget: 20 minutes.
"""
import numpy as np


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    # BEGIN SOLUTION
    # Complexity: O(size of x_t) time and memory: a few elementwise operations.
    x_t = np.asarray(x_t, dtype=np.float64)
    eps = np.asarray(eps, dtype=np.float64)
    if eps.shape != x_t.shape:
        raise ValueError(f"eps {eps.shape} and x_t {x_t.shape} differ in shape")
    if not 0.0 < alpha_bar_t < 1.0:
        raise ValueError("alpha_bar_t must be in (0, 1)")
    if not 0.0 < alpha_bar_prev <= 1.0:
        raise ValueError("alpha_bar_prev must be in (0, 1]")
    if alpha_bar_prev < alpha_bar_t:
        raise ValueError("alpha_bar_prev must be >= alpha_bar_t: a step goes towards less noise")
    if not 0.0 <= eta <= 1.0:
        raise ValueError("eta must be in [0, 1]")
    if noise is not None:
        noise = np.asarray(noise, dtype=np.float64)
        if noise.shape != x_t.shape:
            raise ValueError(f"noise {noise.shape} and x_t {x_t.shape} differ in shape")
    elif eta > 0:
        raise ValueError("eta > 0 needs noise")

    x0_pred = (x_t - np.sqrt(1.0 - alpha_bar_t) * eps) / np.sqrt(alpha_bar_t)
    sigma = eta * np.sqrt((1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t)) * np.sqrt(1.0 - alpha_bar_t / alpha_bar_prev)
    # the direction back to x_t keeps what is left of the variance once σ_t² goes to fresh noise;
    # max(…, 0) only absorbs rounding (the radicand is ≥ 0 for η ≤ 1)
    direction = np.sqrt(max(1.0 - alpha_bar_prev - sigma ** 2, 0.0)) * eps
    x_prev = np.sqrt(alpha_bar_prev) * x0_pred + direction
    if eta > 0:
        x_prev = x_prev + sigma * noise
    return x_prev, x0_pred
    # END SOLUTION
