package io.github.dossier.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression kept as a data file: one weight a named feature, the bias first. Which lines of a page are
 * its article, for one, is learned from the dev sets by a training main in the tests, which writes the file; the
 * code that computes the features names them in the same order, and a model whose names differ is refused at load.
 *
 * <pre>
 * # what the model decides, how it was trained, its held-out figures
 * bias	-1.8520
 * rule.body	3.1047
 * chars.log	0.4410
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class LinearModel {

    private final List<String> names;
    private final double bias;
    private final double[] weights;

    /** A model of these weights, one a name. */
    public LinearModel(List<String> names, double bias, double[] weights) {
        if (names.size() != weights.length) {
            throw new IllegalArgumentException(names.size() + " names for " + weights.length + " weights");
        }
        this.names = List.copyOf(names);
        this.bias = bias;
        this.weights = weights.clone();
    }

    /** The shipped model {@code file} (beside this class), whose features must be {@code names}, in order. */
    public static LinearModel shipped(String file, List<String> names) {
        LinearModel model = parse(DataFile.resource(LinearModel.class, file), file);
        if (!model.names.equals(names)) {
            throw new IllegalStateException(file + " is a model of other features than the code computes: train it again ("
                    + model.names + " against " + names + ")");
        }
        return model;
    }

    /** Reads a model's text; {@code origin} names it in errors. */
    public static LinearModel parse(String text, String origin) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Double bias = null;
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cells = t.split("\t");
            double w;
            try {
                w = cells.length == 2 ? Double.parseDouble(cells[1]) : Double.NaN;
            } catch (NumberFormatException e) {
                w = Double.NaN;
            }
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException(origin + ":" + n + ": not a feature and its weight: " + t);
            }
            if (cells[0].equals("bias")) {
                bias = w;
            } else {
                names.add(cells[0]);
                weights.add(w);
            }
        }
        if (bias == null) {
            throw new IllegalArgumentException(origin + ": no bias line");
        }
        return new LinearModel(names, bias, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The model's text: {@code header} as comment lines, then the bias and a weight a line. */
    public String format(String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "bias\t%.4f%n", bias));
        for (int i = 0; i < names.size(); i++) {
            out.append(names.get(i)).append('\t').append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
        }
        return out.toString();
    }

    /** The log-odds of {@code features}, given in the model's order. */
    public double logit(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    /** The probability of {@code features}, given in the model's order. */
    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    public List<String> names() {
        return names;
    }
}
