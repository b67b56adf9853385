"""Matrix factorisation by SGD, with a global mean and user and item biases (Funk SVD).

Task
    Predict user u's rating of item i as

        r̂(u, i) = μ + b_user[u] + b_item[i] + P[u] · Q[i]

    and fit it to the m observed ratings (users[t], items[t], ratings[t]), t = 0 … m − 1, by
    stochastic gradient descent on the squared error with L2 regularisation:

        μ  = the mean of `ratings`, computed once and never updated
        b_user = 0, b_item = 0 (every entry), P = a copy of P0, Q = a copy of Q0
        repeat n_epochs times:
            for t = 0, 1, …, m − 1 (the GIVEN order, every epoch; no shuffling):
                u, i, r = users[t], items[t], ratings[t]
                e = r − (μ + b_user[u] + b_item[i] + P[u] · Q[i])      (one error, from the
                                                                         current values)
                b_user[u] += lr · (e − reg · b_user[u])
                b_item[i] += lr · (e − reg · b_item[i])
                P[u], Q[i] = P[u] + lr · (e · Q[i] − reg · P[u]),
                             Q[i] + lr · (e · P[u] − reg · Q[i])        (SIMULTANEOUSLY: both
                                                                         from the old P[u], Q[i])

    lr is `learning_rate`. All four updates of a step use the same e. Regularisation is on
    the biases and the factors (the same reg), never on μ, and only on the rows that the
    current rating touches: a user with no ratings keeps b_user = 0 and P[u] = P0[u], an
    item nobody rated keeps b_item = 0 and Q[i] = Q0[i].

Signature
    mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs)
        -> (mu, b_user, b_item, P, Q)

Shapes and types
    users, items  1-D int arrays of length m ≥ 1: users[t] in 0 … n_users − 1, items[t] in
                  0 … n_items − 1 (a pair may repeat: each occurrence is one SGD step)
    ratings       a 1-D array of length m, floats or ints
    P0            float array (n_users, k), the initial user factors; k ≥ 0 (k = 0: biases only)
    Q0            float array (n_items, k), the initial item factors
    learning_rate a float > 0;  reg a float ≥ 0;  n_epochs an int ≥ 0
    returns       a tuple (mu, b_user, b_item, P, Q): mu a float; float64 arrays b_user
                  (n_users,), b_item (n_items,), P (n_users, k) and Q (n_items, k)

Example
    Two users rate item 0: 5.5 and 3, so μ = 4.25. With P0 = [[1, 0], [0, 1]], Q0 = [[1, 1]],
    lr = 0.1, reg = 0.5, the first step has e = 5.5 − (4.25 + 1) = 0.25: b_user[0] = b_item[0]
    = 0.025, P[0] = [1, 0] + 0.1·(0.25·[1, 1] − 0.5·[1, 0]) = [0.975, 0.025] and Q[0] =
    [1, 1] + 0.1·(0.25·[1, 0] − 0.5·[1, 1]) = [0.975, 0.95] (from the OLD P[0]).

    >>> mu, b_user, b_item, P, Q = mf_sgd(np.array([0, 1]), np.array([0, 0]), np.array([5.5, 3.0]),
    ...     P0=np.array([[1.0, 0.0], [0.0, 1.0]]), Q0=np.array([[1.0, 1.0]]),
    ...     learning_rate=0.1, reg=0.5, n_epochs=1)
    >>> mu, np.round(b_user, 6), np.round(b_item, 6)
    (4.25, array([ 0.025 , -0.2225]), array([-0.19875]))
    >>> np.round(P, 6), np.round(Q, 6)
    (array([[ 0.975   ,  0.025   ],
           [-0.216938,  0.738625]]), array([[0.92625, 0.68   ]]))

Constraints
    numpy only. Raise ValueError when users, items and ratings are not 1-D of the same length,
    when m = 0 (μ is undefined), when an index is out of range (negative included), when P0
    and Q0 are not 2-D with the same number of columns, when learning_rate ≤ 0, reg < 0 or
    n_epochs < 0. n_epochs = 0 returns μ, zero biases and copies of P0 and Q0. Returns new
    arrays; the inputs are not modified. The hidden tests use m ≤ 60, n_users, n_items ≤ 12,
    k ≤ 4, n_epochs ≤ 10.
    This is the algorithm of Surprise's SVD (biased=True) with reg_all = reg and lr_all = lr,
    run over the ratings in the order given. Some texts write the factor update one after the
    other (Q[i] from the NEW P[u]) or put the regulariser outside the learning rate; here both
    are as above.

Time budget: 25 minutes.
"""
import numpy as np


def mf_sgd(users, items, ratings, *, P0, Q0, learning_rate, reg, n_epochs):
    # BEGIN SOLUTION
    # Complexity: O(E·m·k) time, O((n_users + n_items)·k) memory for the factors (E epochs, m ratings, k factors).
    users, items = np.asarray(users), np.asarray(items)
    ratings = np.asarray(ratings, dtype=float)
    P, Q = np.array(P0, dtype=float), np.array(Q0, dtype=float)   # copies: P0 and Q0 stay as given
    if users.ndim != 1 or users.shape != items.shape or users.shape != ratings.shape:
        raise ValueError("users, items and ratings must be 1-D arrays of the same length")
    if ratings.size == 0:
        raise ValueError("at least one rating is needed (mu is their mean)")
    if P.ndim != 2 or Q.ndim != 2 or P.shape[1] != Q.shape[1]:
        raise ValueError("P0 and Q0 must be 2-D with the same number of columns")
    if users.min() < 0 or users.max() >= P.shape[0] or items.min() < 0 or items.max() >= Q.shape[0]:
        raise ValueError("a user or item index is out of range")
    if learning_rate <= 0 or reg < 0 or n_epochs < 0:
        raise ValueError("need learning_rate > 0, reg >= 0 and n_epochs >= 0")
    mu = float(ratings.mean())
    b_user, b_item = np.zeros(P.shape[0]), np.zeros(Q.shape[0])
    for _ in range(n_epochs):
        for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
            error = r - (mu + b_user[u] + b_item[i] + P[u] @ Q[i])
            b_user[u] += learning_rate * (error - reg * b_user[u])
            b_item[i] += learning_rate * (error - reg * b_item[i])
            # The right-hand side is built from the old rows before either is overwritten.
            P[u], Q[i] = (P[u] + learning_rate * (error * Q[i] - reg * P[u]),
                          Q[i] + learning_rate * (error * P[u] - reg * Q[i]))
    return mu, b_user, b_item, P, Q
    # END SOLUTION
