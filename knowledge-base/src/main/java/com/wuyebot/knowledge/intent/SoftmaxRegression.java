package com.wuyebot.knowledge.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse named features, trained by stochastic gradient
 * descent with AdaGrad step sizes and L2 regularisation. Small on purpose: a few thousand short
 * messages train in well under a second, the same seed gives the same weights, and a trained
 * model is immutable, so it can be shared between threads.
 */
final class SoftmaxRegression {

    /** Training settings; {@link #defaults()} is what the shipped classifier uses. */
    record Settings(int epochs, double learningRate, double l2, long seed, boolean balanceClasses) {
        static Settings defaults() {
            return new Settings(20, 0.1, 1e-5, 20240611L, true);
        }
    }

    /** One example: feature indices and values, and the class index. */
    record Example(int[] features, double[] values, int label) {
    }

    private final Map<String, Integer> featureIndex;
    private final double[][] weights; // [feature][class]
    private final double[] bias;
    private final int classes;

    private SoftmaxRegression(Map<String, Integer> featureIndex, double[][] weights, double[] bias) {
        this.featureIndex = featureIndex;
        this.weights = weights;
        this.bias = bias;
        this.classes = bias.length;
    }

    static SoftmaxRegression train(List<Map<String, Double>> inputs, int[] labels, int classes, Settings settings) {
        var index = new HashMap<String, Integer>();
        var examples = new ArrayList<Example>(inputs.size());
        for (int n = 0; n < inputs.size(); n++) {
            Map<String, Double> input = inputs.get(n);
            int[] features = new int[input.size()];
            double[] values = new double[input.size()];
            int k = 0;
            for (var feature : input.entrySet()) {
                features[k] = index.computeIfAbsent(feature.getKey(), name -> index.size());
                values[k++] = feature.getValue();
            }
            examples.add(new Example(features, values, labels[n]));
        }
        double[] classWeight = classWeights(labels, classes, settings.balanceClasses());
        double[][] weights = new double[index.size()][classes];
        double[][] squaredGradients = new double[index.size()][classes];
        double[] bias = new double[classes];
        double[] biasSquaredGradients = new double[classes];
        var random = new Random(settings.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] probabilities = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                Example example = examples.get(i);
                probabilities(weights, bias, example.features(), example.values(), probabilities);
                double scale = classWeight[example.label()];
                for (int c = 0; c < classes; c++) {
                    double error = scale * (probabilities[c] - (c == example.label() ? 1 : 0));
                    biasSquaredGradients[c] += error * error;
                    bias[c] -= settings.learningRate() * error / Math.sqrt(biasSquaredGradients[c] + 1e-8);
                    for (int k = 0; k < example.features().length; k++) {
                        int f = example.features()[k];
                        double gradient = error * example.values()[k] + settings.l2() * weights[f][c];
                        squaredGradients[f][c] += gradient * gradient;
                        weights[f][c] -= settings.learningRate() * gradient / Math.sqrt(squaredGradients[f][c] + 1e-8);
                    }
                }
            }
        }
        return new SoftmaxRegression(Map.copyOf(index), weights, bias);
    }

    /** Class probabilities for named features; features never seen in training are ignored. */
    double[] predict(Map<String, Double> input) {
        int[] features = new int[input.size()];
        double[] values = new double[input.size()];
        int k = 0;
        for (var feature : input.entrySet()) {
            Integer f = featureIndex.get(feature.getKey());
            if (f != null) {
                features[k] = f;
                values[k++] = feature.getValue();
            }
        }
        double[] probabilities = new double[classes];
        probabilities(weights, bias, java.util.Arrays.copyOf(features, k), java.util.Arrays.copyOf(values, k),
                probabilities);
        return probabilities;
    }

    int featureCount() {
        return featureIndex.size();
    }

    private static void probabilities(double[][] weights, double[] bias, int[] features, double[] values,
                                      double[] out) {
        System.arraycopy(bias, 0, out, 0, out.length);
        for (int k = 0; k < features.length; k++) {
            double[] row = weights[features[k]];
            for (int c = 0; c < out.length; c++) {
                out[c] += row[c] * values[k];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double score : out) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    /** Rare intents (PRAISE, OTHER) would otherwise be drowned by REPAIR and FAQ; square root keeps it mild. */
    private static double[] classWeights(int[] labels, int classes, boolean balance) {
        double[] weight = new double[classes];
        java.util.Arrays.fill(weight, 1);
        if (!balance) {
            return weight;
        }
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        double mean = (double) labels.length / java.util.Arrays.stream(counts).filter(c -> c > 0).count();
        for (int c = 0; c < classes; c++) {
            weight[c] = counts[c] == 0 ? 1 : Math.sqrt(mean / counts[c]);
        }
        return weight;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
