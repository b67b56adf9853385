"""Train a tiny MLP on XOR with your own autograd Tensor.

Task
    Use a Tensor class you write (the one of kata autodiff/tensor_autograd: matmul, broadcasting
    + and *, sum(), relu(), backward()) to train a 2-layer network by full-batch gradient descent,
    and return the loss curve. The network and its loss, for a batch of N samples:

        hidden = relu(X @ W1 + b1)                 # (N, H)
        pred   = hidden @ W2 + b2                  # (N, 1)
        loss   = (1 / N) · Σ (pred − y)²           # mean squared error, no ½

    One step: compute the loss, backpropagate it with loss.backward(), then update EVERY
    parameter p ← p − learning_rate · ∂loss/∂p (plain gradient descent on the whole batch, no
    momentum), with gradients from THIS step only.

Signature
    train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps) -> numpy.ndarray
        X  float64 (N, D) inputs          y  float64 (N, 1) targets
        W1 float64 (D, H)   b1 float64 (H,)   W2 float64 (H, 1)   b2 float64 (1,)   initial weights
        learning_rate  a float > 0       n_steps  an int >= 0
    class Tensor: as in autodiff/tensor_autograd (Tensor(data), .data, .grad, @ + * sum() relu()
        backward()); graded on its own too.

Shapes and types
    Returns a NEW float64 array `losses` of shape (n_steps + 1,): losses[0] is the loss at the
    initial weights, losses[t] the loss after t updates (so n_steps = 0 gives just [loss0]).
    Tensor.data and Tensor.grad are float64 arrays, grad all zeros until backward().

Example
    >>> import numpy as np
    >>> X, y = np.array([[1.0, 2.0]]), np.array([[1.0]])
    >>> train(X, y, np.array([[1.0], [0.0]]), np.zeros(1), np.array([[0.5]]), np.zeros(1),
    ...       learning_rate=0.1, n_steps=1)
    array([0.25  , 0.0144])

Constraints
    numpy only; no torch, jax or autograd. The weights you are given are not modified (copy
    them into your Tensors). relu′ is 0 at exactly 0 (as PyTorch). The loss is a mean over the
    N samples, PyTorch's nn.MSELoss() default (reduction='mean'); no ½ factor. scikit-learn's
    MLPRegressor puts a ½ in its loss (mean((pred − y)²) / 2): its loss_ is half ours, and it
    takes the same steps as ours with twice our learning rate (solver='sgd', momentum=0,
    alpha=0, batch_size=N). A Tensor used in several
    steps must not carry gradients over from the previous step (reset grads, or build fresh
    Tensors each step). The hidden tests compare the whole loss curve with the reference's and
    require the final loss on XOR (N = 4, D = 2, H = 4, 150 steps, learning rate 0.1, pinned
    initial weights) to be below 0.02.

    The hidden tests use N ≤ 6 examples of 2 features, a hidden width ≤ 5, n_steps ≤ 150.

Time budget: 30 minutes.
"""
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=autodiff/train_with_own_autodiff`.
import numpy as np


def unbroadcast(grad, shape):
    raise NotImplementedError("autodiff/train_with_own_autodiff: implement unbroadcast")


class Tensor:
    def __init__(self, data, _children=()):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.__init__")

    def __matmul__(self, other):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.__matmul__")

    def __add__(self, other):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.__add__")

    def __mul__(self, other):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.__mul__")

    def sum(self):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.sum")

    def relu(self):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.relu")

    def backward(self):
        raise NotImplementedError("autodiff/train_with_own_autodiff: implement Tensor.backward")

    # Everything below is built from the operations above.
    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __repr__(self):
        return f"Tensor(data={self.data!r}, grad={self.grad!r})"


def train(X, y, W1, b1, W2, b2, *, learning_rate, n_steps):
    raise NotImplementedError("autodiff/train_with_own_autodiff: implement train")
