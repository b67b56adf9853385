"""Markov chains: the distribution after n steps and the stationary distribution.

Task
    P is a row-stochastic transition matrix: P[i, j] = P(next state = j | current state = i),
    so every row sums to 1. A distribution over the k states is a ROW vector p, and one step
    of the chain maps it to p @ P (not P @ p).

    1. distribution_after(p0, P, n_steps): start from p0 and apply n_steps steps,
       p ← p @ P each time. n_steps = 0 returns p0 itself as a new float64 array.
    2. stationary_distribution(P): the π with π P = π and Σ π = 1, for an irreducible chain.
       Solve it as a linear system: π P = π is (Pᵀ − I) πᵀ = 0, whose k equations are
       dependent (they sum to 0); replace ONE of them by Σ π = 1 and solve (np.linalg.solve).
       Do not iterate p ← p @ P until it stops changing: a periodic chain never stops.

Signature
    distribution_after(p0, P, n_steps) -> numpy.ndarray
    stationary_distribution(P) -> numpy.ndarray

Shapes and types
    P        a float array of shape (k, k), k ≥ 1: entries ≥ 0, each row summing to 1 within
             1e-9
    p0       a 1-D array or list of k probabilities (ints allowed, e.g. [1, 0, 0]), summing to 1
             within 1e-9
    n_steps  an int ≥ 0
    returns  a float64 array of shape (k,) (both functions)

Example
    P = [[0.9, 0.1], [0.5, 0.5]]: balance π0·0.1 = π1·0.5 gives π = (5/6, 1/6).
    From state 0, one step gives row 0 of P.

    >>> P = np.array([[0.9, 0.1], [0.5, 0.5]])
    >>> distribution_after([1, 0], P, 1)
    array([0.9, 0.1])
    >>> stationary_distribution(P).round(6)
    array([0.833333, 0.166667])

Constraints
    numpy only; np.linalg.eig and np.linalg.eigvals are forbidden (the eigenvector route hides
    the left/right-eigenvector question this kata is about; np.linalg.solve and lstsq are
    fine). The chain passed to stationary_distribution is irreducible (every state reaches
    every other), so π is unique and every π_i > 0; it may be periodic. Raise ValueError if P
    is not square, has a negative entry or a row not summing to 1 within 1e-9, if p0 has the
    wrong length, a negative entry or does not sum to 1 within 1e-9, or if n_steps < 0.
    Return new arrays; inputs are not modified.
    Conventions: the row-vector convention of probability texts (and of pydtmc / quantecon's
    MarkovChain). Column-stochastic texts write P_col = Pᵀ and p ← P_col p; that is the same
    chain, but this kata's P is row-stochastic: P @ p is a mistake here.
    The hidden tests use at most 8 states and n_steps ≤ 20.

Time budget: 20 minutes.
"""
import numpy as np


def distribution_after(p0, P, n_steps):
    # BEGIN SOLUTION
    # Complexity: O(s·k²) time, O(k) extra memory (s steps, k states); stationary_distribution is one O(k³) solve.
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square matrix")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-9):
        raise ValueError("P must be row-stochastic")
    p = np.array(p0, dtype=float)        # a float copy: p0 may hold ints, and stays untouched
    if p.shape != (P.shape[0],) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-9:
        raise ValueError("p0 must be a distribution over the k states")
    if n_steps < 0:
        raise ValueError("n_steps must be >= 0")
    for _ in range(n_steps):
        p = p @ P                        # row vector times row-stochastic matrix
    return p
    # END SOLUTION


def stationary_distribution(P):
    # BEGIN SOLUTION
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square matrix")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-9):
        raise ValueError("P must be row-stochastic")
    k = P.shape[0]
    # π P = π  ⇔  (Pᵀ − I) πᵀ = 0. The k rows of this system sum to zero (each column of
    # Pᵀ − I sums to 0), so one is redundant: overwrite the last with Σ π = 1.
    A = P.T - np.eye(k)
    A[-1, :] = 1.0
    rhs = np.zeros(k)
    rhs[-1] = 1.0
    return np.linalg.solve(A, rhs)
    # END SOLUTION
