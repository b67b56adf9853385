"""One-hot indicator matrices: C = onehot(y_true)ᵀ · onehot(y_pred); unlisted labels give all-zero rows."""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    y_true = np.asarray(y_true, dtype=np.int64).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=np.int64).reshape(-1)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in length")
    labels = np.asarray(labels, dtype=np.int64)
    true_onehot = (y_true[:, None] == labels[None, :]).astype(np.int64)
    pred_onehot = (y_pred[:, None] == labels[None, :]).astype(np.int64)
    return (true_onehot.T @ pred_onehot).astype(np.int64)
