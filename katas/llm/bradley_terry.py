"""A reward model's Bradley–Terry loss: its value, its gradient and the preference accuracy.

Task
    A reward model scores a chosen and a rejected answer to the same prompt: r_chosen[i] and
    r_rejected[i] for N preference pairs. Under the Bradley–Terry model the chosen answer wins
    with probability σ(r_chosen − r_rejected), and training minimises the mean negative
    log-likelihood, optionally with a margin m (Llama 2's reward model: a larger m for pairs the
    annotators rated as clearly better):
        loss = (1/N) Σ_i −log σ(r_chosen[i] − r_rejected[i] − m_i)
    Write the loss, computed stably; its gradient with respect to both reward vectors; and the
    preference accuracy, the fraction of pairs with r_chosen[i] > r_rejected[i] STRICTLY (a tie
    counts as wrong; the margin plays no part in the accuracy).

Signature
    bradley_terry_loss(r_chosen, r_rejected, margin=0.0) -> loss
    bradley_terry_grad(r_chosen, r_rejected, margin=0.0) -> (d_chosen, d_rejected)
    preference_accuracy(r_chosen, r_rejected) -> accuracy

Shapes and types
    r_chosen, r_rejected: 1-D arrays (or lists) of the same shape (N,), N >= 1; float or int.
    margin: a float (the same m for every pair) or an array of shape (N,) (one m per pair).
    loss, accuracy: Python floats. The gradient: a tuple of two new float64 arrays of shape
    (N,), ∂loss/∂r_chosen and ∂loss/∂r_rejected. The inputs are not modified.
    The hidden tests use N <= 50 and reward differences up to ±1000 (both signs).

Example
    >>> import numpy as np
    >>> round(bradley_terry_loss(np.array([0.3, 0.3]), np.array([0.3, 0.3])), 6)   # σ(0) = ½
    0.693147
    >>> [g.tolist() for g in bradley_terry_grad(np.array([1.0]), np.array([0.0]), margin=1.0)]
    [[-0.5], [0.5]]
    >>> preference_accuracy(np.array([2.0, 1.0, 0.5]), np.array([1.0, 1.0, 0.7]))   # a tie: wrong
    0.3333333333333333

Constraints
    Plain Python and numpy only. −log σ(z) = log(1 + e^(−z)) must stay finite for |z| in the
    thousands, both signs (z = −1000 costs exactly 1000, z = +1000 costs 0): use
    np.logaddexp(0, −z) or a branch on the sign of z, never log(sigmoid(z)). The gradient of
    the MEAN carries the 1/N: ∂loss/∂r_chosen[i] = −σ(−z_i)/N and ∂loss/∂r_rejected[i] =
    +σ(−z_i)/N, with z_i = r_chosen[i] − r_rejected[i] − m_i; σ(−z) too must be computed
    without overflow. Raise ValueError when r_chosen and r_rejected are not 1-D arrays of one
    shape, when N = 0, or when an array margin's shape is not (N,).
    Coming from PyTorch / TRL: the loss is -F.logsigmoid(r_chosen - r_rejected - margin).mean(),
    TRL RewardTrainer's loss (its "margin" column is our m, subtracted). InstructGPT writes the
    same loss averaged over the C(K, 2) pairs of K ranked answers. Accuracy computed as the
    argmax over [r_chosen, r_rejected] counts a tie as CORRECT (argmax picks the first index):
    here a tie is wrong, so a model that scores everything alike has accuracy 0, not 1.

Time budget: 20 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=llm/bradley_terry`.
import numpy as np


def bradley_terry_loss(r_chosen, r_rejected, margin=0.0):
    raise NotImplementedError("llm/bradley_terry: implement bradley_terry_loss")


def bradley_terry_grad(r_chosen, r_rejected, margin=0.0):
    raise NotImplementedError("llm/bradley_terry: implement bradley_terry_grad")


def preference_accuracy(r_chosen, r_rejected):
    raise NotImplementedError("llm/bradley_terry: implement preference_accuracy")
