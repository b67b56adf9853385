"""backward picks its formula from the layer's current mode, not from the mode of the forward it differentiates.

backward differentiates the LAST forward call: remember whether that call normalised with the
batch statistics (training) or the running ones (eval), and use that, whatever train() or eval()
was called since.
"""
import numpy as np
class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        D = num_features
        self.eps, self.momentum = eps, momentum
        self.gamma, self.beta = np.ones(D), np.zeros(D)
        self.dgamma, self.dbeta = np.zeros(D), np.zeros(D)
        self.running_mean, self.running_var = np.zeros(D), np.ones(D)
        self.training = True
        self._cache = None
    def train(self):
        self.training = True
    def eval(self):
        self.training = False
    def forward(self, x):
        if self.training:
            N = x.shape[0]
            mu = x.mean(axis=0)
            var = ((x - mu) ** 2).mean(axis=0)
            self.running_mean = (1 - self.momentum) * self.running_mean + self.momentum * mu
            self.running_var = (1 - self.momentum) * self.running_var + self.momentum * var * N / (N - 1)
        else:
            mu, var = self.running_mean.copy(), self.running_var.copy()
        std = np.sqrt(var + self.eps)
        xhat = (x - mu) / std
        self._cache = (xhat, std, self.training)
        return self.gamma * xhat + self.beta
    def backward(self, dout):
        xhat, std, training = self._cache
        N = dout.shape[0]
        self.dbeta = dout.sum(axis=0)
        self.dgamma = (dout * xhat).sum(axis=0)
        if not self.training:
            return self.gamma * dout / std
        return self.gamma / (N * std) * (N * dout - self.dbeta - xhat * self.dgamma)
    def step(self, learning_rate):
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
