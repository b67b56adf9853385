"""Hand-written Gaussian elimination (partial pivoting) on I − Pᵀ with the FIRST equation replaced by Σπ = 1; steps as explicit sums."""
def _validate(P):
    P = [[float(v) for v in row] for row in P]
    k = len(P)
    if k == 0 or any(len(row) != k for row in P):
        raise ValueError("P must be square")
    if any(v < 0 for row in P for v in row) or any(abs(sum(row) - 1) > 1e-9 for row in P):
        raise ValueError("P must be row-stochastic")
    return P


def distribution_after(p0, P, n_steps):
    import numpy as np
    P = _validate(P)
    k = len(P)
    p = [float(v) for v in p0]
    if len(p) != k or min(p) < 0 or abs(sum(p) - 1) > 1e-9 or n_steps < 0:
        raise ValueError("bad p0 or n_steps")
    for _ in range(n_steps):
        p = [sum(p[i] * P[i][j] for i in range(k)) for j in range(k)]
    return np.array(p, dtype=float)


def stationary_distribution(P):
    import numpy as np
    P = _validate(P)
    k = len(P)
    A = [[(1.0 if i == j else 0.0) - P[j][i] for j in range(k)] + [0.0] for i in range(k)]
    A[0] = [1.0] * k + [1.0]
    for col in range(k):
        pivot = max(range(col, k), key=lambda r: abs(A[r][col]))
        A[col], A[pivot] = A[pivot], A[col]
        for r in range(k):
            if r != col and A[r][col] != 0.0:
                f = A[r][col] / A[col][col]
                A[r] = [a - f * c for a, c in zip(A[r], A[col])]
    return np.array([A[i][k] / A[i][i] for i in range(k)])
