"""Debug: batch normalisation in training and in evaluation.

Task
    This file has 4 bugs. The code below is meant to be a batch-norm layer's forward pass for
    inputs of shape (N, C), in PyTorch's conventions. Find and fix the bugs; grading tells you
    how many remain and which ones you have fixed, not where they are.

    What the code should do:

        training:   μ = mean of x over the batch (axis 0),  σ² = its variance with 1/N (biased)
                    y = γ·(x − μ)/√(σ² + eps) + β
                    running_mean ← (1 − momentum)·running_mean + momentum·μ
                    running_var  ← (1 − momentum)·running_var  + momentum·s²,
                    with s² the UNBIASED batch variance (1/(N − 1))
        evaluation: y = γ·(x − running_mean)/√(running_var + eps) + β; the running statistics
                    are returned unchanged

Signature
    batch_norm(x, gamma, beta, running_mean, running_var, *, training, momentum=0.1, eps=1e-5)
        -> (y, new_running_mean, new_running_var)

Shapes and types
    x                          float64 array (N, C); N ≥ 2 in training; N ≤ 8, C ≤ 4 in the hidden tests
    gamma, beta                float64 arrays (C,)
    running_mean, running_var  float64 arrays (C,)
    training                   bool
    returns                    a tuple of three new float64 arrays of shapes (N, C), (C,), (C,)

Example
    >>> y, mean, var = batch_norm(np.array([[1.0], [3.0]]), np.ones(1), np.zeros(1),
    ...                           np.zeros(1), np.ones(1), training=True, momentum=0.5, eps=0.0)
    >>> y, mean, var          # μ = 2, σ² = 1 (biased), s² = 2 (unbiased)
    (array([[-1.],
           [ 1.]]), array([1.]), array([1.5]))

Constraints
    numpy only. Returns new arrays; the inputs are not modified.
    Coming from PyTorch: torch.nn.BatchNorm1d uses the same momentum convention (the weight of
    the NEW batch) and the same biased/unbiased split; Keras's momentum is the weight of the
    old value instead.

Time budget: 45 minutes.
"""
import numpy as np


def normalize(x, mean, var, gamma, beta, eps):
    # BEGIN BUG eps_outside_sqrt: eps is added to the standard deviation, not to the variance
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
    # PLANTED
    # return gamma * (x - mean) / (np.sqrt(var) + eps) + beta
    # END BUG


def batch_norm(x, gamma, beta, running_mean, running_var, *, training, momentum=0.1, eps=1e-5):
    x = np.asarray(x, dtype=float)
    if training:
        mean = x.mean(axis=0)
        var = x.var(axis=0)
        # BEGIN BUG biased_running_variance: the running variance is updated with the biased batch variance
        sample_var = x.var(axis=0, ddof=1)
        # PLANTED
        # sample_var = x.var(axis=0)
        # END BUG
        # BEGIN BUG momentum_convention_swapped: the running statistics weigh the old value by momentum (Keras's convention)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * sample_var
        # PLANTED
        # new_mean = momentum * running_mean + (1 - momentum) * mean
        # new_var = momentum * running_var + (1 - momentum) * sample_var
        # END BUG
        return normalize(x, mean, var, gamma, beta, eps), new_mean, new_var
    # BEGIN BUG eval_uses_batch_statistics: evaluation normalises with the batch's statistics
    y = normalize(x, running_mean, running_var, gamma, beta, eps)
    # PLANTED
    # y = normalize(x, x.mean(axis=0), x.var(axis=0), gamma, beta, eps)
    # END BUG
    return y, np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
