"""Batch normalisation as a layer object: train and eval modes, running statistics, backward.

Task
    Write a class `BatchNorm1d` for inputs x of shape (N, D): each of the D features is
    normalised over the batch, then scaled and shifted by learned gamma and beta:

        training:  mu = mean_n x,   var = mean_n (x − mu)²      (the BIASED batch variance)
                   xhat = (x − mu) / sqrt(var + eps),   out = gamma · xhat + beta
                   running_mean ← (1 − momentum) · running_mean + momentum · mu
                   running_var  ← (1 − momentum) · running_var  + momentum · var · N / (N − 1)
        eval:      xhat = (x − running_mean) / sqrt(running_var + eps); running stats unchanged

    The running variance is updated with the UNBIASED batch variance (N − 1 in the denominator),
    the normalisation uses the biased one, and momentum weights the NEW value (PyTorch's rules).

    backward(dout) takes dout = ∂L/∂out for the LAST forward call, stores dgamma = Σ_n dout ⊙ xhat
    and dbeta = Σ_n dout (both summed over the batch) and returns dx. In training mode mu and var
    depend on x, so dx has the two extra terms:

        dx = gamma / (N · sqrt(var + eps)) · (N · dout − Σ_n dout − xhat · Σ_n (dout ⊙ xhat))

    In eval mode the statistics are constants: dx = gamma · dout / sqrt(running_var + eps).
    step(learning_rate) is one plain SGD step on the parameters: gamma −= lr · dgamma,
    beta −= lr · dbeta.

Signature
    class BatchNorm1d:
        BatchNorm1d(num_features, eps=1e-5, momentum=0.1)
        .forward(x) -> out               uses and (in training) updates the running statistics
        .backward(dout) -> dx            sets .dgamma and .dbeta
        .step(learning_rate) -> None     gamma and beta take one SGD step
        .train() -> None, .eval() -> None    set .training to True / False
        attributes: .gamma, .beta, .dgamma, .dbeta, .running_mean, .running_var, .training

Shapes and types
    x, dout, out, dx   float64 arrays of shape (N, D); N ≥ 2 in training mode, N ≥ 1 in eval
    gamma, beta, dgamma, dbeta, running_mean, running_var   float64 arrays of shape (D,)
    training           a bool
    A new layer has gamma = ones, beta = zeros, running_mean = zeros, running_var = ones,
    dgamma = dbeta = zeros, training = True. forward and backward return new arrays and do not
    modify their argument; what the layer keeps for backward is its own copy, never the caller's
    array (changing x after forward changes nothing).

Example
    >>> bn = BatchNorm1d(1, eps=0.0)
    >>> bn.forward(np.array([[-1.0], [-1.0], [1.0], [1.0]]))     # mean 0, biased variance 1
    array([[-1.],
           [-1.],
           [ 1.],
           [ 1.]])
    >>> bn.running_mean, bn.running_var                         # 0.9·1 + 0.1·(4/3)
    (array([0.]), array([1.03333333]))
    >>> bn.backward(np.array([[1.0], [0.0], [0.0], [0.0]]))
    array([[ 0.5],
           [-0.5],
           [ 0. ],
           [ 0. ]])
    >>> bn.dgamma, bn.dbeta
    (array([-1.]), array([1.]))

Constraints
    numpy only. eps goes INSIDE the square root. backward REPLACES dgamma and dbeta (it does not
    add to the previous values), and works after a forward in either mode: the mode of that
    forward call decides the formula (calling train() or eval() in between changes nothing).
    Coming from PyTorch: the same conventions as torch.nn.BatchNorm1d (biased variance to
    normalise, unbiased for running_var, new = (1 − momentum)·old + momentum·batch, eval uses the
    running statistics). Differences: train() and eval() return None (PyTorch returns the module);
    PyTorch accumulates .grad across backward calls where we overwrite dgamma and dbeta;
    momentum=None (PyTorch's cumulative average) and inputs of shape (N, C, L) are not supported;
    PyTorch raises ValueError for N = 1 in training mode, here N ≥ 2 is simply required.
    PyTorch 2.10 and later also refuse eps = 0 (ValueError, in training mode at least); here
    eps = 0 is allowed (the example uses it), except with a feature that is constant over the
    batch, where it would be 0/0 (not tested). With eps > 0 a constant feature is fine: xhat = 0.

    The hidden tests use N ≤ 6, D ≤ 4.

Time budget: 40 minutes.
"""
import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        # BEGIN SOLUTION
        # Complexity: O(N·D) time and O(N·D) extra memory per forward or backward call (N rows, D features); O(D) for the layer.
        self.eps, self.momentum = eps, momentum
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.dgamma = np.zeros(num_features)
        self.dbeta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)
        self.training = True
        self._cache = None
        # END SOLUTION

    def train(self):
        # BEGIN SOLUTION
        self.training = True
        # END SOLUTION

    def eval(self):
        # BEGIN SOLUTION
        self.training = False
        # END SOLUTION

    def forward(self, x):
        # BEGIN SOLUTION
        if self.training:
            n = x.shape[0]
            mu = x.mean(axis=0)
            var = x.var(axis=0)                       # biased: divides by N
            m = self.momentum
            # momentum weights the new value; the running variance is the unbiased estimate
            self.running_mean = (1 - m) * self.running_mean + m * mu
            self.running_var = (1 - m) * self.running_var + m * var * n / (n - 1)
        else:
            mu, var = self.running_mean, self.running_var
        inv_std = 1.0 / np.sqrt(var + self.eps)
        xhat = (x - mu) * inv_std
        self._cache = (xhat, inv_std, self.training)
        return self.gamma * xhat + self.beta
        # END SOLUTION

    def backward(self, dout):
        # BEGIN SOLUTION
        xhat, inv_std, training = self._cache
        self.dbeta = dout.sum(axis=0)
        self.dgamma = (dout * xhat).sum(axis=0)
        if not training:
            return self.gamma * inv_std * dout     # the statistics are constants in eval mode
        n = dout.shape[0]
        # the mean and the variance also depend on every x: their paths give the two sums
        return self.gamma * inv_std / n * (n * dout - self.dbeta - xhat * self.dgamma)
        # END SOLUTION

    def step(self, learning_rate):
        # BEGIN SOLUTION
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
        # END SOLUTION
