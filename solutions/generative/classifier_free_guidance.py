"""Classifier-free guidance: combine a conditional and an unconditional noise prediction.

Task
    A diffusion model trained with its condition (a text prompt, a class) sometimes dropped
    can predict the noise both with the condition, ε_cond, and without it, ε_uncond. Guidance
    with scale w moves from the unconditional prediction towards, and past, the conditional one:

        ε_cfg = ε_uncond + w · (ε_cond − ε_uncond)

    w = 0 gives ε_uncond, w = 1 gives ε_cond, w > 1 extrapolates (typical values are 3 to 10).
    Large w over-saturates images; guidance rescale (Lin et al. 2024) pulls each sample's
    standard deviation back towards that of ε_cond, mixed in by φ = guidance_rescale:

        ε_rescaled = ε_cfg · std(ε_cond) / std(ε_cfg)        std per sample: over all axes but the first
        ε          = φ · ε_rescaled + (1 − φ) · ε_cfg

    The std is the population one (ddof = 0). A sample whose entries are all equal (max = min
    exactly, as in every one-entry sample) has std exactly 0: find such samples by comparing
    their entries, not by comparing the computed std with 0 (np.std of seven entries equal to
    4.6 is 8.9e-16, not 0) nor with a tolerance (a tiny spread is still a spread). Where
    std(ε_cfg) of a sample is 0 the ratio is taken as 1 (that sample's ε_rescaled = ε_cfg).
    With φ = 0 the result is exactly ε_cfg.

Signature
    classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0) -> eps

Shapes and types
    eps_uncond, eps_cond: float64 arrays (ints accepted) of one shape (batch, ...) with at
    least 2 axes, e.g. (batch, channels, height, width); batch may be 0. guidance_scale: a float
    (ints accepted; any real w, negative too); guidance_rescale: a float in [0, 1]. Returns a
    new float64 array of that shape, also for integer inputs; the inputs are not modified.

Example
    >>> import numpy as np
    >>> u, c = np.array([[0.1, -0.3]]), np.array([[0.4, 0.2]])
    >>> np.round(classifier_free_guidance(u, c, 2.5), 12).tolist()     # 0.1 + 2.5·0.3, −0.3 + 2.5·0.5
    [[0.85, 0.95]]
    >>> classifier_free_guidance(u, c, 0.0).tolist(), classifier_free_guidance(u, c, 1.0).tolist()
    ([[0.1, -0.3]], [[0.4, 0.2]])

Constraints
    Plain Python and numpy only. ValueError for: eps_uncond and eps_cond of different shapes,
    fewer than 2 axes, guidance_rescale outside [0, 1].

    Coming from PyTorch (diffusers, Ho & Salimans): this w is diffusers' guidance_scale
    (noise_pred_uncond + guidance_scale·(noise_pred_text − noise_pred_uncond)), and
    rescale_noise_cfg is the rescale above. Ho & Salimans (2021) write
    ε̃ = (1 + w)·ε_cond − w·ε_uncond: their w is this w − 1 (their w = 0 is plain conditional
    sampling, this w = 1). diffusers pipelines also skip the unconditional pass when
    guidance_scale ≤ 1 and return ε_cond; here the formula holds for every w (w = 0.5 is halfway).
    rescale_noise_cfg takes torch's std, with Bessel's correction (ddof = 1): the ratio is the
    same for samples of 2 entries or more, but it is 0/0 for a one-entry sample, and it has no
    rule for constant samples.

    The hidden tests use at most 4 samples of at most 48 entries each, |ε| ≤ 10, |w| ≤ 20.

Time budget: 15 minutes.
"""
import numpy as np


# BEGIN SOLUTION
def _spread(x):
    """Each sample's population std over all its entries, exactly 0 where they are all equal."""
    flat = x.reshape(x.shape[0], int(np.prod(x.shape[1:])))
    if flat.shape[1] == 0:
        return np.zeros(flat.shape[0])
    # np.std of equal entries can be 1e-16 (their mean is rounded): compare the entries instead
    constant = np.all(flat == flat[:, :1], axis=1)
    return np.where(constant, 0.0, flat.std(axis=1))
# END SOLUTION


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    # BEGIN SOLUTION
    # Complexity: O(size of the inputs) time and memory: elementwise, plus one std per sample with a rescale.
    uncond = np.asarray(eps_uncond, dtype=np.float64)
    cond = np.asarray(eps_cond, dtype=np.float64)
    if uncond.shape != cond.shape:
        raise ValueError(f"eps_uncond {uncond.shape} and eps_cond {cond.shape} differ in shape")
    if uncond.ndim < 2:
        raise ValueError("the inputs need a batch axis and at least one more")
    if not 0.0 <= guidance_rescale <= 1.0:
        raise ValueError("guidance_rescale must be in [0, 1]")
    guided = uncond + guidance_scale * (cond - uncond)
    if guidance_rescale == 0.0:
        return guided
    std_cond, std_guided = _spread(cond), _spread(guided)
    # a constant sample has no spread to rescale: leave it as it is (ratio 1)
    safe = np.where(std_guided > 0, std_guided, 1.0)
    ratio = np.where(std_guided > 0, std_cond / safe, 1.0).reshape((-1,) + (1,) * (guided.ndim - 1))
    return guidance_rescale * (guided * ratio) + (1.0 - guidance_rescale) * guided
    # END SOLUTION
