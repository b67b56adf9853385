"""Every rank keeps its own copy of w; the all-reduce is simulated by sending every rank's local sum to every other rank."""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    N = X.shape[0]
    if n_ranks < 1 or n_ranks > N:
        raise ValueError("need 1 ≤ n_ranks ≤ N")
    if n_steps < 0:
        raise ValueError("n_steps < 0")
    pieces = np.array_split(np.arange(N), n_ranks)
    replicas = [np.array(w0, dtype=float) for _ in range(n_ranks)]
    trajectory = [replicas[0].copy()]
    local = np.zeros((n_steps, n_ranks, replicas[0].size))
    for t in range(n_steps):
        sums = []
        for r in range(n_ranks):
            local[t, r] = grad(replicas[r], X[pieces[r]], y[pieces[r]])
            sums.append(len(pieces[r]) * local[t, r])
        for r in range(n_ranks):                   # each rank receives everyone's local sum
            received = np.zeros_like(replicas[r])
            for s in range(n_ranks):
                received = received + sums[s]
            replicas[r] = replicas[r] - learning_rate * received / N
        trajectory.append(replicas[0].copy())
    return np.array(trajectory), local
