package io.github.dossier.eval;

import io.github.dossier.knowledge.LinearModel;
import java.util.List;

/**
 * Fits a {@link LinearModel} by L2-regularised logistic regression with Newton's method: deterministic (no random
 * start, no shuffling, a fixed number of steps in a fixed order), so that the same examples give the same weights
 * on every machine. For the few dozen features of Dossier's models a Newton step is a small linear solve.
 */
public final class LogisticFit {

    private static final int STEPS = 25;

    private LogisticFit() {
    }

    /**
     * The model of {@code names} that best predicts {@code labels} from {@code features} (one row an example),
     * with weights {@code weights} per example and the penalty {@code lambda} on every weight but the bias.
     */
    public static LinearModel fit(List<String> names, List<double[]> features, List<Boolean> labels,
            List<Double> weights, double lambda) {
        int d = names.size() + 1; // the bias last
        double[] w = new double[d];
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < features.size(); n++) {
                double[] x = row(features.get(n));
                double z = 0;
                for (int i = 0; i < d; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double c = weights.get(n);
                double r = c * (p - (labels.get(n) ? 1 : 0));
                double s = c * p * (1 - p);
                for (int i = 0; i < d; i++) {
                    if (x[i] == 0) {
                        continue;
                    }
                    gradient[i] += r * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += s * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] += lambda * w[i];
                hessian[i][i] += lambda;
            }
            hessian[d - 1][d - 1] += 1e-9;
            double[] delta = solve(hessian, gradient);
            for (int i = 0; i < d; i++) {
                w[i] -= delta[i];
            }
        }
        double[] out = new double[d - 1];
        System.arraycopy(w, 0, out, 0, d - 1);
        return new LinearModel(names, w[d - 1], out);
    }

    private static double[] row(double[] features) {
        double[] x = new double[features.length + 1];
        System.arraycopy(features, 0, x, 0, features.length);
        x[features.length] = 1;
        return x;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is symmetric positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
