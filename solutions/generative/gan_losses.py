"""GAN losses from logits: the discriminator's, and the generator's two (non-saturating and minimax).

Task
    The discriminator D outputs a LOGIT for each sample (σ(logit) is its probability that the
    sample is real). Given the logits r on a batch of real samples and f on a batch of generated
    ones, compute the losses of Goodfellow et al. (2014) as softplus(x) = log(1 + eˣ), using
    log σ(x) = −softplus(−x) and log(1 − σ(x)) = −softplus(x):

        discriminator:            L_D = mean_i softplus(−r_i) + mean_j softplus(f_j)
                                  (binary cross-entropy with label 1 on real, label 0 on fake)
        generator, non-saturating: L_G = mean_j softplus(−f_j)           = mean −log σ(f_j)
        generator, saturating:     L_G = mean_j −softplus(f_j)           = mean log(1 − σ(f_j))

    L_D is the SUM of the two batch means (not their average, not one mean over both batches:
    the real and fake batches may have different sizes). The saturating (minimax) generator
    loss is the one the generator MINIMISES in min_G max_D: it is ≤ 0. Also return the
    gradient of each loss with respect to the logits it takes:

        ∂L_D/∂r_i = −σ(−r_i) / n_real      ∂L_D/∂f_j = σ(f_j) / n_fake
        non-saturating ∂L_G/∂f_j = −σ(−f_j) / n_fake      saturating ∂L_G/∂f_j = −σ(f_j) / n_fake

Signature
    discriminator_loss(real_logits, fake_logits) -> (loss, grad_real, grad_fake)
    generator_loss(fake_logits, kind="non_saturating") -> (loss, grad_fake)
        kind: "non_saturating" or "saturating"

Shapes and types
    real_logits (n_real,), fake_logits (n_fake,): 1-D arrays of finite logits, float64 (or
    ints: the results are float64 all the same), n_real, n_fake ≥ 1 and possibly different. loss: a float. grad_real (n_real,), grad_fake
    (n_fake,): new float64 arrays. Returns new arrays; the inputs are not modified.

Example
    >>> import numpy as np
    >>> loss, g_real, g_fake = discriminator_loss(np.array([0.0]), np.array([0.0, 0.0]))
    >>> round(loss, 6), g_real.tolist(), g_fake.tolist()     # log 2 + log 2
    (1.386294, [-0.5], [0.25, 0.25])
    >>> loss, g = generator_loss(np.array([1000.0, -1000.0]), kind="saturating")
    >>> loss, float(g[0])                                     # (−1000 − 0) / 2; −σ(1000) / 2
    (-500.0, -0.5)

Constraints
    Plain Python and numpy only. Stable for logits of any size and sign (the hidden tests use
    ±1000): never take the log of σ(x) or of 1 − σ(x); write softplus(x) = max(x, 0) +
    log1p(exp(−|x|)), and σ(x) so that exp never overflows. Tiny values keep their relative
    accuracy: at x = 40, softplus(−x) ≈ 4.25e-18 and σ(−x) ≈ 4.25e-18, not 0 (so −σ(−f), not
    σ(f) − 1, which cancels to 0); the tests compare these with no absolute tolerance.
    ValueError for: a logits array that is not 1-D, an empty batch (the mean of nothing is
    undefined), a kind other than "non_saturating" and "saturating".

    Coming from PyTorch: L_D = BCEWithLogitsLoss()(r, ones) + BCEWithLogitsLoss()(f, zeros)
    (reduction="mean", each batch its own mean); some code halves this sum (pix2pix), some
    takes one BCE over the concatenated batch: both differ from L_D here. The non-saturating
    L_G = BCEWithLogitsLoss()(f, ones); the saturating L_G = −BCEWithLogitsLoss()(f, zeros).

    The hidden tests use batches of at most 50 logits, in [−1000, 1000].

Time budget: 20 minutes.
"""
import numpy as np


# BEGIN SOLUTION
def _softplus(x):
    # log(1 + eˣ) = max(x, 0) + log(1 + e^−|x|): the exponent is never positive
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    # e^−softplus(−x) = 1 / (1 + e^−x), and softplus never overflows
    return np.exp(-_softplus(-x))


def _logits(logits, name):
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError(f"{name} must be 1-D, got shape {x.shape}")
    if x.size == 0:
        raise ValueError(f"{name} is empty: the mean over no samples is undefined")
    return x
# END SOLUTION


def discriminator_loss(real_logits, fake_logits):
    # BEGIN SOLUTION
    # Complexity: O(n_real + n_fake) time and memory (one softplus per logit).
    r = _logits(real_logits, "real_logits")
    f = _logits(fake_logits, "fake_logits")
    # −log σ(r) on the real batch, −log(1 − σ(f)) on the fake batch: each batch its own mean
    loss = float(np.mean(_softplus(-r)) + np.mean(_softplus(f)))
    grad_real = -_sigmoid(-r) / r.size
    grad_fake = _sigmoid(f) / f.size
    return loss, grad_real, grad_fake
    # END SOLUTION


def generator_loss(fake_logits, kind="non_saturating"):
    # BEGIN SOLUTION
    if kind not in ("non_saturating", "saturating"):
        raise ValueError(f"unknown kind {kind!r}")
    f = _logits(fake_logits, "fake_logits")
    if kind == "non_saturating":
        # −log σ(f): large gradients where D confidently rejects the fakes (f very negative)
        return float(np.mean(_softplus(-f))), -_sigmoid(-f) / f.size
    # log(1 − σ(f)) = −softplus(f): its gradient vanishes where D rejects the fakes
    return float(-np.mean(_softplus(f))), -_sigmoid(f) / f.size
    # END SOLUTION
