"""The VAE's reparameterisation trick, its closed-form KL and the gradients of the negative ELBO.

Task
    A variational autoencoder's encoder gives, for each of n samples, the mean mu and the log-variance
    log_var of a diagonal Gaussian q(z | x) over d latent dimensions. Write five functions:

    reparameterize: z = mu + exp(0.5 · log_var) · eps, elementwise (σ = exp(0.5 · log_var) is the
        standard deviation; eps ~ N(0, 1) is drawn by the caller, so the result is deterministic).
    gaussian_kl: KL(N(mu, σ²) ‖ N(0, 1)) per sample, SUMMED over the d latent dimensions:
            kl_i = 0.5 · Σ_j (exp(log_var_ij) + mu_ij² − 1 − log_var_ij)
    bernoulli_nll: the reconstruction term, Bernoulli cross-entropy from the decoder's logits,
        SUMMED over the m features of each sample:
            nll_i = Σ_j (log(1 + exp(logits_ij)) − x_ij · logits_ij)
        (= −x log σ(l) − (1 − x) log(1 − σ(l)), with σ the logistic sigmoid; x may be any value in [0, 1]).
    negative_elbo: the loss, AVERAGED over the batch, with the KL weighted by beta (β-VAE; beta = 1
        is the plain VAE):
            L = (1/n) · Σ_i (nll_i + beta · kl_i)
    negative_elbo_grads: the gradients of L with respect to mu and log_var, through the
        reparameterised z AND through the KL term. The decoder's backward pass gives
        grad_z = ∂L/∂z, shape (n, d): the gradient of L itself (it already carries the 1/n of the
        batch mean). By the chain rule through z = mu + exp(0.5 · log_var) · eps:
            dL/dmu      = grad_z + beta · mu / n
            dL/dlog_var = grad_z · eps · 0.5 · exp(0.5 · log_var) + beta · 0.5 · (exp(log_var) − 1) / n

Signature
    reparameterize(mu, log_var, eps) -> z
    gaussian_kl(mu, log_var) -> kl
    bernoulli_nll(logits, x) -> nll
    negative_elbo(mu, log_var, logits, x, beta=1.0) -> loss
    negative_elbo_grads(mu, log_var, eps, grad_z, beta=1.0) -> (d_mu, d_log_var)

Shapes and types
    mu, log_var, eps, grad_z: float arrays (n, d), n >= 1, d >= 1, all of one shape.
    logits, x: float arrays (n, m), m >= 1, with the same n as mu; x in [0, 1].
    z: float64 (n, d). kl, nll: float64 (n,). loss: a float. d_mu, d_log_var: float64 (n, d), a tuple.
    beta: a float >= 0. Integer inputs are accepted; every result is float64.

Example
    >>> import numpy as np
    >>> mu, log_var = np.array([[1.0, 0.0]]), np.array([[0.0, np.log(4.0)]])
    >>> reparameterize(mu, log_var, np.array([[0.5, -1.0]])).tolist()     # σ = [1, 2]
    [[1.5, -2.0]]
    >>> gaussian_kl(mu, log_var).round(6).tolist()         # 0.5·(1 + 1 − 1 − 0) + 0.5·(4 + 0 − 1 − ln 4)
    [1.306853]
    >>> round(negative_elbo(mu, log_var, np.zeros((1, 3)), np.array([[1.0, 0.0, 0.5]])), 6)   # 3 ln 2 + kl
    3.386294

Constraints
    Plain Python and numpy only. bernoulli_nll must be finite for logits in the thousands of both
    signs: write log(1 + exp(l)) as max(l, 0) + log(1 + exp(−|l|)) (np.logaddexp(0, l) is the same
    thing), never through σ(l) and log. ValueError for: mu, log_var, eps, grad_z, logits or x not
    2-D; n = 0, d = 0 or m = 0; log_var, eps or grad_z not of mu's shape; x not of logits' shape;
    logits' n not mu's n (in negative_elbo); x outside [0, 1]; beta < 0 or NaN.
    Shapes must match exactly: a size-1 axis that numpy would broadcast is still a ValueError.
    Returns new arrays; the inputs are not modified.

    Coming from PyTorch: F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / n is the
    batch mean of bernoulli_nll; its default reduction="mean" divides by n·m instead, which makes
    the KL weigh m times more heavily against the reconstruction (as beta = m would). The gradients
    are what autograd gives for loss.backward() with z = mu + torch.exp(0.5 * log_var) * eps; here
    you write the chain rule yourself, given grad_z.

    The hidden tests use n ≤ 20, d ≤ 8, m ≤ 10, |log_var| ≤ 30 and |logits| ≤ 1000.

Time budget: 25 minutes.
"""
import numpy as np


def _matrix(a, name):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[1] == 0:
        raise ValueError(f"{name} must be a 2-D array with at least one row and one column")
    return a


def _latents(mu, *others):
    mu = _matrix(mu, "mu")
    arrays = [mu]
    for name, a in others:
        a = _matrix(a, name)
        if a.shape != mu.shape:
            raise ValueError(f"{name} must have mu's shape {mu.shape}")
        arrays.append(a)
    return arrays


def _beta(beta):
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    return float(beta)


def reparameterize(mu, log_var, eps):
    # BEGIN SOLUTION
    # Complexity: O(n·d) time and memory for n samples of d latent dimensions (and O(n·D) for the reconstruction term over D features).
    mu, log_var, eps = _latents(mu, ("log_var", log_var), ("eps", eps))
    # exp(0.5 · log σ²) = σ: the noise is scaled by the standard deviation, not the variance
    return mu + np.exp(0.5 * log_var) * eps
    # END SOLUTION


def gaussian_kl(mu, log_var):
    # BEGIN SOLUTION
    mu, log_var = _latents(mu, ("log_var", log_var))
    return 0.5 * np.sum(np.exp(log_var) + mu**2 - 1.0 - log_var, axis=1)
    # END SOLUTION


def bernoulli_nll(logits, x):
    # BEGIN SOLUTION
    logits, x = _matrix(logits, "logits"), _matrix(x, "x")
    if x.shape != logits.shape:
        raise ValueError("x must have the logits' shape")
    if np.any((x < 0) | (x > 1)):
        raise ValueError("x must lie in [0, 1]")
    # log(1 + e^l) without overflow: e^(−|l|) is at most 1
    softplus = np.maximum(logits, 0.0) + np.log1p(np.exp(-np.abs(logits)))
    return np.sum(softplus - x * logits, axis=1)
    # END SOLUTION


def negative_elbo(mu, log_var, logits, x, beta=1.0):
    # BEGIN SOLUTION
    beta = _beta(beta)
    kl = gaussian_kl(mu, log_var)
    nll = bernoulli_nll(logits, x)
    if nll.shape != kl.shape:
        raise ValueError("logits must have one row per sample of mu")
    return float(np.mean(nll + beta * kl))
    # END SOLUTION


def negative_elbo_grads(mu, log_var, eps, grad_z, beta=1.0):
    # BEGIN SOLUTION
    beta = _beta(beta)
    mu, log_var, eps, grad_z = _latents(mu, ("log_var", log_var), ("eps", eps), ("grad_z", grad_z))
    n = mu.shape[0]
    sigma = np.exp(0.5 * log_var)
    # z = mu + σ·eps: dz/dmu = 1 and dz/dlog_var = eps · dσ/dlog_var = eps · 0.5·σ
    d_mu = grad_z + beta * mu / n
    d_log_var = grad_z * eps * 0.5 * sigma + beta * 0.5 * (np.exp(log_var) - 1.0) / n
    return d_mu, d_log_var
    # END SOLUTION
